import Foundation
import Testing

@testable import ParallaxCompare

/// A feed holding one item in three versions (one GUID, three times, newest first in the
/// file): the diff takes them in time order and says what changed from each to the next.
@Suite struct VersionChainTests {
  static let feeds = [
    "Tests/ParallaxCompareTests/Fixtures/kelmar-versions.rss",
    "Tests/ParallaxCompareTests/Fixtures/kelmar-versions.atom",
  ]

  @Test(arguments: feeds) func theDiffTakesTheVersionsInTimeOrder(feed: String) throws {
    let diff = CompareTestSupport.diff([feed])
    #expect(
      diff.reports.map(\.utc) == ["2027-03-13T21:10Z", "2027-03-14T07:45Z", "2027-03-14T18:30Z"])
    let chain = try #require(diff.versions.first)
    #expect(diff.versions.count == 1)
    #expect(chain.reports == diff.reports.map(\.report))
    #expect(chain.steps.count == 2)
    let toll = try #require(chain.changes.first { $0.hasPrefix("killed") })
    #expect(toll.contains("≥ 22 → 29 → 33"), "\(chain.changes)")
    #expect(chain.steps[0].summary.contains("≥ 22 → 29"), "\(chain.steps[0].summary)")
    #expect(chain.steps[1].summary.contains("29 → 33"), "\(chain.steps[1].summary)")
    #expect(!chain.steps[1].summary.contains("22"))
  }

  @Test(arguments: feeds) func theSeriesOfTheGovernorRises(feed: String) throws {
    let diff = CompareTestSupport.diff([feed])
    let group = try #require(diff.measures.first { $0.key.hasPrefix("killed") })
    let series = try #require(group.series.first { $0.source.isNamed })
    #expect(series.values == ["≥ 22", "29", "33"])
    #expect(series.trend == .rose)
    #expect(group.disagreements.isEmpty)
  }

  @Test func twoVersionsGivenNewestFirstAreComparedOldestFirst() throws {
    let story = CompareTestSupport.story([Self.feeds[0]])
    // The file holds the newest version first.
    let newest = try #require(story.first { $0.id.hasSuffix("#0") })
    let oldest = try #require(story.first { $0.id.hasSuffix("#1") })
    #expect(ReportComparison.isEarlierVersion(oldest, of: newest))
    #expect(!ReportComparison.isEarlierVersion(newest, of: oldest))
    let order = try #require(ReportComparison.versionsInOrder(story))
    #expect(order.map(\.id) == [oldest.id, story[2].id, newest.id])
    let comparison = ReportComparison(oldest, newest, pairs: [], names: CompareTestSupport.names)
    #expect(comparison.versions)
    #expect(comparison.summary.contains("≥ 22 → 33"), "\(comparison.summary)")
  }

  @Test func versionsWithANewIDEachAndOneLinkAreOneItem() throws {
    // The Hélior story's Atom feed: two entries, ids `…:v1` and `…:v2`, one link.
    let diff = CompareTestSupport.diff(["Corpus/helior-karayel-2025-06"])
    #expect(diff.versions.count == 1)
    let chain = try #require(diff.versions.first)
    #expect(chain.reports.allSatisfy { $0.contains("fr-quotidien.atom#") })
    #expect(chain.reports.count == 2)
    #expect(chain.reports.first?.hasSuffix("#0") == true)
    let step = try #require(chain.steps.first)
    #expect(step.summary.contains("(denied)"), "\(step.summary)")
    #expect(step.summary.contains("+ 9.8 %"), "\(step.summary)")
  }

  @Test func reportsOfTwoItemsAreNoVersions() {
    let story = CompareTestSupport.story(["Corpus/idleb-2020-02/en-wire.rss"])
    #expect(ReportComparison.versionsInOrder(story) == nil)
    #expect(CompareTestSupport.diff(["Corpus/idleb-2020-02/en-wire.rss"]).versions.isEmpty)
  }
}
