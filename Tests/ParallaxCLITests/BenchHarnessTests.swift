import Foundation
import ParallaxCorpus
import Testing

/// Checks the benchmark harness: the generated feed is what the benchmarks claim to load.
@Suite struct BenchHarnessTests {
  /// The built `parallax-bench`, beside `parallax`.
  static var bench: URL {
    CLI.executable.deletingLastPathComponent().appendingPathComponent("parallax-bench")
  }

  @Test func generatedFeedLoadsWithEveryItemAndLanguage() throws {
    let path = try CLI.temporaryFile("", name: "generated.xml")
    let generated = try CLI.run(
      ["generate", path, "--items", "70", "--seed", "7"], executable: Self.bench)
    #expect(generated.status == 0, "\(generated.stderr)")
    #expect(generated.stdout.contains("70 items"))
    let result = ReportLoader().load([path])
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(result.reports.count == 70)
    let cycle = ["fr", "en", "de", "es", "tr", "ar", "ru"]
    var agreeing = 0
    for (index, report) in result.reports.enumerated() {
      #expect(report.guid == "urn:parallax-bench:7:\(index)")
      #expect(report.title?.isEmpty == false)
      #expect(report.published != nil)
      #expect(report.paragraphs.count >= 3)
      for paragraph in report.paragraphs {
        for markup in ["<", "&amp;", "&#", "&lt;"] { #expect(!paragraph.text.contains(markup)) }
      }

      if report.language?.code == cycle[index % cycle.count] { agreeing += 1 }
    }
    let texts = result.reports.flatMap { $0.paragraphs.map(\.text) }
    #expect(texts.contains { $0.contains("’") }, "&amp;#8217; inside escaped HTML decoded")
    #expect(texts.contains { $0.contains(" & ") }, "&amp;amp; inside escaped HTML decoded")
    #expect(result.reports.contains { $0.title?.contains("é") == true })
    print("BenchHarnessTests: \(agreeing)/70 generated items identified as their language")
    #expect(agreeing >= 66)
  }

  @Test func sameSeedGivesTheSameFeed() throws {
    let first = try CLI.temporaryFile("", name: "a.xml")
    let second = try CLI.temporaryFile("", name: "b.xml")
    for path in [first, second] {
      let result = try CLI.run(["generate", path, "--items", "15"], executable: Self.bench)
      #expect(result.status == 0)
    }
    let a = try Data(contentsOf: URL(fileURLWithPath: first))
    let b = try Data(contentsOf: URL(fileURLWithPath: second))
    #expect(a == b)
    #expect(a.count > 15 * 600)
  }

  @Test func feedBenchmarkCountsTheReports() throws {
    let path = try CLI.temporaryFile("", name: "bench.xml")
    _ = try CLI.run(["generate", path, "--items", "40"], executable: Self.bench)
    let result = try CLI.run(
      ["feed", path, "--runs", "1", "--no-xmllint", "--no-feedparser"], executable: Self.bench)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("reports=40"))
    #expect(result.stdout.contains("valid=true"))
  }
}
