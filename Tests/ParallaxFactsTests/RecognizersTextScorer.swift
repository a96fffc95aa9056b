import Foundation
import Testing

@testable import ParallaxFacts

/// Scores number specs in the Microsoft Recognizers-Text format: a JSON array of
/// `{Input, Results: [{Text, TypeName, Resolution: {value}, Start, End}]}` with UTF-16
/// offsets (`End` inclusive).
///
/// A case counts when every expected result is found among Parallax's numbers
/// (`FigureExtractor.numbers(in:)`; for PercentModel, percent figures' `quantityRange`) with
/// the same span (UTF-16 converted to scalars) and a value within 1e-9 (relative); a case
/// marked `IgnoreResolution` checks the span only. Extra results do not fail a case, except in
/// a case that expects none (those test that non-numbers such as `180ml` are refused). Cases
/// whose `NotSupported` names `dotnet` fail in the reference itself and are skipped; cases
/// listed in `recognizers-exclusions.tsv` (the reference's answer is wrong for news text) are
/// skipped and counted beside the score.
enum RecognizersTextScorer {
  /// The score of one spec file.
  struct Score {
    var passed = 0
    var total = 0
    var excluded = 0
    var referenceFails = 0
    var failures: [String] = []
    var percent: Double { total == 0 ? 0 : Double(passed) * 100 / Double(total) }
  }

  /// One spec file found under a root folder: `<Language>/<Model>.json` (or `<Model>2.json`).
  struct Spec: Sendable, CustomTestStringConvertible {
    var folder: String
    var code: String
    var model: String
    var url: URL
    /// The file's name without `.json`: the model, or the model and a number for a later
    /// file of cases (`NumberModel2`, written after the rules).
    var name: String { url.deletingPathExtension().lastPathComponent }
    var testDescription: String { "\(folder) \(name)" }
  }

  /// Language folders (as Recognizers-Text names them) to the codes Parallax uses.
  static let languageCodes: [String: String] = [
    "English": "en", "French": "fr", "German": "de", "Spanish": "es", "Turkish": "tr",
    "Arabic": "ar", "Russian": "ru",
  ]

  /// The models scored.
  static let models = ["NumberModel", "PercentModel"]

  /// Every `<Language>/<Model>.json` under `root` for the known languages, and the folders
  /// whose language is unknown (reported by the tests, never skipped silently).
  static func discover(_ root: URL) -> (specs: [Spec], unknown: [String]) {
    let manager = FileManager.default
    let names = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
    var specs: [Spec] = []
    var unknown: [String] = []
    for name in names.sorted() {
      var isFolder: ObjCBool = false
      let folder = root.appendingPathComponent(name)
      guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue,
        !name.hasPrefix(".")
      else { continue }
      guard let code = languageCodes[name] else {
        unknown.append(name)
        continue
      }
      let files = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
      for model in models {
        // `NumberModel.json`, then `NumberModel2.json`…: later files of the same model.
        for file in files where file.hasPrefix(model) && file.hasSuffix(".json") {
          let number = file.dropFirst(model.count).dropLast(5)
          guard number.allSatisfy(\.isNumber) else { continue }
          specs.append(
            Spec(
              folder: name, code: code, model: model,
              url: folder.appendingPathComponent(file)))
        }
      }
    }
    return (specs, unknown)
  }

