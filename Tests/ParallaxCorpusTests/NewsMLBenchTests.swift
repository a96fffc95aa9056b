import Foundation
import Testing

@testable import ParallaxCorpus

/// Every public NewsML-G2 / NITF example in ../shared/bench/newsml loads with a headline,
/// paragraphs, a language and a date.
@Suite struct NewsMLBenchTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/bench/newsml")

  static var files: [String] {
    ReportLoader.reportFiles(in: folder.path).filter { $0.hasSuffix(".xml") }
  }

  @Test func theBenchFolderIsThere() {
    #expect(Self.files.count >= 5, "expected the IPTC and dpa examples in \(Self.folder.path)")
  }

  @Test(arguments: files)
  func loadsWithHeadlineParagraphsLanguageAndDate(path: String) throws {
    let result = ReportLoader().load([path])
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(!result.reports.isEmpty)
    let source = try String(contentsOfFile: path, encoding: .utf8)
    for report in result.reports {
      #expect(report.title?.isEmpty == false)
      #expect(report.paragraphs.first?.kind == .headline)
      #expect(report.language?.origin == .declared)
      #expect(report.published != nil)
      #expect(report.guid != nil)
      #expect(report.outlet != nil)
      // A source with paragraphs of text gives body paragraphs (one IPTC listing has an
      // empty inlineXML, on purpose).
      if source.contains("<p>") || source.contains("<p ") {
        #expect(report.bodyParagraphs.count >= 2)
      }
      // Editorial notes never leak into a report.
      #expect(!report.plainText.contains("Note to editors"))
      #expect(!report.plainText.contains("Redaktion:"))
      #expect(!report.plainText.contains("nicht zur Veröffentlichung"))
    }
  }
}
