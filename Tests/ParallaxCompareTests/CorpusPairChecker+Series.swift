import Foundation
import ParallaxFacts

@testable import ParallaxCompare

/// README lines whose figures are given as a toll's history (`(22 → 33)` ↔ `(≥ 22 → 29 →
/// 33)`: the 29 is told by the second report only) or by a measure code alone (`E ¶8`, the
/// figure the report's own facts section lists at ¶8 as E).
extension CorpusPair {
  /// The numbers of a side's series (`(≥ 22 → 29 → 33)` → 22, 29, 33), empty without one.
  static func series(_ side: String) -> [Double] {
    guard let series = side.firstMatch(of: /\(([^()]*→[^()]*)\)/) else { return [] }
    return series.1.matches(of: /[0-9]+(?:\.[0-9]+)?/).compactMap { Double($0.0) }
  }

  /// `A ¶1 "…" (22 → 33) ↔ B ¶2 "…" (≥ 22 → 29 → 33)`: each value of one side's series that
  /// the other's does not hold is a figure of that side only (an earlier count the other
  /// report does not tell). `false` when the line does not set two series side by side.
  func checkSeries(_ body: String, _ comparison: ReportComparison, _ score: inout Score) -> Bool {
    let sides = body.components(separatedBy: " ↔ ")
    guard sides.count == 2 else { return false }
    let (x, y) = (Self.series(sides[0]), Self.series(sides[1]))
    guard !x.isEmpty, !y.isEmpty else { return false }
    for (own, other, onFirst) in [(x, y, true), (y, x, false)] {
      for value in own where !other.contains(value) {
        let found = comparison.figures.contains { change in
          guard let mine = onFirst ? change.first : change.second else { return false }
          return abs(mine.figure.value.doubleValue - value) < 1e-6 && change.kind != .same
        }
        score.expect(
          found, "earlier \(Int(value)) only in \(onFirst ? "first" : "second")")
      }
    }
    return true
  }

  /// `E ¶8`, `USD ¶1`: the surface the report's facts section in the README gives for the
  /// figure of measure (or unit) `E` at ¶8 — as `REPORT ¶8 "about 1,200 people"` — or `nil`.
  func factsSurface(_ piece: String, report: String) -> String? {
    guard let match = piece.firstMatch(of: /^\s*([A-Z]{1,3}) ¶(\d+)\s*$/) else { return nil }
    let (code, paragraph) = (String(match.1), String(match.2))
    let url = CompareTestSupport.packageRoot.appendingPathComponent("Corpus/\(story)/README.md")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
    var inSection = false
    for line in text.components(separatedBy: "\n") {
      if line.hasPrefix("### ") { inSection = line == "### " + report }
      guard inSection, line.hasPrefix("- figure: ¶\(paragraph) \""),
        let arrow = line.range(of: "→")
      else { continue }
      let words = line[arrow.upperBound...].split { $0 == " " || $0 == "·" }
      guard words.contains(where: { $0 == code }),
        let surface = line.firstMatch(of: /"([^"]+)"/)
      else { continue }
      return "\(report) ¶\(paragraph) \"\(surface.1)\""
    }
    return nil
  }
}
