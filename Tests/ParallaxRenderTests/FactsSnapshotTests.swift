import Foundation
import ParallaxCorpus
import ParallaxFacts
import Testing

@testable import ParallaxRender

/// The facts of one Corpus report in the four formats, against golden files.
@Suite struct FactsSnapshotTests {
  static let reportPath = "Corpus/idleb-2020-02/fr-quotidien.txt"

  /// The report analyzed, its id and path relative to the repository (the same in every
  /// clone).
  static let analyzed: AnalyzedReport? = {
    let path = RenderFixtures.root.appendingPathComponent(reportPath).path
    guard var report = RenderFixtures.reports(path).reports.first else { return nil }
    report.id = reportPath
    report.path = reportPath
    return RenderFixtures.extractor.analyze(report)
  }()

  @Test(arguments: [
    (RenderFormat.text, "facts-fr-quotidien.txt"),
    (RenderFormat.markdown, "facts-fr-quotidien.md"),
    (RenderFormat.html, "facts-fr-quotidien.html"),
    (RenderFormat.json, "facts-fr-quotidien.json"),
  ])
  func factsOfOneReport(_ format: RenderFormat, _ snapshot: String) throws {
    let report = try #require(Self.analyzed, "\(Self.reportPath) loads")
    let output = StreamRenderer<AnalyzedReport>.facts(format).render(all: [report])
    try Snapshot.check(output, named: snapshot)
  }

  @Test func colouredTextIsThePlainTextWithEscapes() throws {
    let report = try #require(Self.analyzed)
    let plain = FactsText.render(report)
    let coloured = FactsText.render(report, style: TerminalStyle(enabled: true))
    #expect(coloured != plain)
    let stripped = coloured.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(stripped == plain)
  }

  @Test func theJSONReadsBackAsTheSameValue() throws {
    let report = try #require(Self.analyzed)
    let json = StreamRenderer<AnalyzedReport>.facts(.json).render(all: [report])
    let decoded = try JSONDecoder().decode([AnalyzedReport].self, from: Data(json.utf8))
    #expect(decoded == [report])
  }
}
