import Foundation
import Testing

/// `parallax compare` end to end: the built binary aligns two reports and shows what differs.
@Suite struct CompareCommandTests {
  static let story = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpus/idleb-2020-02").path

  @Test func theUpdateIsAVersionWithItsRevisedTolls() throws {
    let result = try CLI.run([
      "compare", Self.story + "/en-wire.rss#0", Self.story + "/en-wire.rss#1", "--color", "never",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("versions of one text"))
    #expect(result.stdout.contains("> 30 → 34 (revised)"))
    #expect(result.stdout.contains("≥ 22 → 33 (revised) · source: Turkish officials → Rahmi Dogan"))
    #expect(result.stdout.contains("{+Thirty-three+}"))
    #expect(result.stdout.contains("(only in the second)"))
  }

  @Test func twoLanguagesAgreeOnTheEveningTolls() throws {
    let result = try CLI.run([
      "compare", Self.story + "/fr-quotidien.txt", Self.story + "/en-wire.rss#0", "--format",
      "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let figures = try #require(json["figures"] as? [[String: Any]])
    let toll = figures.filter { ($0["measure"] as? String) == "killed × soldiers × turkish" }
    #expect(!toll.isEmpty)
    #expect(toll.allSatisfy { ($0["kind"] as? String) == "same" })
    #expect((json["versions"] as? Bool) == false)
  }

  @Test func oneReportIsAnError() throws {
    let result = try CLI.run(["compare", Self.story + "/fr-echo.txt", "/nonexistent/report.txt"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("needs two reports"))
  }
}
