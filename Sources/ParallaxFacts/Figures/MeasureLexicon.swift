import Foundation
import ParallaxText

/// What figures count, from `Resources/measures/<lang>.txt`: lines
/// `event.killed<TAB>tués | tué | tuées`, `counted.soldiers<TAB>soldat*`,
/// `event.killed+counted.people<TAB>morts` for a noun that is both.
///
/// Forms match a word exactly, through its Snowball stem, as a prefix (`soldat*`) or as the
/// end of a compound (`*opfer`); `clitic` lines list prefixes stripped first (Arabic `و`, `ال`).
/// A form of several words (`garde à vue`) matches those words in a row, from its first word.
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
  /// Forms of several words (`garde à vue`, `lost their lives`, `ohne Dach`) by their first
  /// word: the keys of the words after it and the concepts the whole phrase names.
  private var phrases = HashTable<[(rest: [String], concepts: [Concept])]>()
  /// Whether the lexicon holds forms of several words.
  private(set) var hasPhrases = false
  /// Nouns after which a number is not a count of people (`fois`, `times`).
  private(set) var units = TokenKeySet()
  /// Words right before a figure after which it counts the noun phrase before them (`the
  /// number of soldiers killed at 34`, `die Zahl der getöteten Soldaten auf 34`).
  private(set) var countedBefore = TokenKeySet()
  /// Prepositions between a noun that names an event and the figure it takes (`la mort de 27
  /// personnes`, `the deaths of 27 people`): the noun gives the figure its event.
  private(set) var eventOf = TokenKeySet()
  /// A word that heads a noun phrase naming what a figure counts.
  enum CountHead: Sendable {
    /// `число`, `sayısı`, `عدد`, `the number`, `toll`: the words on both sides name it.
    case noun
    /// `among`, `среди`, `parmi`: only the words after it name it.
    case among
  }

  /// `countHead` and `among` lines, by key.
  private var countHeads: [String: CountHead] = [:]
  /// Whether the language lists count heads.
  var hasCountHeads: Bool { !countHeads.isEmpty }
  /// What head a word (its key) is, a clitic aside (`وعدد`), or `nil`.
  func countHead(_ key: String) -> CountHead? {
    if let found = countHeads[key] { return found }
    for clitic in clitics where key.hasBytePrefix(clitic) && key.count > clitic.count + 1 {
      if let found = countHeads[String(key.dropFirst(clitic.count))] { return found }
    }
    return nil
  }
  /// Words after which an affiliation is that of the counted (`22 morts dans les rangs des
  /// forces turques`): `ranks` lines.
  private(set) var ranks: Set<String> = []
  /// Nouns of a place or a disaster in a count head's phrase (`زلزال`, `ميناء`): a nationality
  /// after them says where, not whose the counted are (`حصيلة ضحايا زلزال تركيا`): `placeHead`
  /// lines.
  private(set) var placeHeads: Set<String> = []
  /// Whether `key` (or it without a clitic) is a `placeHead`.
  func isPlaceHead(_ key: String) -> Bool {
    guard !placeHeads.isEmpty else { return false }
    if placeHeads.contains(key) { return true }
    return clitics.contains {
      key.hasBytePrefix($0) && key.count > $0.count + 1
        && placeHeads.contains(String(key.dropFirst($0.count)))
    }
  }
  /// A word with a second sense in some reports (`mineurs`: children, but miners in a mine
  /// story): `senseWord:<name>` lines give its forms, `senseContext:<name>` the words of a
  /// report that call for the sense (`mine`, `grisou`; `word*` = prefix), `senseConcepts:<name>`
  /// what it then counts (`counted.people`; `-` for nothing). Folded.
  struct Sense: Sendable {
    var forms: Set<String> = []
    var context: Set<String> = []
    var contextPrefixes: [String] = []
    var concepts: [Concept] = []
  }
  /// The senses, by name order.
  private(set) var senses: [Sense] = []
  /// The counted concepts the senses' words name outside their context (`children` for
  /// `mineurs`): only a figure counting one of them may need its report's context.
  private(set) var senseDefaults: Set<String> = []
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
    var senses: [String: Sense] = [:]
    for entry in lexicon.entries {
      if entry.key.hasPrefix("sense") {
        let folded = entry.forms.map { TextFolding.fold($0) }
        var sense = senses[entry.argument] ?? Sense()
        switch entry.key {
        case "senseWord": sense.forms.formUnion(folded)
        case "senseContext":
          for form in folded {
            if form.hasSuffix("*") {
              sense.contextPrefixes.append(String(form.dropLast()))
            } else {
              sense.context.insert(form)
            }
          }
        default:
          sense.concepts = folded.flatMap { $0.split(separator: "+") }.compactMap { item in
            let pieces = item.split(separator: ".", maxSplits: 1).map(String.init)
            return pieces.count == 2 ? Concept(part: pieces[0], id: pieces[1]) : nil
          }
        }
        senses[entry.argument] = sense
        continue
      }
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
      if entry.key == "eventOf" {
        for form in entry.forms { eventOf.insert(view.tokens(of: form).map(\.key).joined()) }
        continue
      }
      if entry.key == "countHead" || entry.key == "among" {
        for form in entry.forms {
          countHeads[view.tokens(of: form).map(\.key).joined()] =
            entry.key == "among" ? .among : .noun
        }
        continue
      }
      if entry.key == "placeHead" {
        for form in entry.forms { placeHeads.insert(view.tokens(of: form).map(\.key).joined()) }
        continue
      }
      if entry.key == "ranks" {
        for form in entry.forms { ranks.insert(view.tokens(of: form).map(\.key).joined()) }
        continue
      }
      if entry.key == "noConcept" {
        for form in entry.forms {
          let key = view.tokens(of: form).map(\.key).joined()
          exact[FigureView.hash(key), key: key] = []
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
        let keys = view.tokens(of: form).map(\.key)
        if keys.count > 1, !keys.contains("*"), let first = keys.first {
          let hash = FigureView.hash(first)
          phrases[hash, key: first] =
            (phrases[hash, key: first] ?? []) + [(Array(keys.dropFirst()), concepts)]
          hasPhrases = true
          continue
        }
        let key = keys.filter { $0 != "*" }.joined()
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
    self.senses = senses.keys.sorted().compactMap { senses[$0] }
    for sense in self.senses {
      for form in sense.forms {
        let key = view.tokens(of: form).map(\.key).joined()
        for concept in exact[FigureView.hash(key), key: key] ?? [] where concept.part == "counted" {
          senseDefaults.insert(concept.id)
        }
      }
    }
    prefixes.sort { $0.0.count > $1.0.count }
    suffixes.sort { $0.0.count > $1.0.count }
    clitics.sort { $0.count > $1.count }
  }

  /// The concepts of the phrase of several words starting at `index` of `tokens` (`garde à
  /// vue`), the longest first, or `nil` when none starts there.
  func phraseConcepts(_ tokens: [FigureToken], at index: Int) -> [Concept]? {
    guard let candidates = phrases[tokens[index].hash, key: tokens[index].key] else { return nil }
    var best: (length: Int, concepts: [Concept])?
    for candidate in candidates where index + candidate.rest.count < tokens.count {
      let matches = candidate.rest.indices.allSatisfy { offset in
        tokens[index + 1 + offset].key == candidate.rest[offset]
      }
      if matches, candidate.rest.count > best?.length ?? -1 {
        best = (candidate.rest.count, candidate.concepts)
      }
    }
    return best?.concepts
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
    guard let stemmer, !stems.isEmpty else { return nil }
    let stem = stemmer.stem(key)
    if let found = stems[stem], found.heads.contains(String(key.prefix(4))) {
      return found.concepts
    }
    // Snowball does not always stem a form and its inflections alike (Turkish `kişi` →
    // `kiş`, `kişiden` → `kişi`): the stem may be a listed form itself.
    if stem != key, stem.count >= 4, let found = exact[FigureView.hash(stem), key: stem] {
      return found
    }
    return nil
  }

  /// The senses called for by a report whose folded words are `keys`: each sense's forms
  /// with the concepts they then name.
  func senses(in keys: [[String]]) -> [String: [Concept]] {
    var result: [String: [Concept]] = [:]
    for sense in senses {
      let called = keys.contains { words in
        words.contains { word in
          sense.context.contains(word) || sense.contextPrefixes.contains { word.hasPrefix($0) }
        }
      }
      guard called else { continue }
      for form in sense.forms { result[form] = sense.concepts }
    }
    return result
  }
}
