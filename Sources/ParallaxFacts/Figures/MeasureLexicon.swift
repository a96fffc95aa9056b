import Foundation
import ParallaxText

/// What figures count, from `Resources/measures/<lang>.txt`: lines
/// `event.killed<TAB>tués | tué | tuées`, `counted.soldiers<TAB>soldat*`,
/// `event.killed+counted.people<TAB>morts` for a noun that is both.
///
/// Forms match a word exactly, through its Snowball stem, as a prefix (`soldat*`) or as the
/// end of a compound (`*opfer`); `clitic` lines list prefixes stripped first (Arabic `و`, `ال`).
struct MeasureLexicon: Sendable {
  /// One concept a word names.
  struct Concept: Sendable, Hashable {
    /// `event`, `counted` or `affiliation`.
    var part: String
    /// The concept id.
    var id: String
  }

  private var exact = HashTable<[Concept]>()
  /// Stem → concepts, with the first letters of the forms that gave the stem (a stem match
  /// must share them: Snowball can conflate short unrelated words).
  private var stems: [String: (concepts: [Concept], heads: Set<String>)] = [:]
  private var prefixes: [(String, [Concept])] = []
  private var suffixes: [(String, [Concept])] = []
  private var clitics: [String] = []
  /// Nouns after which a number is not a count of people (`fois`, `times`).
  private(set) var units: Set<String> = []
  /// Words right before a figure after which it counts the noun phrase before them (`the
  /// number of soldiers killed at 34`, `die Zahl der getöteten Soldaten auf 34`).
  private(set) var countedBefore: Set<String> = []
  /// Whether a stemmer exists for the language.
  let hasStemmer: Bool
  /// The language code.
  let code: String

  /// The lexicon for `code` (empty when the file is missing).
  init(code: String, view: FigureView) {
    self.code = code
    let lexicon = FigureLexicon(
      text: FigureLexicon.resourceText("measures/\(code).txt") ?? "")
    let stemmer = Stemmer(language: code)
    hasStemmer = stemmer != nil
    for entry in lexicon.entries {
      if entry.key == "clitic" {
        clitics.append(contentsOf: entry.forms.map { view.tokens(of: $0).map(\.key).joined() })
        continue
      }
      if entry.key == "countedBefore" {
        for form in entry.forms {
          countedBefore.insert(view.tokens(of: form).map(\.key).joined())
        }
        continue
      }
      if entry.key == "unit" {
        for form in entry.forms { units.insert(view.tokens(of: form).map(\.key).joined()) }
        continue
      }
      let concepts = (entry.key + (entry.argument.isEmpty ? "" : ":" + entry.argument))
        .split(separator: "+").compactMap { item -> Concept? in
          let pieces = item.split(separator: ".", maxSplits: 1).map(String.init)
          return pieces.count == 2 ? Concept(part: pieces[0], id: pieces[1]) : nil
        }
      guard !concepts.isEmpty else { continue }
      for form in entry.forms {
        let key = view.tokens(of: form).map(\.key).filter { $0 != "*" }.joined()
        guard !key.isEmpty else { continue }
        if form.hasSuffix("*") {
          prefixes.append((key, concepts))
        } else if form.hasPrefix("*") {
          suffixes.append((key, concepts))
        } else {
          exact[FigureView.hash(key), key: key] =
            (exact[FigureView.hash(key), key: key] ?? []) + concepts
          if let stemmer {
            let stem = stemmer.stem(key)
            var entry = stems[stem] ?? ([], [])
            entry.concepts.append(contentsOf: concepts)
            entry.heads.insert(String(key.prefix(4)))
            stems[stem] = entry
          }
        }
      }
    }
    prefixes.sort { $0.0.count > $1.0.count }
    suffixes.sort { $0.0.count > $1.0.count }
    clitics.sort { $0.count > $1.count }
  }

  /// The concepts `key` (a lowercased word) names, or `[]`.
  func concepts(_ key: String, hash: UInt64? = nil, stemmer: Stemmer?) -> [Concept] {
    if let found = exact[hash ?? FigureView.hash(key), key: key] { return found }
    if let found = lookup(key, stemmer: stemmer) { return found }
    for clitic in clitics where key.hasPrefix(clitic) && key.count > clitic.count + 1 {
      if let found = lookup(String(key.dropFirst(clitic.count)), stemmer: stemmer) {
        return found
      }
    }
    return []
  }

  private func lookup(_ key: String, stemmer: Stemmer?) -> [Concept]? {
    if let found = exact[FigureView.hash(key), key: key] { return found }
    for (prefix, concepts) in prefixes where key.hasPrefix(prefix) { return concepts }
    for (suffix, concepts) in suffixes where key.hasSuffix(suffix) { return concepts }
    if let stemmer, !stems.isEmpty, let found = stems[stemmer.stem(key)],
      found.heads.contains(String(key.prefix(4)))
    {
      return found.concepts
    }
    return nil
  }
}
