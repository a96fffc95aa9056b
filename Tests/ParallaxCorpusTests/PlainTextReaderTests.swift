import Foundation
import Testing

@testable import ParallaxCorpus

@Suite struct PlainTextReaderTests {
  @Test func readsInlineMetadataBeforeTheLead() throws {
    let report = try TestInput.loadOne(
      " date 2020-02 Des raids ont fait au moins 22 morts.\n\nDeuxième paragraphe.\n")
    #expect(report.published?.iso == "2020-02")
    #expect(
      report.paragraphs.map(\.text) == [
        "Des raids ont fait au moins 22 morts.", "Deuxième paragraphe.",
      ])
    #expect(report.paragraphs.map(\.kind) == [.lead, .body])
  }

  @Test func readsMetadataLinesWithOrWithoutColons() throws {
    let report = try TestInput.loadOne(
      "\u{FEFF}title: Un titre\r\noutlet Le Quotidien\r\nlang fr\r\nurl https://example.org/a\r\n\r\nLe texte.  \r\n"
    )
    #expect(report.title == "Un titre")
    #expect(report.outlet == "Le Quotidien")
    #expect(report.language?.code == "fr")
    #expect(report.language?.origin == .declared)
    #expect(report.url == "https://example.org/a")
    #expect(report.paragraphs.map(\.kind) == [.headline, .lead])
    #expect(report.paragraphs.last?.text == "Le texte.")
  }

  @Test func aCapitalizedWordIsNotAKey() throws {
    let report = try TestInput.loadOne("Title fights continue in the league.\n\nMore text.\n")
    #expect(report.title == nil)
    #expect(report.paragraphs.first?.text == "Title fights continue in the league.")
  }

  @Test func marksIntertitlesAsSubheadings() throws {
    let report = try TestInput.loadOne(
      "Premier paragraphe du texte.\n\nPourparlers entre responsables\n\nSuite du texte.\n")
    #expect(report.paragraphs.map(\.kind) == [.lead, .subheading, .body])
  }

  @Test func foldsLinesOfAParagraphAndWhitespace() throws {
    let report = try TestInput.loadOne("Une ligne\ncoupée\u{AD}s   ici\u{200B}.\n\n\n\nFin.")
    #expect(report.paragraphs.first?.text == "Une ligne coupées ici.")
  }

  @Test func keepsNoBreakSpacesInNumbers() throws {
    let report = try TestInput.loadOne("Il y a 1\u{A0}000 morts et 2\u{202F}500 blessés.")
    #expect(report.paragraphs.first?.text == "Il y a 1\u{A0}000 morts et 2\u{202F}500 blessés.")
  }

  @Test func recordsAWireDateline() throws {
    let report = try TestInput.loadOne("ANKARA (AFP) - Turkey said on Thursday that it would act.")
    #expect(report.dateline == "ANKARA (AFP)")
    #expect(report.credit == "AFP")
  }
}

/// Writes test input to a temporary file and loads it.
enum TestInput {
  static func file(_ text: String, name: String = "input.txt") throws -> String {
    try bytesFile(Array(text.utf8), name: name)
  }

  static func bytesFile(_ bytes: [UInt8], name: String = "input.txt") throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  static func loadOne(_ text: String) throws -> Report {
    let result = ReportLoader().load([try file(text)])
    guard result.reports.count == 1, let report = result.reports.first else {
      throw TestFailure("expected one report, got \(result.reports.count): \(result.diagnostics)")
    }
    return report
  }
}

struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
