import Testing

@testable import ParallaxCompare

/// An earlier count only one report tells — a past figure, or the start of a change — is
/// reported on its side as history; one both reports tell is not.
@Suite struct LoneHistoryTests {
  static let turkish = ReportComparisonTests.compare(
    "en-wire.rss#1", "tr-kuzeyhaber.atom#0",
    align: "¶0↔¶0, ¶1↔¶1, ¶1↔¶2, ¶2↔¶6, ¶3↔¶3, ¶4↔¶4, ¶5↔¶5, ¶6↔¶7, ¶7↔¶8, ¶8↔¶8")

  @Test func theStartOfAChangeOnlyOneReportTellsIsItsHistory() throws {
    let history = Self.turkish.figures.filter { $0.kind == .history }
    let start = try #require(history.first { $0.second?.figure.value.doubleValue == 29 })
    #expect(start.first == nil)
    #expect(start.second?.evidence.paragraph == 2)
    // The evidence is the start's own words (`29'a`), not the whole change.
    let range = try #require(start.second?.evidence.range)
    #expect(range.end - range.start <= 4)
    // Both tell the first toll of 22 (en as its change's start, tr as `en az 22`).
    #expect(!history.contains { ($0.first ?? $0.second)?.figure.value.doubleValue == 22 })
  }

  @Test func aPastFigureTheOtherReportNeverGivesIsHistory() throws {
    let arabic = ReportComparisonTests.compare(
      "en-wire.rss#1", "ar-almasdar.html",
      align: "¶0↔¶0, ¶1↔¶1, ¶1↔¶2, ¶2↔¶3, ¶3↔-, ¶4↔¶4, ¶5↔¶5, ¶6↔-, ¶7↔¶6, ¶8↔¶7")
    let earlier = arabic.figures.filter { $0.kind == .history && $0.second == nil }
    #expect(earlier.map { $0.first?.valueText } == ["> 30"])
    #expect(!arabic.summary.contains("> 30"), "history is no change in the summary line")
  }
}
