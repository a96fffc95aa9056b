import Foundation
import ParallaxCore
import Synchronization

/// The units of measure of one language (`Resources/units/<language>.txt`), read when a
/// report in that language is first compared.
struct UnitLexicon: Sendable {
  /// Units by their lowercased form, single spaces between the words of a form.
  var forms: [String: MeasureUnit] = [:]
  /// Stems (`metre*`) matched at the start of the word after the number, longest first.
  var stems: [(stem: String, unit: MeasureUnit)] = []
  /// The most words a form has.
  var longestForm = 1

  /// Parses a units file: `symbol<TAB>dimension<TAB>size<TAB>form | form…`, `#` comments.
  init(text: String) {
    for line in CompareLexicon.parse(text) {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cells.count >= 4, let size = Double(cells[2]) else { continue }
      let unit = MeasureUnit(symbol: String(cells[0]), dimension: String(cells[1]), size: size)
      for form in cells[3].components(separatedBy: "|") {
        let key = form.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { continue }
        if key.hasSuffix("*") {
          stems.append((String(key.dropLast()), unit))
        } else if forms[key] == nil {
          forms[key] = unit
          longestForm = max(longestForm, key.split(separator: " ").count)
        }
      }
    }
    stems.sort { $0.stem.count > $1.stem.count }
  }

  /// The lexicon of `language` (`tr`, `es-MX`: its primary subtag), empty for a language
  /// with no units file.
  static func of(_ language: String) -> UnitLexicon {
    let code = String(language.prefix { $0 != "-" && $0 != "_" }).lowercased()
    return cache.withLock { loaded in
      if let known = loaded[code] { return known }
      let lexicon =
        ResourceLocator.url(bundle: "Parallax_ParallaxCompare", "Resources/units/\(code).txt")
        .flatMap { try? String(contentsOf: $0, encoding: .utf8) }
        .map(UnitLexicon.init(text:)) ?? UnitLexicon(text: "")
      loaded[code] = lexicon
      return lexicon
    }
  }

  private static let cache = Mutex<[String: UnitLexicon]>([:])

  /// Characters that end the word after a number.
  private static let stops = Set(",;:()[]{}«»\"'’“”!?…".unicodeScalars)

  /// The unit written right after scalar offset `end` of `scalars`: spaces (or one hyphen,
  /// `a 420-metre shaft`) skipped, then the longest form of up to `longestForm` words; a
  /// final `.` of a word is dropped (`km.`).
  func unit(after end: Int, in scalars: [Unicode.Scalar]) -> MeasureUnit? {
    guard !forms.isEmpty || !stems.isEmpty else { return nil }
    var index = end
    while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
    if index == end, index < scalars.count, scalars[index] == "-" { index += 1 }
    var words: [String] = []
    while words.count < longestForm, index < scalars.count {
      var word = String.UnicodeScalarView()
      while index < scalars.count, !scalars[index].properties.isWhitespace,
        !Self.stops.contains(scalars[index])
      {
        word.append(scalars[index])
        index += 1
      }
      var text = String(word).lowercased()
      let ended = text.hasSuffix(".")
      if ended { text.removeLast() }
      guard !text.isEmpty else { break }
      words.append(text)
      if ended || index >= scalars.count || !scalars[index].properties.isWhitespace { break }
      while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
    }
    guard let first = words.first else { return nil }
    for count in stride(from: words.count, through: 1, by: -1) {
      if let unit = forms[words.prefix(count).joined(separator: " ")] { return unit }
    }
    return stems.first { first.hasPrefix($0.stem) }?.unit
  }
}
