import Foundation
import ParallaxCore

/// How each language writes numbers with digits (`Resources/number-formats.tsv`): which marks
/// are decimal marks and which separate groups of three, and so which values a written number
/// can have for a reader of that language (`1.000` is 1000 in German, 1 in English, nothing
/// a French reader writes).
struct NumberFormats: Sendable {
  /// The marks of one language.
  struct Marks: Sendable, Hashable {
    var decimal: Set<Character>
    var group: Set<Character>
  }

  /// The marks per language code.
  var languages: [String: Marks]

  /// The shipped table.
  static let shipped: NumberFormats = {
    guard
      let url = ResourceLocator.url(
        bundle: "Parallax_ParallaxCheck", "Resources/number-formats.tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return NumberFormats(languages: [:]) }
    return NumberFormats(text: text)
  }()

  init(languages: [String: Marks]) { self.languages = languages }

  /// Parses the table's text.
  init(text: String) {
    let names: [String: Character] = ["nbsp": "\u{A0}", "nnbsp": "\u{202F}", "space": " "]
    func marks(_ cell: Substring) -> Set<Character> {
      Set(
        cell.split(separator: " ").compactMap { word in
          names[String(word)] ?? (word.count == 1 ? word.first : nil)
        })
    }
    var languages: [String: Marks] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cells.count >= 3 else { continue }
      languages[String(cells[0])] = Marks(decimal: marks(cells[1]), group: marks(cells[2]))
    }
    self.languages = languages
  }

  /// The marks the check reads between digits.
  static let checkedMarks: Set<Character> = [".", ",", "٫", "٬"]

  /// The values `written` (digits and marks only, ASCII or Arabic-Indic digits) can have
  /// for a reader of `language`: none when the language never writes it so.
  func readings(_ written: String, language: String) -> Set<Decimal> {
    guard let marks = languages[language] else { return [] }
    return Self.readings(written, marks)
  }

  /// The values `written` can have in any language of the table.
  func anyReadings(_ written: String) -> Set<Decimal> {
    languages.values.reduce(into: Set<Decimal>()) { $0.formUnion(Self.readings(written, $1)) }
  }

  static func readings(_ written: String, _ marks: Marks) -> Set<Decimal> {
    var groups: [String] = [""]
    var separators: [Character] = []
    for character in written {
      if let digit = character.wholeNumberValue, character.isNumber {
        groups[groups.count - 1].append(Character(String(digit)))
      } else {
        separators.append(character)
        groups.append("")
      }
    }
    guard !separators.isEmpty, groups.allSatisfy({ !$0.isEmpty }) else { return [] }
    var result: Set<Decimal> = []
    // All marks group separators: one integer.
    if Set(separators).count == 1, let mark = separators.first, marks.group.contains(mark),
      grouped(groups)
    {
      if let value = Decimal(string: groups.joined()) { result.insert(value) }
    }
    // The last mark a decimal mark, the others one group separator.
    if let last = separators.last, marks.decimal.contains(last) {
      let integer = Array(groups.dropLast())
      let inner = separators.dropLast()
      let integerOK =
        inner.isEmpty
        || (Set(inner).count == 1
          && inner.first.map { marks.group.contains($0) && $0 != last }
            == true
          && grouped(integer))
      if integerOK, let tail = groups.last,
        let value = Decimal(string: integer.joined() + "." + tail)
      {
        result.insert(value)
      }
    }
    return result
  }

  /// Whether groups read as thousands: 1 to 3 digits, then groups of exactly 3.
  private static func grouped(_ groups: [String]) -> Bool {
    guard let first = groups.first, (1...3).contains(first.count) else { return false }
    return groups.dropFirst().allSatisfy { $0.count == 3 }
  }
}
