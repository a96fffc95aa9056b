import Foundation
import Testing

@testable import ParallaxFacts

/// Microsoft Recognizers-Text number specs (../shared/bench/numbers/recognizers-text).
///
/// Scoring: a case counts when every expected result is found among Parallax's numbers
/// (`FigureExtractor.numbers(in:)`; for PercentModel, percent figures' `quantityRange`) with
/// the same span (UTF-16 `Start...End` converted to scalars) and a value within 1e-9
/// (relative). Extra results do not fail a case, except in a case that expects none (those
/// test that non-numbers such as `180ml` are refused). Cases whose `NotSupported` names
/// `dotnet` fail in the reference itself and are skipped; cases listed in
/// `recognizers-exclusions.tsv` (the reference's answer is wrong for news text) are
/// skipped and counted beside the score.
@Suite struct RecognizersTextTests {
  struct Score {
    var passed = 0
    var total = 0
    var excluded = 0
    var referenceFails = 0
    var failures: [String] = []
    var percent: Double { total == 0 ? 0 : Double(passed) * 100 / Double(total) }
  }

  static let benchFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/bench/numbers/recognizers-text")

  static let exclusions: Set<String> = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("recognizers-exclusions.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    var keys: Set<String> = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      if fields.count >= 4 { keys.insert("\(fields[0])\t\(fields[1])\t\(fields[2])") }
    }
    return keys
  }()

  static func score(language: String, code: String, model: String) throws -> Score {
    let url = benchFolder.appendingPathComponent("\(language)/\(model).json")
    var data = try Data(contentsOf: url)
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
    guard let cases = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
      return Score()
    }
    let extractor = FigureExtractor(language: code)
    var score = Score()
    for item in cases {
      guard let input = item["Input"] as? String else { continue }
      let notSupported = (item["NotSupported"] as? String ?? "").lowercased()
      if notSupported.contains("dotnet") {
        score.referenceFails += 1
        continue
      }
      let escaped = input.replacingOccurrences(of: "\t", with: "\\t")
        .replacingOccurrences(of: "\n", with: "\\n")
      if exclusions.contains("\(language)\t\(model)\t\(escaped)") {
        score.excluded += 1
        continue
      }
      score.total += 1
      let expected = (item["Results"] as? [[String: Any]]) ?? []
      let found: [(start: Int, end: Int, value: Double)]
      if model == "PercentModel" {
        found = extractor.figures(in: input).filter { $0.kind == .percent }.map {
          ($0.quantityRange.start, $0.quantityRange.end, $0.value.doubleValue)
        }
      } else {
        found = extractor.numbers(in: input).map {
          ($0.range.start, $0.range.end, $0.value.doubleValue)
        }
      }
      var ok = true
      if expected.isEmpty {
        ok = found.isEmpty
      } else {
        for result in expected {
          guard let (start, end) = span(result, in: input),
            let resolution = result["Resolution"] as? [String: Any],
            let wanted = Double(
              ((resolution["value"] as? String) ?? "")
                .replacingOccurrences(of: "%", with: "")
                .replacingOccurrences(of: code == "en" ? "," : ".", with: code == "en" ? "" : "")
                .replacingOccurrences(of: ",", with: "."))
          else {
            ok = false
            break
          }
          let span = scalarSpan(input, start, end + 1)
          let hit = found.contains {
            $0.start == span.0 && $0.end == span.1
              && abs($0.value - wanted) <= 1e-9 * max(1, abs(wanted))
          }
          if !hit { ok = false }
        }
      }
      if ok {
        score.passed += 1
      } else {
        let got = found.map { "\($0.start)..<\($0.end)=\($0.value)" }.joined(separator: " ")
        score.failures.append("\(escaped)  → got [\(got)]")
      }
    }
    return score
  }

  /// `Start...End` (UTF-16, inclusive), or the first case-insensitive occurrence of `Text`
  /// when a case gives no offsets.
  static func span(_ result: [String: Any], in input: String) -> (Int, Int)? {
    if let start = result["Start"] as? Int, let end = result["End"] as? Int { return (start, end) }
    guard let text = result["Text"] as? String,
      let found = input.lowercased().range(of: text.lowercased())
    else { return nil }
    let lower = input.lowercased()
    let start = lower.utf16.distance(from: lower.startIndex, to: found.lowerBound)
    return (start, start + text.utf16.count - 1)
  }

  static func scalarSpan(_ text: String, _ start: Int, _ end: Int) -> (Int, Int) {
    var utf16 = 0
    var scalarIndex = 0
    var result = (start, end)
    for scalar in text.unicodeScalars {
      if utf16 == start { result.0 = scalarIndex }
      if utf16 == end { result.1 = scalarIndex }
      utf16 += scalar.utf16.count
      scalarIndex += 1
    }
    if utf16 == end { result.1 = scalarIndex }
    if utf16 == start { result.0 = scalarIndex }
    return result
  }

  /// (language folder, code, model, floor %): the floors are the scores reached; they only go
  /// up.
  static let suites: [(String, String, String, Double)] = [
    ("English", "en", "NumberModel", 93.0),
    ("English", "en", "PercentModel", 100),
    ("French", "fr", "NumberModel", 98.0),
    ("French", "fr", "PercentModel", 100),
    ("German", "de", "NumberModel", 100),
    ("German", "de", "PercentModel", 100),
    ("Spanish", "es", "NumberModel", 95.0),
    ("Spanish", "es", "PercentModel", 98.0),
  ]

  @Test(arguments: 0..<8) func accuracy(_ index: Int) throws {
    let (language, code, model, floor) = RecognizersTextTests.suites[index]
    let score = try RecognizersTextTests.score(language: language, code: code, model: model)
    let name = model.replacingOccurrences(of: "Model", with: "")
    print(
      "recognizers-text \(language) \(name): \(score.passed)/\(score.total) "
        + String(format: "(%.1f %%)", score.percent)
        + ", excluded \(score.excluded), reference fails \(score.referenceFails)")
    if ProcessInfo.processInfo.environment["RT_FAILURES"] != nil {
      for failure in score.failures { print("  FAIL \(language) \(name): \(failure)") }
    }
    #expect(score.total > 0)
    #expect(score.percent >= floor, "\(language) \(model) under its floor \(floor) %")
  }
}
