import Foundation
import Testing

/// `diff` and `compare` on a feed holding one item in three versions (newest first in the
/// file): both take them in time order and say what changed from version to version.
@Suite struct VersionsCommandTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("ParallaxCompareTests/Fixtures")

  static let feeds = ["kelmar-versions.rss", "kelmar-versions.atom"]

  @Test(arguments: feeds) func diffSaysWhatChangedVersionToVersion(feed: String) throws {
    let path = Self.fixtures.appendingPathComponent(feed).path
    let result = try CLI.run(["diff", path, "--color", "never", "--width", "120"])
    #expect(result.status == 0, "\(result.stderr)")
    let out = result.stdout
    #expect(out.contains("VERSIONS"))
    #expect(out.contains("≥ 22 → 29 → 33"), "\(out)")
    let early = try #require(out.range(of: "13 Mar 21:10Z"))
    let late = try #require(out.range(of: "14 Mar 18:30Z"))
    #expect(early.lowerBound < late.lowerBound, "the timeline is in time order")
  }

  @Test(arguments: feeds) func compareOfTheFeedComparesEachVersionWithTheNext(feed: String) throws {
    let path = Self.fixtures.appendingPathComponent(feed).path
    let result = try CLI.run(["compare", path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let steps = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(steps.count == 2)
    let summaries = steps.compactMap { $0["summary"] as? String }
    #expect(summaries.count == 2)
    #expect(summaries.first?.contains("≥ 22 → 29") == true, "\(summaries)")
    #expect(summaries.last?.contains("29 → 33") == true, "\(summaries)")
    #expect(steps.allSatisfy { ($0["versions"] as? Bool) == true })
  }

  @Test func twoVersionsGivenNewestFirstAreShownOldestFirst() throws {
    let path = Self.fixtures.appendingPathComponent("kelmar-versions.rss").path
    let result = try CLI.run([
      "compare", path + "#0", path + "#1", "--color", "never", "--width", "120",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("versions shown oldest first"))
    #expect(result.stdout.contains("changed: killed"), "\(result.stdout)")
    #expect(result.stdout.contains("≥ 22 → 33"))
  }
}
