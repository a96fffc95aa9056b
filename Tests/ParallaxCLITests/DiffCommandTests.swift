import Foundation
import Testing

/// `parallax diff` end to end: the built binary on a Corpus story and on bad input.
@Suite struct DiffCommandTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func theStoryFolderGivesTheTollsAndTheirSources() throws {
    let folder = Self.root.appendingPathComponent("Corpus/idleb-2020-02").path
    let seed = Self.root.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
    let result = try CLI.run(["diff", folder, seed, "--color", "never"])
    #expect(result.status == 0, "\(result.stderr)")
    let out = result.stdout
    #expect(out.contains("KILLED × SOLDIERS × TURKISH"))
    for value in ["≥ 22", "29", "33", "34", "> 30"] { #expect(out.contains(value)) }
    #expect(out.contains("Syrian Observatory for Human Rights"))
    #expect(out.contains("≠ disagreement at the same time: 33"))
    #expect(out.contains("TIMELINE"))
    #expect(!out.contains("\u{1B}["), "no colour with --color never")
  }

  @Test func jsonCarriesEvidence() throws {
    let folder = Self.root.appendingPathComponent("Corpus/helior-karayel-2025-06").path
    let result = try CLI.run(["diff", folder, "--format", "json"])
    #expect(result.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let measures = try #require(json["measures"] as? [[String: Any]])
    #expect(measures.count >= 5)
    let mention = try #require((measures.first?["mentions"] as? [[String: Any]])?.first)
    let evidence = try #require(mention["evidence"] as? [String: Any])
    #expect(evidence["factID"] is String)
    #expect(evidence["range"] != nil)
  }

  @Test func oneReportIsAWarningNotAFailure() throws {
    let path = try CLI.temporaryFile("Flood toll\n\nAt least 12 people were killed, police said.\n")
    let result = try CLI.run(["diff", path, "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("warning: only 1 report: nothing to compare"))
  }

  @Test func anUnreadableInputIsReportedAndTheRestCompared() throws {
    let good = try CLI.temporaryFile("Flood toll\n\nAt least 12 people were killed, police said.\n")
    let result = try CLI.run(["diff", good, "/nonexistent/report.txt", "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/nonexistent/report.txt: error: no such file or folder"))
    #expect(result.stdout.contains("1 report"))
  }

  @Test func aTooNarrowWidthIsAUsageError() throws {
    let result = try CLI.run(["diff", "x.txt", "--width", "10"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--width must be at least 40"))
  }
}
