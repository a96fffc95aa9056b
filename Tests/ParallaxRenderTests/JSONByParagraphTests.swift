import Foundation
import ParallaxCorpus
import ParallaxFacts
import Testing

@testable import ParallaxRender

/// The facts JSON written paragraph by paragraph (so that a large report's JSON is never
/// held whole) is byte for byte the JSON of the whole report.
@Suite struct JSONByParagraphTests {
  @Test(arguments: [
    "Corpus/idleb-2020-02", "Corpus/helior-karayel-2025-06",
    "Tests/ParallaxCompareTests/Fixtures/story4",
  ])
  func theStreamedJSONIsTheWholeReportsJSON(folder: String) {
    let reports = RenderFixtures.analyzed(RenderFixtures.root.appendingPathComponent(folder).path)
    #expect(reports.count >= 5)
    for report in reports {
      var streamed = ""
      JSONRendering.encodeByParagraph(report) { streamed += $0 }
      #expect(streamed == JSONRendering.encode(report), "\(report.id)")
    }
  }

  @Test func aReportWithoutParagraphsIsWrittenWhole() {
    let empty = AnalyzedReport(
      Report(id: "empty", path: "empty", format: .text, paragraphs: []),
      facts: ReportFacts(reportID: "empty", language: "en"))
    var streamed = ""
    JSONRendering.encodeByParagraph(empty) { streamed += $0 }
    #expect(streamed == JSONRendering.encode(empty))
  }

  @Test func theFactsRendererHandsAReportOverInParts() {
    let reports = RenderFixtures.analyzed(
      RenderFixtures.root.appendingPathComponent("Corpus/idleb-2020-02/fr-quotidien.txt").path)
    let renderer = StreamRenderer<AnalyzedReport>.facts(.json)
    guard let report = reports.first else {
      Issue.record("no report")
      return
    }
    var parts = 0
    renderer.write(report, at: 0) { _ in parts += 1 }
    #expect(parts >= report.paragraphs.count)
    #expect(renderer.render(report, at: 0) == "\n" + JSONRendering.encode(report))
  }
}
