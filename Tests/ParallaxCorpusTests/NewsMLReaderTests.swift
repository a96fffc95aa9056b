import Foundation
import ParallaxTestSupport
import ParallaxXML
import Testing

@testable import ParallaxCorpus

@Suite struct NewsMLReaderTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/newsml")

  static func load(_ name: String) -> ReportLoader.Result {
    ReportLoader().load([fixtures.appendingPathComponent(name).path])
  }

  @Test func readsAStandAloneNITFDocument() throws {
    let result = Self.load("nitf-own.xml")
    let report = try #require(result.reports.first)
    #expect(result.reports.count == 1)
    #expect(report.format == .nitf)
    #expect(report.title == "Le port de Brest rouvre après trois jours de tempête")
    #expect(report.published?.iso == "2020-02-27T20:15:00+01:00")
    #expect(report.language?.code == "fr-FR")
    #expect(report.language?.origin == .declared)
    #expect(report.byline == "Par Anne Kervella")
    #expect(report.dateline == "BREST, 27 février")
    #expect(report.guid == "urn:test:parallax:nitf:0001")
    #expect(report.credit == "Agence Bretonne")
    #expect(report.outlet == "Le Courrier de l'Ouest")
    #expect(report.paragraphs.map(\.kind) == [.headline, .lead, .body, .subheading, .body, .body])
    #expect(report.paragraphs[3].text == "Des quais endommagés")
    // Captions, taglines and the editorial message are not story text.
    #expect(!report.plainText.contains("grue renversée sur le quai"))
    #expect(!report.plainText.contains("Quimper"))
    #expect(!report.plainText.contains("NE PAS PUBLIER"))
    #expect(!result.hasErrors)
  }

  @Test func leavesEditorialNotesAndNonPublicPartsOut() throws {
    let result = Self.load("newsitem-ednote.xml")
    let report = try #require(result.reports.first)
    let dump = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
    #expect(!dump.contains("SECRET"))
    #expect(report.title == "Harbour reopens after three-day storm")
    #expect(report.guid == "urn:test:parallax:g2:0002")
    #expect(report.outlet == "Harbour Wire")
    #expect(report.credit == "Harbour Wire")
    #expect(report.byline == "By Tom Ashdown")
    #expect(report.dateline == "PLYMOUTH")
    #expect(report.url == "https://example.org/news/harbour-reopens")
    #expect(report.summary == "Ships queued outside the harbour wall all night.")
    #expect(report.published?.iso == "2021-03-04T08:00:00Z")
    #expect(report.updated?.iso == "2021-03-04T10:30:00Z")
    #expect(report.language?.code == "en-GB")
    #expect(report.paragraphs.map(\.kind) == [.headline, .lead, .body, .subheading, .body])
    #expect(report.paragraphs[3].text == "Damage on the quays")
  }

  @Test func givesOneReportPerItemOfAMessage() throws {
    let result = Self.load("message-two-items.xml")
    #expect(result.reports.count == 2)
    let first = try #require(result.reports.first)
    let second = try #require(result.reports.last)
    #expect(first.item == 0)
    #expect(second.item == 1)
    #expect(first.id.hasSuffix("message-two-items.xml#0"))
    #expect(first.guid == "urn:test:parallax:g2:msg-1")
    #expect(first.language?.code == "de")
    #expect(first.outlet == "TESTAGENTUR")
    #expect(first.published?.iso == "2022-05-06T11:45:00+02:00")
    #expect(first.bodyParagraphs.count == 2)
    #expect(second.language?.code == "es")
    #expect(second.outlet == "Agencia de Prueba")
    #expect(
      second.bodyParagraphs.map(\.text) == [
        "El puerto de Vigo reabrió el viernes tras dos días de temporal.",
        "Los pescadores volverán a faenar el lunes.",
      ])
    let selected = ReportLoader().load([
      Self.fixtures.appendingPathComponent("message-two-items.xml").path
        + "#urn:test:parallax:g2:msg-2"
    ])
    #expect(selected.reports.map(\.title) == ["Reabre el puerto de Vigo"])
  }

  @Test func reportsAnIllFormedDocumentWithItsPositionAndKeepsWhatItCan() throws {
    let result = Self.load("illformed.xml")
    let report = try #require(result.reports.first)
    #expect(report.title == "Riapre il porto di Genova")
    #expect(report.bodyParagraphs.first?.text.hasPrefix("Il porto di Genova") == true)
    #expect(report.plainText.contains("I traghetti per la Sardegna ripartono domenica."))
    let diagnostic = try #require(result.diagnostics.first { $0.message.contains("ill-formed") })
    #expect(diagnostic.location.line == 13)
    #expect(diagnostic.location.column != nil)
    #expect(diagnostic.description.contains("illformed.xml:13:"))
  }

  @Test func neverExpandsExternalEntities() throws {
    let secret = try TestInput.file("TOP-SECRET-CONTENT-42\n", name: "secret.txt")
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE newsItem [
        <!ENTITY xxe SYSTEM "file://\(secret)">
        <!ENTITY % remote SYSTEM "file://\(secret)">
        %remote;
      ]>
      <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" xml:lang="en">
        <itemMeta><versionCreated>2020-01-01T00:00:00Z</versionCreated></itemMeta>
        <contentMeta><headline>Leak &xxe; here</headline></contentMeta>
        <contentSet><inlineData>Body &xxe; text.</inlineData></contentSet>
      </newsItem>
      """
    let result = ReportLoader().load([try TestInput.file(xml, name: "xxe.xml")])
    let dump = String(
      decoding: try JSONEncoder().encode(result.reports), as: UTF8.self)
    #expect(result.reports.count == 1)
    #expect(!dump.contains("TOP-SECRET"))
    #expect(!result.diagnostics.description.contains("TOP-SECRET"))
    #expect(result.diagnostics.contains { $0.message.contains("&xxe;") })
  }

  @Test func refusesAnEntityBomb() throws {
    var doctype = "<!ENTITY a0 \"lol lol lol lol lol lol lol lol lol lol\">\n"
    for level in 1...12 {
      let ref = "&a\(level - 1);"
      doctype += "<!ENTITY a\(level) \"\(String(repeating: ref, count: 10))\">\n"
    }
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE newsItem [
      \(doctype)]>
      <newsItem guid="urn:bomb" xml:lang="en">
        <contentMeta><headline>Bomb &a12;</headline></contentMeta>
      </newsItem>
      """
    var loaded: ReportLoader.Result?
    let seconds = try ThreadCPUTime.measure {
      loaded = ReportLoader().load([try TestInput.file(xml, name: "bomb.xml")])
    }
    #expect(seconds < 5)
    let result = try #require(loaded)
    let text = result.reports.map(\.plainText).joined()
    #expect(text.count < 10_000)
    #expect(result.diagnostics.contains { $0.message.contains("entity expansion refused") })
  }

  @Test func replacesBadUTF8BytesAndKeepsTheRest() throws {
    let head = """
      <?xml version="1.0" encoding="UTF-8"?>
      <newsItem guid="urn:bad" xml:lang="en"><contentMeta><headline>Bad byte</headline>
      </contentMeta><contentSet><inlineXML><nitf><body><body.content>
      <p>First paragraph with a bad byte: 
      """
    let tail =
      "</p>\n<p>Second paragraph survives.</p></body.content></body></nitf></inlineXML>"
      + "</contentSet></newsItem>\n"
    let bytes = Array(head.utf8) + [0xE9, 0x21] + Array(tail.utf8)
    let result = ReportLoader().load([try TestInput.bytesFile(bytes, name: "bad.xml")])
    let report = try #require(result.reports.first)
    #expect(report.bodyParagraphs.last?.text == "Second paragraph survives.")
    let warning = try #require(result.diagnostics.first { $0.message.contains("not UTF-8") })
    #expect(warning.location.line == 4)
    #expect(warning.location.column == (head.split(separator: "\n").last?.utf8.count ?? 0) + 1)
  }

  @Test func leavesDocumentsInOtherEncodingsToLibxml2() throws {
    let xml =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<nitf xml:lang=\"fr\"><body>"
      + "<body.head><hedline><hl1>Caf\u{E9}</hl1></hedline></body.head><body.content>"
      + "<p>Le th\u{E9} est servi.</p></body.content></body></nitf>"
    let bytes = xml.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    #expect(UTF8Repair.repair(bytes).firstBad == nil)
    let result = ReportLoader().load([try TestInput.bytesFile(bytes, name: "latin1.xml")])
    #expect(result.reports.first?.title == "Café")
    #expect(result.reports.first?.bodyParagraphs.first?.text == "Le thé est servi.")
  }

  @Test func decodesHTMLNamedEntitiesWithoutADTD() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:e" xml:lang="fr">
        <itemMeta><versionCreated>2020-01-01T00:00:00Z</versionCreated></itemMeta>
        <contentMeta><headline>Caf&eacute; cr&egrave;me&nbsp;: 3&#160;&euro;</headline></contentMeta>
        <contentSet><inlineData>Le caf&eacute; &amp; le th&eacute; &bogus; fin.</inlineData></contentSet>
      </newsItem>
      """
    let result = ReportLoader().load([try TestInput.file(xml, name: "entities.xml")])
    let report = try #require(result.reports.first)
    #expect(report.title == "Café crème\u{A0}: 3\u{A0}€")
    #expect(report.bodyParagraphs.first?.text.hasPrefix("Le café & le thé") == true)
    #expect(result.diagnostics.contains { $0.severity == .note && $0.message.contains("entities") })
  }

  @Test func substitutesOnlyUndeclaredHTMLEntities() {
    let input =
      "<!DOCTYPE x [<!ENTITY mine \"m\">]><x>&mine; &amp; &eacute; &#233; & a;"
      + "<![CDATA[&eacute;]]><!-- &eacute; --></x>"
    let (bytes, count) = XMLEntitySubstitution.substitute(in: Array(input.utf8))
    #expect(count == 1)
    #expect(
      String(decoding: bytes, as: UTF8.self)
        == "<!DOCTYPE x [<!ENTITY mine \"m\">]><x>&mine; &amp; &#233; &#233; & a;"
        + "<![CDATA[&eacute;]]><!-- &eacute; --></x>")
  }

  @Test(arguments: [
    ("20200227T201500+0100", "2020-02-27T20:15:00+01:00"),
    ("20200227T2015Z", "2020-02-27T20:15Z"),
    ("20200227", "2020-02-27"),
    ("2020-02-27T20:15:00-05:00", "2020-02-27T20:15:00-05:00"),
  ])
  func readsCompactAndExtendedDates(input: String, expected: String) {
    #expect(NewsMLDate.parse(input)?.iso == expected)
  }

  @Test func rejectsWhatIsNotADate() {
    #expect(NewsMLDate.parse("2020227T2015") == nil)
    #expect(NewsMLDate.parse("yesterday") == nil)
  }
}
