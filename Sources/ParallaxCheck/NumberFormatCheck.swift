import Foundation
import ParallaxCompare
import ParallaxCore

/// Numbers carried over in the source's format (`2,5` left in English, `1.000` in French):
/// a number written with `.` `,` `٫` `٬` between digits, found as written in the aligned
/// source, that the source's language reads but the target's does not read the same.
///
/// Severity: an error when a reader of the translation could take it for another value
/// (`1.000` in French is 1 to a reader used to English, 1000 to one used to German; `2,500`
/// in English is 2500 where the German source meant 2.5); a warning when the form is foreign
/// but only one value is possible (`2,5` in English can only be 2.5).
enum NumberFormatCheck {
  static func check(
    _ pair: ParagraphPair, source: CheckSide, target: CheckSide, formats: NumberFormats
  ) -> [Finding] {
    let (from, to) = (source.language, target.language)
    guard from != to, formats.languages[to] != nil, formats.languages[from] != nil else {
      return []
    }
    var written: [String: (paragraph: Int, range: TextRange)] = [:]
    for index in pair.left {
      for number in numbers(in: source.paragraph(index)?.text ?? "")
      where written[number.text] == nil {
        written[number.text] = (index, number.range)
      }
    }
    guard !written.isEmpty else { return [] }
    var findings: [Finding] = []
    for index in pair.right {
      for number in numbers(in: target.paragraph(index)?.text ?? "") {
        guard let origin = written[number.text] else { continue }
        let meant = formats.readings(number.text, language: from)
        guard let value = meant.first, meant.count == 1 else { continue }
        let read = formats.readings(number.text, language: to)
        if read == meant { continue }
        let others = read.isEmpty ? formats.anyReadings(number.text) : read.union(meant)
        let severity: Finding.Severity = others.subtracting(meant).isEmpty ? .warning : .error
        let shown = read.isEmpty ? "is not a \(to) number" : "reads \(list(read)) in \(to)"
        findings.append(
          Finding(
            severity, .numberFormat,
            "«\(number.text)» is written as in \(from) (\(value)); it \(shown)",
            source: source.evidence(origin.paragraph, origin.range),
            target: target.evidence(index, number.range)))
      }
    }
    return findings
  }

  private static func list(_ values: Set<Decimal>) -> String {
    values.map { "\($0)" }.sorted().joined(separator: " or ")
  }

  /// The numbers of `text` written with marks between digits, with their scalar ranges;
  /// those inside a URL or a word (`A4.5`, `v1.2`) are left out.
  static func numbers(in text: String) -> [(text: String, range: TextRange)] {
    let scalars = Array(text.unicodeScalars)
    var result: [(String, TextRange)] = []
    var index = 0
    // ASCII scalars are answered without making a `Character`.
    func isDigit(_ i: Int) -> Bool {
      guard i >= 0 && i < scalars.count else { return false }
      let scalar = scalars[i]
      if scalar.isASCII { return (0x30...0x39).contains(scalar.value) }
      return Character(scalar).isNumber && Character(scalar).wholeNumberValue != nil
    }
    func isMark(_ i: Int) -> Bool {
      guard i >= 0 && i < scalars.count else { return false }
      let scalar = scalars[i]
      if scalar.isASCII { return scalar == "." || scalar == "," }
      return NumberFormats.checkedMarks.contains(Character(scalar))
    }
    while index < scalars.count {
      guard isDigit(index) else {
        index += 1
        continue
      }
      let start = index
      var end = index
      var marks = 0
      while true {
        while isDigit(end) { end += 1 }
        if isMark(end) && isDigit(end + 1) {
          marks += 1
          end += 1
        } else {
          break
        }
      }
      let before = start > 0 ? Character(scalars[start - 1]) : " "
      let after = end < scalars.count ? Character(scalars[end]) : " "
      let inWord =
        before.isLetter || after.isLetter || before == "/" || after == "/"
        || before == "." || before == "-"
      if marks > 0, !inWord {
        var written = String.UnicodeScalarView()
        written.append(contentsOf: scalars[start..<end])
        result.append((String(written), TextRange(start, end)))
      }
      index = end
    }
    return result
  }
}
