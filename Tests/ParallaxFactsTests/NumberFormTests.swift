import Foundation
import Testing

@testable import ParallaxFacts

/// Classes of number forms that a numeral corpus holds and ICU's spell-out does not write
/// (issue 9): Russian cardinals declined in all six cases and their compounds, `полтора`,
/// collective numerals, ordinals that must not be read as numbers; Turkish number words
/// written together or apart, with case and possessive suffixes, apostrophes, `buçuk` and
/// distributives; Arabic gender and case variants, `ه` for `ة`, hamza variants, a glued `و`,
/// Eastern Arabic digits and digits mixed with words.
///
/// `Numbers/<Language>/Forms.txt`, written for these tests, one case a line:
/// `class<TAB>sentence<TAB>values`, each expected number between `[` and `]` in the sentence
/// and its value in `values` (`|` between them, in order); `-` for a sentence that must give
/// no number. A case passes when `FigureExtractor.numbers(in:)` gives exactly those numbers,
/// spans and values. Scores printed per language and class, with floors.
@Suite struct NumberFormTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Numbers")

  /// One case of a forms file.
  struct Case: Sendable {
    var kind: String
    var text: String
    var expected: [(start: Int, end: Int, value: ExactNumber)]
    var line: Int
  }

  /// Language folder to floor % over all its cases: the scores reached; they only go up.
  static let floors: [String: Double] = ["Turkish": 100, "Arabic": 100, "Russian": 100]

  static let languages = ["Turkish", "Arabic", "Russian"]

  /// The cases of one language's file; a malformed line is reported with its line number.
  static func cases(_ language: String) throws -> (cases: [Case], errors: [String]) {
    let url = folder.appendingPathComponent(language).appendingPathComponent("Forms.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    var cases: [Case] = []
    var errors: [String] = []
    for (offset, line) in text.components(separatedBy: "\n").enumerated() {
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let fields = line.components(separatedBy: "\t")
      guard fields.count == 3 else {
        errors.append("Forms.txt:\(offset + 1): expected 3 tab-separated fields")
        continue
      }
      var plain = ""
      var spans: [(Int, Int)] = []
      var open: Int?
      var count = 0
      for scalar in fields[1].unicodeScalars {
        if scalar == "[" {
          open = count
        } else if scalar == "]", let start = open {
          spans.append((start, count))
          open = nil
        } else {
          plain.unicodeScalars.append(scalar)
          count += 1
        }
      }
      let values =
        fields[2] == "-"
        ? []
        : fields[2].components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      let parsed = values.compactMap { ExactNumber(string: $0) }
      guard parsed.count == values.count, parsed.count == spans.count else {
        errors.append("Forms.txt:\(offset + 1): \(spans.count) spans, values \(fields[2])")
        continue
      }
      cases.append(
        Case(
          kind: fields[0], text: plain,
          expected: zip(spans, parsed).map { ($0.0.0, $0.0.1, $0.1) }, line: offset + 1))
    }
    return (cases, errors)
  }

  @Test(arguments: NumberFormTests.languages)
  func forms(_ language: String) throws {
    let (cases, errors) = try NumberFormTests.cases(language)
    #expect(errors.isEmpty, "\(errors)")
    #expect(cases.count >= 40, "\(language): only \(cases.count) cases")
    let code = try #require(RecognizersTextScorer.languageCodes[language])
    let extractor = FigureExtractor(language: code)
    var byClass: [String: (passed: Int, total: Int)] = [:]
    var failures: [String] = []
    for item in cases {
      let found = extractor.numbers(in: item.text)
      let ok =
        found.count == item.expected.count
        && zip(found, item.expected).allSatisfy {
          $0.range.start == $1.start && $0.range.end == $1.end && $0.value == $1.value
        }
      var tally = byClass[item.kind] ?? (0, 0)
      tally.total += 1
      if ok { tally.passed += 1 }
      byClass[item.kind] = tally
      if !ok {
        let got = found.map { "\($0.text)=\($0.value)" }.joined(separator: ", ")
        failures.append("line \(item.line) [\(item.kind)] \(item.text) → [\(got)]")
      }
    }
    let passed = byClass.values.reduce(0) { $0 + $1.passed }
    let percent = cases.isEmpty ? 0 : Double(passed) * 100 / Double(cases.count)
    print(
      "number forms \(language): \(passed)/\(cases.count) = \(String(format: "%.1f", percent)) %")
    for (kind, tally) in byClass.sorted(by: { $0.key < $1.key }) {
      print("  \(kind): \(tally.passed)/\(tally.total)")
    }
    for failure in failures { print("  miss: \(failure)") }
    let floor = NumberFormTests.floors[language] ?? 0
    #expect(percent >= floor, "\(language) number forms under the floor \(floor) %")
  }
}
