import Foundation
import Testing

@testable import ParallaxCompare

/// `ReportComparison` on pairs of `Corpus/` reports, aligned as their README's `align:` lines
/// say (the aligner is tested on its own), checked against the README's pair sections.
@Suite struct ReportComparisonTests {
  /// The pairs of a README `align:` line: `¶0↔¶0, ¶1↔¶2 (moved, edited), ¶6↔-, -↔¶5`.
  static func pairs(_ line: String) -> [ParagraphPair] {
    line.components(separatedBy: ", ¶").joined(separator: ", ¶")
      .split(separator: ",").compactMap { item in
        let text = item.trimmingCharacters(in: .whitespaces)
        let sides = text.split(separator: "↔", maxSplits: 1).map { String($0) }
        guard sides.count == 2 else { return nil }
        func index(_ side: String) -> [Int] {
          let digits = side.drop { $0 == "¶" }.prefix { $0.isNumber }
          return Int(digits).map { [$0] } ?? []
        }
        return ParagraphPair(
          left: index(sides[0]), right: index(sides[1]), score: 1, moved: text.contains("moved"))
      }
  }

  static func compare(_ a: String, _ b: String, align: String) -> ReportComparison {
    let story = CompareTestSupport.story(["Corpus/idleb-2020-02"])
    let find = { (name: String) in story.first { $0.id.hasSuffix("/" + name) } }
    guard let first = find(a), let second = find(b) else {
      Issue.record("missing \(a) or \(b)")
      return ReportComparison(story[0], story[0], pairs: [])
    }
    return ReportComparison(first, second, pairs: pairs(align), names: CompareTestSupport.names)
  }

  static let update = compare(
    "en-wire.rss#0", "en-wire.rss#1",
    align:
      "¶0↔¶0 (edited), ¶1↔¶1 (edited), ¶2↔¶3 (edited), ¶3↔¶4 (edited), ¶4↔¶2 (moved, edited), ¶5↔¶8 (edited), ¶6↔-, -↔¶5, -↔¶6, -↔¶7"
  )
  static let evening = compare(
    "fr-quotidien.txt", "en-wire.rss#0",
    align: "¶0↔¶0, ¶1↔¶1, ¶2↔¶2, ¶3↔¶4, ¶4↔¶3, ¶5↔-, ¶6↔-, ¶7↔¶5, ¶8↔¶6")

  @Test func theUpdateIsAVersionWithWordEdits() {
    let (update, evening) = (Self.update.versions, Self.evening.versions)
    #expect(update)
    #expect(Self.update.edits.count >= 5)
    #expect(!evening)
    #expect(Self.evening.versionsReason.contains("two languages"))
  }

  @Test func theUpdateRevisesBothTolls() throws {
    let toll = Self.update.figures.filter { $0.measure == "killed × soldiers × turkish" }
    let sohr = try #require(toll.first { $0.second?.source.id == "concept:sohr" })
    #expect(sohr.kind == .revision)
    #expect(sohr.first?.valueText == "> 30")
    #expect(sohr.second?.valueText == "34")
    #expect(!sohr.sourceChanged)
    let governor = try #require(toll.first { $0.second?.source.id == "concept:rahmi-dogan" })
    #expect(governor.kind == .revision)
    #expect(governor.first?.valueText == "≥ 22")
    #expect(governor.first?.source.id == "concept:turkish-authorities")
    #expect(governor.second?.valueText == "33")
    #expect(governor.sourceChanged)
  }

  @Test func theUpdateAddsNames() {
    let added = Set(Self.update.onlyInSecond.map(\.id))
    #expect(
      added.isSuperset(of: [
        "concept:nato", "concept:fahrettin-altun", "concept:russian-defence-ministry",
      ]))
  }

  @Test func theSameEveningAgreesAcrossLanguages() throws {
    let toll = Self.evening.figures.filter { $0.measure == "killed × soldiers × turkish" }
    let sohr = try #require(toll.first { $0.first?.source.id == "concept:sohr" })
    #expect(sohr.kind == .same)
    #expect(sohr.second?.source.id == "concept:sohr")
    let authorities = try #require(
      toll.first { $0.first?.source.id == "concept:turkish-authorities" })
    #expect(authorities.kind == .same)
    #expect(toll.allSatisfy { !$0.isChange })
    let displaced = Self.evening.figures.filter { $0.kind == .onlyInSecond }
    #expect(displaced.contains { $0.measure.hasPrefix("displaced") })
  }

  @Test func namesOnlyInTheFrenchReport() {
    let only = Set(Self.evening.onlyInFirst.map(\.id))
    #expect(
      only.isSuperset(of: ["concept:anadolu", "concept:hulusi-akar", "concept:hakan-fidan"]))
  }

  @Test func aReportComparedWithItselfHasNoDifference() throws {
    let story = CompareTestSupport.story(["Corpus/idleb-2020-02/fr-echo.txt"])
    let report = try #require(story.first)
    let pairs = report.paragraphs.map {
      ParagraphPair(left: [$0.index], right: [$0.index], score: 1)
    }
    let comparison = ReportComparison(report, report, pairs: pairs, names: CompareTestSupport.names)
    #expect(comparison.first.report != comparison.second.report)
    #expect(comparison.figures.allSatisfy { $0.kind == .same })
    #expect(!comparison.figures.isEmpty)
    #expect(comparison.versions)
    #expect(comparison.edits.isEmpty)
  }
}
