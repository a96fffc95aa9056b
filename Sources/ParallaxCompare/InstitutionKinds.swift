import Foundation
import ParallaxCore
import ParallaxText

/// Public bodies that reports cite by a common noun rather than a proper name (`the Turkish
/// Coast Guard`, `les garde-côtes turcs`, `Sahil Güvenlik Komutanlığı`, `خفر السواحل التركي`),
/// read from `Resources/institutions.tsv`: a source whose words hold one of a body's terms is
/// that body in every language, and a person named as a body's spokesperson
/// (`Coast Guard spokeswoman Derya Kaplan`) speaks for it.
struct InstitutionKinds: Sendable {
  /// The row id that lists spokesperson words rather than a body.
  static let spokespersonRow = "spokesperson"

  /// Each body's id with its folded terms, in file order.
  let bodies: [(id: String, terms: [String])]
  /// The folded spokesperson words.
  let spokespeople: [String]

  /// The shipped table, empty when the file cannot be found.
  static let shipped: InstitutionKinds = {
    guard
      let url = ResourceLocator.url(
        bundle: "Parallax_ParallaxCompare", "Resources/institutions.tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return InstitutionKinds(tsv: "") }
    return InstitutionKinds(tsv: text)
  }()

  /// A table from the text of a TSV file: a header row, then an id and one cell per language
  /// a row, variants separated by ` | `, `#` comments.
  init(tsv: String) {
    var bodies: [(String, [String])] = []
    var spokespeople: [String] = []
    var header = true
    for line in CompareLexicon.parse(tsv) {
      if header {
        header = false
        continue
      }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard let id = cells.first.map(String.init), !id.isEmpty else { continue }
      let terms = cells.dropFirst().flatMap { $0.components(separatedBy: " | ") }
        .map { TextFolding.fold($0.trimmingCharacters(in: .whitespaces)) }
        .filter { !$0.isEmpty }
      if id == Self.spokespersonRow {
        spokespeople += terms
      } else {
        bodies.append((id, terms))
      }
    }
    self.bodies = bodies
    self.spokespeople = spokespeople
  }

  /// The body a source's words name (its id), or `nil`. When the words also name a person
  /// (`namesPerson`), the body is the source only if a spokesperson word stands there too.
  func body(in surface: String, namesPerson: Bool) -> String? {
    let folded = TextFolding.fold(surface)
    guard let body = bodies.first(where: { $0.terms.contains { Self.startsWord(folded, $0) } })
    else { return nil }
    if namesPerson, !spokespeople.contains(where: { Self.startsWord(folded, $0) }) {
      return nil
    }
    return body.id
  }

  /// Whether `term` occurs in `text` at the start of a word.
  static func startsWord(_ text: String, _ term: String) -> Bool {
    var searchStart = text.startIndex
    while let found = text.range(of: term, range: searchStart..<text.endIndex) {
      if found.lowerBound == text.startIndex { return true }
      let before = text[text.index(before: found.lowerBound)]
      if !before.isLetter && !before.isNumber { return true }
      searchStart = text.index(after: found.lowerBound)
    }
    return false
  }
}
