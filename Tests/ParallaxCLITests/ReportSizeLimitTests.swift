import Foundation
import Testing

/// One report too large for the facts stage, which holds all of a report's facts in memory
/// at once: a clear error naming it and the paragraph that crosses the limit, the other
/// reports read as usual, exit status 1 (issue 11; BENCHMARKS.md, "One large report").
@Suite struct ReportSizeLimitTests {
  /// A plain-text report of about `kilobytes` kB, every paragraph with a figure and a source.
  static func report(kilobytes: Int) -> String {
    var text = "title Harbour strike\nlang en\n\n"
    var index = 0
    while text.utf8.count < kilobytes * 1000 {
      text += "At least \(index % 90 + 2) dockers walked out at berth \(index), the union said.\n\n"
      index += 1
    }
    return text
  }

  static let small = "title Ferry\nlang en\n\nAt least 12 people were hurt, the coast guard said.\n"

  @Test(arguments: ["facts", "diff"])
  func aReportOverTheLimitIsRefusedAndTheOthersRead(command: String) throws {
    let big = try CLI.temporaryFile(Self.report(kilobytes: 1_300), name: "big.txt")
    let small = try CLI.temporaryFile(Self.small, name: "small.txt")
    let result = try CLI.run(
      [command, big, small, "--color", "never"], environment: ["PARALLAX_MAX_REPORT_MB": "1"])
    #expect(result.status == 1, "\(result.stderr)")
    let line = try #require(
      result.stderr.split(separator: "\n").first {
        $0.contains("big.txt") && $0.contains("error:")
      },
      "\(result.stderr)")
    #expect(line.contains("1.3 MB of text, over the 1 MB"))
    #expect(line.contains("¶"))
    #expect(!result.stderr.contains("small.txt: error"))
    if command == "facts" {
      #expect(result.stdout.contains("people were hurt, the coast guard"))
      #expect(!result.stdout.contains("dockers walked out"))
    }
  }

  @Test func underTheLimitNothingIsSaid() throws {
    let big = try CLI.temporaryFile(Self.report(kilobytes: 1_300), name: "big.txt")
    let result = try CLI.run(
      ["facts", big, "--format", "json", "-o", "/dev/null"],
      environment: ["PARALLAX_MAX_REPORT_MB": "2"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains("error"))
  }
}
