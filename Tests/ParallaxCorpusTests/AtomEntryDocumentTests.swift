import Foundation
import Testing

@testable import ParallaxCorpus

/// An Atom Entry Document (RFC 4287 §4.1.2: `<entry>` is the root, there is no `<feed>`)
/// read as a feed of one item, its `source` giving the outlet (issue 9).
@Suite struct AtomEntryDocumentTests {
  static func load(_ name: String) -> ReportLoader.Result {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/entry/\(name)").path
    return ReportLoader().load([path])
  }

  @Test func anEntryRootIsDetectedAsAtom() {
    let head = Array(
      "<?xml version=\"1.0\"?>\n<!-- one entry -->\n<entry xmlns=\"http://www.w3.org/2005/Atom\">"
        .utf8)
    #expect(FormatDetector.detect(head) == .atom)
    #expect(FormatDetector.detect(Array("<atom:entry xmlns:atom=\"x\">".utf8)) == .atom)
  }

  @Test func readsDateAuthorLinkLanguageAndOutlet() throws {
    let result = Self.load("atom-entry.xml")
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(result.reports.count == 1)
    let report = try #require(result.reports.first)
    #expect(report.format == .atom)
    #expect(report.title == "Mueren 14 personas en un ataque con drones en el norte de Siria")
    #expect(report.published?.iso == "2020-02-27T18:20:00+01:00")
    #expect(report.updated?.iso == "2020-02-28T09:05:00+01:00")
    #expect(report.byline == "Lucía Ferrer")
    #expect(report.url == "https://diario.example/mundo/siria-drones-14")
    #expect(report.guid == "urn:diario:2020-02-27:siria-drones")
    #expect(report.language?.code == "es")
    #expect(report.language?.origin == .declared)
    #expect(report.outlet == "Diario del Sur")
    #expect(report.feed?.link == "https://diario.example/")
    #expect(report.summary == "Un ataque con drones deja 14 muertos ayer en la provincia.")
    #expect(
      report.paragraphs.map(\.text).contains(
        "Al menos 14 personas murieron ayer en un ataque con drones, según la defensa civil."))
    // The source's title is the outlet, never the report's title or a paragraph.
    #expect(!report.plainText.contains("Diario del Sur"))
  }

  /// Loads `xml` written to a temporary file.
  static func loadText(_ xml: String) throws -> ReportLoader.Result {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("entry-\(UUID().uuidString).xml")
    try xml.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    return ReportLoader().load([url.path])
  }

  static func entry(_ inside: String) -> String {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <entry xmlns="http://www.w3.org/2005/Atom">
      <title>Ferry runs aground off the cape</title>
      <id>urn:example:ferry-7</id>
      <updated>2021-05-02T08:00:00Z</updated>
      \(inside)
      <content type="text">Forty passengers were taken off the ferry by lifeboat.</content>
    </entry>
    """
  }

  @Test(arguments: [
    (
      "<link rel=\"alternate\" href=\"https://www.harbourpost.example/news/ferry-7\"/>",
      "harbourpost.example"
    ),
    (
      "<link href=\"http://Coastal.Example:8080/a?b=1\"/><author><name>Ann Lee</name></author>",
      "coastal.example"
    ),
    ("<author><name>Ann Lee</name></author>", "Ann Lee"),
    ("<link href=\"javascript:alert(1)\"/><author><name>Ann Lee</name></author>", "Ann Lee"),
    ("<link href=\"/relative/ferry\"/><author><name>Ann Lee</name></author>", "Ann Lee"),
  ])
  func anEntryWithoutSourceTakesItsOutletFromItsLinkHostElseItsAuthor(
    inside: String, outlet: String
  ) throws {
    let result = try Self.loadText(Self.entry(inside))
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let report = try #require(result.reports.first)
    #expect(report.outlet == outlet)
    #expect(report.plainText.contains("Forty passengers"))
  }

  @Test func aSourceTitleStillWinsOverTheLinkHost() throws {
    let result = try Self.loadText(
      Self.entry(
        """
        <link href="https://mirror.example/ferry-7"/>
        <source><title>Harbour Post</title></source>
        """))
    let report = try #require(result.reports.first)
    #expect(report.outlet == "Harbour Post")
  }

  @Test func anEntryWithoutSourceLinkOrAuthorHasNoOutletButKeepsItsDate() throws {
    let result = Self.load("atom-entry-no-source.xml")
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let report = try #require(result.reports.first)
    #expect(report.format == .atom)
    #expect(report.outlet == nil)
    #expect(report.published == nil)
    #expect(report.updated?.iso == "2020-03-01T12:00:00Z")
    #expect(report.title == "A short notice")
    #expect(report.plainText.contains("Two people were hurt on Sunday."))
  }

  @Test func aTruncatedEntryKeepsWhatItHasWithALocatedDiagnostic() throws {
    let result = Self.load("atom-entry-truncated.xml")
    #expect(result.reports.count == 1)
    let report = try #require(result.reports.first)
    #expect(report.format == .atom)
    #expect(report.published?.iso == "2020-02-27T21:00:00+01:00")
    #expect(report.byline == "Paul Martin")
    #expect(report.language?.code == "fr")
    let problem = try #require(result.diagnostics.first)
    #expect(problem.location.line != nil, "\(result.diagnostics)")
  }
}
