import Foundation
import ParallaxCheck
import ParallaxCompare
import ParallaxCorpus
import ParallaxFacts
import Testing

/// The Bleualign development set (German–French, Text+Berg), read from `../shared/bench`:
/// its gold alignment stands in for the aligner; numbers are changed in code in the French.
@Suite("Bleualign dev set with planted number changes")
struct BleualignPlantedTests {
  static let folder = CheckTestSupport.packageRoot
    .appendingPathComponent("../shared/bench/align/bleualign-dev")

  static func lines(_ name: String) -> [String]? {
    guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    else { return nil }
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  static func report(_ lines: [String], language: String, id: String) -> Report {
    var report = Report(
      id: id, path: id, format: .text,
      language: LanguageInfo(code: language, origin: .declared, confidence: 1))
    report.paragraphs = lines.enumerated().map {
      Paragraph(index: $0.offset, kind: .body, text: TextNormalizer.normalize($0.element))
    }
    return report
  }

  /// The first number of digits only (2 to 4 digits, not a year) in `text`, with its range.
  static func plantableNumber(_ text: String) -> Range<String.Index>? {
    var search = text.startIndex..<text.endIndex
    while let range = text.range(of: "[0-9]+", options: .regularExpression, range: search) {
      let digits = text[range]
      let before =
        range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
      let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
      let isolated = before == " " && (after == " " || after == "m")
      if isolated, (2...4).contains(digits.count), let value = Int(digits),
        !(1000...2100).contains(value)
      {
        return range
      }
      search = range.upperBound..<text.endIndex
    }
    return nil
  }

  @Test("Planted number changes all found as errors; no false error on the clean text")
  func planted() throws {
    guard let german = Self.lines("dev.de"), let french = Self.lines("dev.fr"),
      let gold = Self.lines("dev.defr")
    else {
      Issue.record("../shared/bench/align/bleualign-dev is missing")
      return
    }
    let pairs = CheckTestSupport.parsePairs(
      gold.joined(separator: " ").replacingOccurrences(of: ", ", with: ","))
    #expect(pairs.count > 300)
    let source = CheckTestSupport.side(Self.report(german, language: "de", id: "dev.de"))
    let cleanTarget = CheckTestSupport.side(Self.report(french, language: "fr", id: "dev.fr"))
    let clean = CheckTestSupport.checker.check(source: source, target: cleanTarget, pairs: pairs)
    let cleanErrors = clean.findings.filter { $0.severity == .error }
    let figureKinds: Set<Finding.Kind> = [.figureValue, .figureScale, .figureQualifier]
    let cleanFigureErrors = cleanErrors.filter { figureKinds.contains($0.kind) }
    // Plant: in each matched pair whose French has a number the German has too, and where
    // the clean check found nothing about figures, the number changes.
    var damaged = french
    var plantedLines: [Int] = []
    for pair in pairs where pair.isMatched {
      let flagged = clean.findings.contains { f in
        figureKinds.contains(f.kind)
          && (f.target.map { pair.right.contains($0.paragraph) } ?? false)
      }
      guard !flagged,
        let line = pair.right.first(where: { Self.plantableNumber(french[$0]) != nil }),
        let range = Self.plantableNumber(french[line]),
        let value = Int(french[line][range])
      else { continue }
      // Only a number the facts stage reads as a figure on both sides, with one value.
      let read = { (side: CheckSide, lines: [Int]) in
        lines.contains { index in
          side.facts.paragraphs[index].figures.contains { $0.value.doubleValue == Double(value) }
        }
      }
      guard read(cleanTarget, [line]), read(source, pair.left) else { continue }
      damaged[line].replaceSubrange(range, with: String(value + 1))
      plantedLines.append(line)
    }
    let target = CheckTestSupport.side(Self.report(damaged, language: "fr", id: "dev.fr"))
    let result = CheckTestSupport.checker.check(source: source, target: target, pairs: pairs)
    var found = 0
    for line in plantedLines {
      let hit = result.findings.contains {
        $0.severity == .error && figureKinds.contains($0.kind) && $0.target?.paragraph == line
      }
      #expect(hit, "planted change in dev.fr line \(line) not found: \(damaged[line])")
      if hit { found += 1 }
    }
    print(
      "check bleualign-dev: \(plantedLines.count) planted, \(found) found; clean: "
        + "\(cleanErrors.count) errors (\(cleanFigureErrors.count) on figures), "
        + "\(clean.count(.warning)) warnings")
    #expect(plantedLines.count >= 10)
    // A correct translation must come out clean: no false error. The published French
    // really differs from the German in four figures, which a reviser must see, so they are
    // errors the check must find (and the only ones): `60 ft. = 18,29 m` / `60 pieds
    // (19,29 m)` (60 ft is 18.29 m), `6719 m` / `6179 m` (digits swapped), and the summits
    // `zwischen 5800 und 6100 m` and `zwischen 5800 und 6300 m` both `de 5800 à 6200 m`.
    let discrepancies: Set<[Int]> = [[11, 13], [95, 146], [172, 209], [216, 256]]
    let located = { (f: Finding) in [f.source?.paragraph ?? -1, f.target?.paragraph ?? -1] }
    let falseErrors = cleanErrors.filter { !discrepancies.contains(located($0)) }
    #expect(falseErrors.isEmpty, "\(falseErrors.map { "\($0.kind): \($0.message)" })")
    for discrepancy in discrepancies.sorted(by: { $0[0] < $1[0] }) {
      #expect(
        cleanFigureErrors.contains { located($0) == discrepancy },
        "real discrepancy de ¶\(discrepancy[0]) / fr ¶\(discrepancy[1]) not found")
    }
    print(
      "check bleualign-dev clean: \(falseErrors.count) false errors, "
        + "\(cleanErrors.count - falseErrors.count) of \(discrepancies.count) real discrepancies")
  }
}
