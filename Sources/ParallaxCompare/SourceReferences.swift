import Foundation
import ParallaxCore
import ParallaxText

/// The words a report uses to cite again a source it has already named, read from
/// `Resources/references.tsv`: a bare office title (`the governor`, `el gobernador`,
/// `الوالي`) and an anaphor (`el mismo organismo`, `the agency`, `the same ministry`). A source
/// whose words are only articles, `same` words and the terms of one row refers back.
struct SourceReferences: Sendable {
  /// What a row's terms refer to.
  enum Kind: Sendable, Equatable {
    /// An office: the person the report cites with a term of the row.
    case title
    /// A body in general: the nearest body cited before it.
    case body
    /// A kind of body: the nearest body cited before it whose words hold a term of the row.
    case bodyOfKind
  }

  /// One row: an office or a kind of body, with its folded terms (each a list of words).
  struct Row: Sendable {
    /// The row's id (`title-governor`).
    var id: String
    /// What it refers to.
    var kind: Kind
    /// Its terms, folded, split into words.
    var terms: [[String]]
  }

  /// Folded articles and determiners, whole words.
  let articles: Set<String>
  /// Folded articles glued to their word (`ال`).
  let clitics: [String]
  /// Folded `same` words.
  let same: Set<String>
  /// Folded indefinite articles (`un`, `a`, `ein`, `una`): a source opened by one refers to
  /// a body only when the report cites one body of that kind (`un syndicat` → the union it
  /// names), and otherwise stays as written.
  let indefinites: Set<String>
  /// The offices and kinds of body, in file order.
  let rows: [Row]
  /// Each term by the first two letters of its first word, with its row's position: a word
  /// is only tried against the terms that can start it.
  let byStart: [String: [(row: Int, term: [String])]]

