import Foundation
import Testing

@testable import ParallaxCorpus

/// The language an NITF document declares (issue 9): `baselang` on `<nitf>` or `<body>`, and
/// `xml:lang`, is the report's language, with origin `declared`.
@Suite struct NITFLanguageTests {
  static func load(_ name: String) -> ReportLoader.Result {
    NewsMLReaderTests.load(name)
  }

  @Test(arguments: [
    ("nitf-baselang.xml", "de-DE"), ("nitf-body-baselang.xml", "tr"),
    ("nitf-lang-precedence.xml", "es-ES"),
  ])
  func theDeclaredLanguageIsKept(name: String, code: String) throws {
    let result = Self.load(name)
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let report = try #require(result.reports.first)
    #expect(report.format == .nitf)
    #expect(report.language?.code == code)
    #expect(report.language?.origin == .declared)
  }

  @Test func anIllFormedDocumentKeepsItsBaselang() throws {
    let result = Self.load("nitf-baselang-illformed.xml")
    let report = try #require(result.reports.first)
    #expect(report.language?.code == "ru")
    #expect(report.language?.origin == .declared)
    #expect(report.plainText.contains("эвакуировали 60 человек"))
    #expect(result.diagnostics.contains { $0.message.contains("ill-formed XML") })
  }

  @Test func baselangInsideANewsMLG2ItemIsTheItemsLanguage() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:g2-nitf-baselang">
        <itemMeta><itemClass qcode="ninat:text"/>
          <firstCreated>2020-02-28T10:00:00+03:00</firstCreated></itemMeta>
        <contentSet><inlineXML contenttype="application/nitf+xml">
          <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" baselang="ar">
            <body><body.content><p>قتل 33 جنديا تركيا في غارة جوية على إدلب.</p></body.content></body>
          </nitf>
        </inlineXML></contentSet>
      </newsItem>
      """
    let result = ReportLoader().load([try TestInput.file(xml, name: "g2.xml")])
    let report = try #require(result.reports.first)
    #expect(report.language?.code == "ar")
    #expect(report.language?.origin == .declared)
  }
}