  /// Lines `language<TAB>model<TAB>input<TAB>reason` of an exclusion file, as keys.
  static func exclusions(_ url: URL) -> Set<String> {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    var keys: Set<String> = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      if fields.count >= 4 { keys.insert("\(fields[0])\t\(fields[1])\t\(fields[2])") }
    }
    return keys
  }

  static func score(_ spec: Spec, excluding exclusions: Set<String>) throws -> Score {
    var data = try Data(contentsOf: spec.url)
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
    guard let cases = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
      return Score()
    }
    let extractor = FigureExtractor(language: spec.code)
    let commaDecimal = commaIsDecimal(
      cases.flatMap { ($0["Results"] as? [[String: Any]]) ?? [] }.compactMap {
        ($0["Resolution"] as? [String: Any])?["value"] as? String
      })
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
      if exclusions.contains("\(spec.folder)\t\(spec.model)\t\(escaped)") {
        score.excluded += 1
        continue
      }
      score.total += 1
      let expected = (item["Results"] as? [[String: Any]]) ?? []
      let ignoreValue = item["IgnoreResolution"] as? Bool ?? false
      let found: [(start: Int, end: Int, value: Double)]
      if spec.model == "PercentModel" {
        // Both ends of a range or change of percentages (`%18'den %20'ye`).
        found = extractor.figures(in: input).filter { $0.kind == .percent }.flatMap {
          figure -> [(start: Int, end: Int, value: Double)] in
          let last = figure.upper ?? figure.value
          var spans = [(figure.quantityRange.start, figure.quantityRange.end, last.doubleValue)]
          if let from = figure.fromQuantityRange {
            let first = figure.changedFrom ?? figure.value
            spans.append((from.start, from.end, first.doubleValue))
          }
          return spans
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
          let resolution = result["Resolution"] as? [String: Any]
          guard let (start, end) = span(result, in: input),
            let wanted = value((resolution?["value"] as? String) ?? "", commaDecimal: commaDecimal)
              ?? (ignoreValue ? 0 : nil)
          else {
            ok = false
            break
          }
          let span = scalarSpan(input, start, end + 1)
          let hit = found.contains {
            $0.start == span.0 && $0.end == span.1
              && (ignoreValue || abs($0.value - wanted) <= 1e-9 * max(1, abs(wanted)))
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

  /// Whether a file writes decimals with a comma: some value has a single `,` that cannot be
  /// grouping (`4,8`, `0,125`, `2000,352`). Recognizers-Text's French, German, Spanish and
  /// Turkish specs do; English ones and files written with `.` decimals and `,` grouping
  /// (`1,234.5`, `1,234`) do not.
  static func commaIsDecimal(_ values: [String]) -> Bool {
    values.contains { raw in
      var text = raw.filter { $0.isNumber || $0 == "," || $0 == "." }
      if let mark = raw.firstIndex(where: { $0 == "E" || $0 == "e" }) {
        text = String(raw[..<mark]).filter { $0.isNumber || $0 == "," || $0 == "." }
      }
      guard text.filter({ $0 == "," }).count == 1, !text.contains(".") else { return false }
      let parts = text.split(separator: ",", omittingEmptySubsequences: false)
      let whole = parts[0]
      return parts[1].count != 3 || whole.isEmpty || whole.count > 3 || whole.hasPrefix("0")
    }
  }

  /// A Resolution value as a number. The specs write values with the language's decimal
  /// mark (`4,8` in French, `0.08` in English) or the invariant `.` (`0.666666666666667` in
  /// the same French file), sometimes with grouping (`1,234,567`), an exponent
  /// (`-1,2732E+15`), a fraction (`2/3`) or a percent sign (`25%`). Both marks: the last is
  /// the decimal point. One kind used twice or more: grouping. A single `.`: decimal. A
  /// single `,`: decimal when the file writes comma decimals (`commaIsDecimal`) or when it
  /// cannot be grouping (not followed by exactly three digits), else grouping (`1,234`).
  static func value(_ raw: String, commaDecimal: Bool) -> Double? {
    // Arabic-Indic and Persian digits and marks, as some specs may write them.
    var ascii = ""
    for scalar in raw.unicodeScalars {
      switch scalar.value {
      case 0x660...0x669:
        ascii.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value - 0x660 + 48)))
      case 0x6F0...0x6F9:
        ascii.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value - 0x6F0 + 48)))
      case 0x66B: ascii.append(".")
      case 0x66C, 0x60C: ascii.append(",")
      case 0x66A: ascii.append("%")
      case 0x2212: ascii.append("-")
      default: ascii.unicodeScalars.append(scalar)
      }
    }
    var text = ascii.filter { $0 != "%" && $0 != " " && $0 != "\u{A0}" && $0 != "\u{202F}" }
    if let slash = text.firstIndex(of: "/") {
      guard let top = value(String(text[..<slash]), commaDecimal: commaDecimal),
        let bottom = value(String(text[text.index(after: slash)...]), commaDecimal: commaDecimal),
        bottom != 0
      else { return nil }
      return top / bottom
    }
    var exponent = ""
    if let mark = text.firstIndex(where: { $0 == "E" || $0 == "e" }) {
      exponent = String(text[mark...])
      text = String(text[..<mark])
    }
    let commas = text.filter { $0 == "," }.count
    let dots = text.filter { $0 == "." }.count
    if commas > 0, dots > 0 {
      let lastComma = text.lastIndex(of: ",") ?? text.startIndex
      let lastDot = text.lastIndex(of: ".") ?? text.startIndex
      let grouping: Character = lastComma > lastDot ? "." : ","
      text = text.filter { $0 != grouping }.replacingOccurrences(of: ",", with: ".")
    } else if commas > 1 {
      text = text.filter { $0 != "," }
    } else if dots > 1 {
      text = text.filter { $0 != "." }
    } else if commas == 1 {
      let parts = text.split(separator: ",", omittingEmptySubsequences: false)
      let whole = parts[0].filter(\.isNumber)
      let grouping =
        !commaDecimal && parts[1].count == 3 && !whole.isEmpty && whole.count <= 3
        && !whole.hasPrefix("0")
      text = text.replacingOccurrences(of: ",", with: grouping ? "" : ".")
    }
    return Double(text + exponent)
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

  /// Prints the score line (and the failures when `RT_FAILURES` is set).
  static func report(_ label: String, _ spec: Spec, _ score: Score) {
    let name = spec.name.replacingOccurrences(of: "Model", with: "")
    print(
      "\(label) \(spec.folder) \(name): \(score.passed)/\(score.total) "
        + String(format: "(%.1f %%)", score.percent)
        + ", excluded \(score.excluded), reference fails \(score.referenceFails)")
    if ProcessInfo.processInfo.environment["RT_FAILURES"] != nil {
      for failure in score.failures { print("  FAIL \(spec.folder) \(name): \(failure)") }
    }
  }
}