  /// The shipped table, empty when the file cannot be found.
  static let shipped: SourceReferences = {
    guard
      let url = ResourceLocator.url(
        bundle: "Parallax_ParallaxCompare", "Resources/references.tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return SourceReferences(tsv: "") }
    return SourceReferences(tsv: text)
  }()

  /// A table from the text of a TSV file: a header row, then an id and one cell per language
  /// a row, variants separated by ` | `, `#` comments.
  init(tsv: String) {
    var articles = Set<String>()
    var clitics: [String] = []
    var same = Set<String>()
    var indefinites = Set<String>()
    var rows: [Row] = []
    for (number, line) in CompareLexicon.parse(tsv).enumerated() where number > 0 {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard let id = cells.first.map(String.init), !id.isEmpty else { continue }
      let terms = cells.dropFirst().flatMap { $0.components(separatedBy: " | ") }
        .map { TextFolding.fold($0.trimmingCharacters(in: .whitespaces)) }
        .filter { !$0.isEmpty }
      switch id {
      case "article":
        for term in terms {
          if term.hasSuffix("-") {
            clitics.append(String(term.dropLast()))
          } else {
            articles.formUnion(Self.words(term))
          }
        }
      case "same": same.formUnion(terms.flatMap(Self.words))
      case "indefinite": indefinites.formUnion(terms.flatMap(Self.words))
      default:
        let kind: Kind =
          id.hasPrefix("title") ? .title : id == "anaphor" ? .body : .bodyOfKind
        rows.append(Row(id: id, kind: kind, terms: terms.map(Self.words)))
      }
    }
    self.articles = articles
    self.clitics = clitics.sorted { $0.count > $1.count }
    self.same = same
    self.indefinites = indefinites
    self.rows = rows
    var byStart: [String: [(row: Int, term: [String])]] = [:]
    for (position, row) in rows.enumerated() {
      for term in row.terms {
        guard let first = term.first else { continue }
        byStart[String(first.prefix(2)), default: []].append((position, term))
      }
    }
    self.byStart = byStart
  }

  /// The folded words of a text: split at white space, apostrophes and punctuation other
  /// than hyphens.
  static func words(_ text: String) -> [String] {
    TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
  }

  /// The rows whose terms start at `start` of `words`, each with the most words a term of it
  /// covers there; a word may carry a glued article (`الوالي`) and any ending (`Valisi`).
  func matches(_ words: [String], at start: Int) -> [(row: Int, length: Int)] {
    var result: [(row: Int, length: Int)] = []
    func tryForm(_ form: Substring) {
      for (row, term) in byStart[String(form.prefix(2))] ?? []
      where start + term.count <= words.count && form.hasPrefix(term[0]) {
        guard term.indices.dropFirst().allSatisfy({ words[start + $0].hasPrefix(term[$0]) })
        else { continue }
        if let known = result.firstIndex(where: { $0.row == row }) {
          result[known].length = max(result[known].length, term.count)
        } else {
          result.append((row, term.count))
        }
      }
    }
    let word = words[start]
    tryForm(word[...])
    for clitic in clitics where word.hasPrefix(clitic) && word.count >= clitic.count + 2 {
      tryForm(word.dropFirst(clitic.count))
    }
    return result
  }

  /// The positions of the rows whose terms stand anywhere in `words`.
  func rowsHeld(_ words: [String]) -> Set<Int> {
    Set(words.indices.flatMap { matches(words, at: $0).map(\.row) })
  }

  /// The row a source's words refer back by, when they are only articles, `same` words and
  /// the terms of that one row (`el mismo organismo`, `الوالي`, `Vali`); `nil` otherwise.
  func reference(in surface: String) -> Row? {
    let words = Self.words(surface)
    var found: Row?
    var index = 0
    // "un syndicat", "a union": a kind of body after an indefinite article, no office.
    if let first = words.first, indefinites.contains(first) {
      guard words.count > 1, let row = reference(in: words.dropFirst().joined(separator: " ")),
        row.kind != .title
      else { return nil }
      return row
    }
    while index < words.count {
      let word = words[index]
      if articles.contains(word) || same.contains(word) {
        index += 1
        continue
      }
      guard let (position, length) = matches(words, at: index).max(by: { $0.length < $1.length }),
        found == nil || found?.id == rows[position].id
      else { return nil }
      found = rows[position]
      index += length
    }
    return found
  }

  /// The name of the holder a source's words give after an office title, when it is written
  /// as a proper name of two words or more (`Provinzgouverneurs Selim Aksoy`, `El gobernador
  /// de la provincia, Selim Aksoy` → `Selim Aksoy`): the capitalized words that end the
  /// source, after its last title and its last comma. `nil` in scripts without case.
  func holderName(in surface: String) -> String? {
    let chunks = surface.split(separator: ",")
    let raw = surface.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
    let folded = raw.map { TextFolding.fold($0) }
    guard let lastChunk = chunks.last else { return nil }
    var titleEnd: Int?
    for index in folded.indices {
      for (position, length) in matches(folded, at: index) where rows[position].kind == .title {
        titleEnd = max(titleEnd ?? 0, index + length)
      }
    }
    guard let titleEnd else { return nil }
    let lastChunkWords = lastChunk.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.count
    var start = raw.count
    while start > max(titleEnd, raw.count - lastChunkWords),
      let initial = raw[start - 1].first, initial.isCased, initial.isUppercase
    {
      start -= 1
    }
    guard raw.count - start >= 2 else { return nil }
    return raw[start...].joined(separator: " ")
  }

  /// Whether a source's words hold a term of `row` anywhere (`Orsuna Valisi Selim Aksoy`
  /// holds the governor's `vali`).
  func holds(_ surface: String, _ row: Row) -> Bool {
    let words = Self.words(surface)
    return words.indices.contains { index in
      matches(words, at: index).contains { rows[$0.row].id == row.id }
    }
  }

  /// Whether a source's words open with an indefinite article (`un syndicat`).
  func isIndefinite(_ surface: String) -> Bool {
    Self.words(surface).first.map(indefinites.contains) ?? false
  }
}
