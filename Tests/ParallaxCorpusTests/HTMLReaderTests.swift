import Foundation
import Testing

@testable import ParallaxCorpus

@Suite struct HTMLReaderTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/html")

  static func load(_ name: String) throws -> (Report, [Diagnostic]) {
    let result = ReportLoader().load([fixtures.appendingPathComponent(name).path])
    guard result.reports.count == 1, let report = result.reports.first else {
      throw TestFailure("expected one report from \(name): \(result.diagnostics)")
    }
    return (report, result.diagnostics)
  }

  @Test func readsJSONLDMetadataAndTheArticleText() throws {
    let (report, diagnostics) = try Self.load("jsonld.html")
    #expect(report.format == .html)
    #expect(report.title == "Flood barrier holds as river peaks")
    #expect(report.published?.iso == "2023-01-15T06:30:00Z")
    #expect(report.updated?.iso == "2023-01-15T09:05:00Z")
    #expect(report.byline == "Priya Natarajan, Owen Price")
    #expect(report.outlet == "The Riverside Gazette")
    #expect(report.url == "https://gazette.example/news/flood-barrier-holds")
    #expect(report.summary == "The new barrier kept the town centre dry.")
    #expect(report.language?.code == "en-GB")
    #expect(report.language?.origin == .declared)
    #expect(report.paragraphs.map(\.kind) == [.headline, .lead, .body, .subheading, .body, .body])
    #expect(report.paragraphs[3].text == "Years of delay")
    for junk in ["Home", "Share on X", "barrier at dawn", "River levels", "Copyright", "tracking"] {
      #expect(!report.plainText.contains(junk), "\(junk) leaked into the text")
    }
    #expect(!diagnostics.contains { $0.severity >= .warning })
  }

  @Test func readsOpenGraphTagsAndTheArticleElement() throws {
    let (report, _) = try Self.load("og-article.html")
    #expect(report.title == "Le dernier ferry quitte le vieux quai")
    #expect(report.outlet == "La Gazette du Port")
    #expect(report.url == "https://port.example/2024/03/dernier-ferry")
    #expect(report.published?.iso == "2024-03-02T18:40:00+01:00")
    #expect(report.updated?.iso == "2024-03-03T08:00:00+01:00")
    #expect(report.byline == "Hélène Marchal")
    #expect(report.language?.code == "fr")
    #expect(report.summary?.hasPrefix("Le ferry de 19 heures") == true)
    #expect(report.bodyParagraphs.count == 5)
    #expect(report.bodyParagraphs.map(\.kind).filter { $0 == .subheading }.count == 1)
    for junk in ["lettre d'information", "Quel dommage", "Les plus lus", "Accueil"] {
      #expect(!report.plainText.contains(junk), "\(junk) leaked into the text")
    }
  }

  @Test func findsTheDensestBlockOfParagraphsWithoutMetadata() throws {
    let (report, _) = try Self.load("dense.html")
    #expect(report.title == "Stadtwerke senken den Gaspreis zum ersten April")
    #expect(report.language?.code == "de")
    #expect(report.byline == "Von Jens Albrecht")
    #expect(report.published?.iso == "2024-03-20T10:15:00+01:00")
    #expect(report.bodyParagraphs.first?.text.hasPrefix("Die Stadtwerke senken") == true)
    #expect(report.bodyParagraphs.contains { $0.kind == .subheading })
    #expect(report.bodyParagraphs.count == 5)
    for junk in ["Weitere Meldung", "Leser A", "Teilen", "Impressum", "Lesen Sie auch", "Politik"] {
      #expect(!report.plainText.contains(junk), "\(junk) leaked into the text")
    }
  }

  @Test func decodesADeclaredWindows1252Page() throws {
    let (report, diagnostics) = try Self.load("cp1252.html")
    #expect(report.title == "Hausse des prix à l’hôtel")
    #expect(report.bodyParagraphs.first?.text.contains("95 € en moyenne") == true)
    #expect(report.bodyParagraphs.last?.text.hasPrefix("«\u{A0}C’est trop cher\u{A0}»") == true)
    #expect(!diagnostics.contains { $0.severity >= .warning })
  }

  @Test func decodesADeclaredWindows1251PageThroughIconv() throws {
    let head =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
    let body = "</head><body><p>Мост открыли в пятницу после ремонта.</p></body></html>"
    // Windows-1251: А–я are 0xC0–0xFF, Ё/ё are 0xA8/0xB8.
    var bytes = Array(head.utf8)
    for scalar in body.unicodeScalars {
      switch scalar.value {
      case 0x410...0x44F: bytes.append(UInt8(scalar.value - 0x410 + 0xC0))
      case 0..<0x80: bytes.append(UInt8(scalar.value))
      default: Issue.record("unexpected character \(scalar)")
      }
    }
    let result = ReportLoader().load([try TestInput.bytesFile(bytes, name: "ru.html")])
    let report = try #require(result.reports.first)
    #expect(report.bodyParagraphs.first?.text == "Мост открыли в пятницу после ремонта.")
    #expect(!result.diagnostics.contains { $0.severity >= .warning })
  }

  @Test func fallsBackWhenADeclaredUTF8PageIsNot() throws {
    let html = "<html><head><meta charset=\"utf-8\"></head><body><p>Le thé glacé.</p></body></html>"
    let bytes = [UInt8](html.data(using: .windowsCP1252) ?? Data())
    let result = ReportLoader().load([try TestInput.bytesFile(bytes, name: "liar.html")])
    #expect(result.reports.first?.bodyParagraphs.first?.text == "Le thé glacé.")
    #expect(result.diagnostics.contains { $0.severity == .note && $0.message.contains("utf-8") })
  }

  @Test func decodesAUTF16PageWithABOM() throws {
    let html = "<html lang=\"tr\"><body><p>Köprü cuma günü açıldı.</p></body></html>"
    let bytes: [UInt8] = [0xFF, 0xFE] + html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let result = ReportLoader().load([try TestInput.bytesFile(bytes, name: "utf16.html")])
    #expect(result.reports.first?.bodyParagraphs.first?.text == "Köprü cuma günü açıldı.")
    #expect(result.reports.first?.language?.code == "tr")
  }

  @Test func stripsTheSiteNameFromATitle() {
    #expect(HTMLReader.withoutSiteName("Bridge opens | The Post", "The Post") == "Bridge opens")
    #expect(HTMLReader.withoutSiteName("The Post - Bridge opens", "The Post") == "Bridge opens")
    #expect(HTMLReader.withoutSiteName("Bridge opens", "The Post") == "Bridge opens")
  }

  @Test func decodesAShiftJISPageThroughIconv() throws {
    // 日本語の記事 in Shift_JIS.
    let text: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x8B, 0x4C, 0x8E, 0x96]
    let bytes =
      Array("<html lang=\"ja\"><head><meta charset=\"Shift_JIS\"></head><body><p>".utf8) + text
      + Array("</p></body></html>".utf8)
    let result = ReportLoader().load([try TestInput.bytesFile(bytes, name: "ja.html")])
    #expect(result.reports.first?.bodyParagraphs.first?.text == "日本語の記事")
    #expect(!result.diagnostics.contains { $0.severity >= .warning })
  }

  @Test func decodesUndeclaredLegacyBytesWithANote() throws {
    let html =
      "<html><body><article><p>Le café coûte deux euros à la gare.</p></article></body></html>"
    let bytes = [UInt8](html.data(using: .windowsCP1252) ?? Data())
    let path = try TestInput.bytesFile(bytes, name: "legacy.html")
    let result = ReportLoader().load([path])
    let report = try #require(result.reports.first)
    #expect(report.bodyParagraphs.first?.text == "Le café coûte deux euros à la gare.")
    #expect(result.diagnostics.contains { $0.severity == .note })
  }

  @Test func decodesHTMLEntities() throws {
    let html = """
      <!DOCTYPE html><html lang="fr"><head><title>Entit&eacute;s</title></head><body>
      <article><p>Caf&eacute; &amp; th&eacute;&nbsp;: 3&#8239;000 &euro; &mdash; l&#8217;addition &lt;salée&gt;.</p>
      <p>Second paragraphe &hellip; avec &laquo;&#160;guillemets&#xA0;&raquo;.</p></article></body></html>
      """
    let report = try TestInput.loadOne(html)
    #expect(report.title == "Entités")
    #expect(
      report.bodyParagraphs.first?.text
        == "Café & thé\u{A0}: 3\u{202F}000 € — l’addition <salée>.")
    #expect(
      report.bodyParagraphs.last?.text == "Second paragraphe … avec «\u{A0}guillemets\u{A0}».")
  }

  @Test func readsAMalformedPage() throws {
    let (report, _) = try Self.load("malformed.html")
    #expect(report.title == "Bridge reopens after repairs")
    #expect(report.bodyParagraphs.first?.text.hasPrefix("The old bridge reopened") == true)
    #expect(report.plainText.contains("separate lane"))
  }

  @Test func usesArticleBodyWhenTheMarkupHasLittleText() throws {
    let html = """
      <html><head><script type="application/ld+json">
      [{"@type": "BreadcrumbList"}, {"@type": "ReportageNewsArticle", "headline": "Snow closes the pass",
        "articleBody": "Heavy snow closed the mountain pass on Tuesday night.\\nPloughs will work through the morning, the road authority said.",
        "inLanguage": {"@type": "Language", "name": "English", "alternateName": "en"},
        "author": "Marta Ruiz", "datePublished": "2024-12-03"}]
      </script></head><body><div id="app"><p>Loading…</p></div></body></html>
      """
    let report = try TestInput.loadOne(html)
    #expect(report.title == "Snow closes the pass")
    #expect(report.byline == "Marta Ruiz")
    #expect(report.published?.iso == "2024-12-03")
    #expect(report.language?.code == "en")
    #expect(
      report.bodyParagraphs.map(\.text) == [
        "Heavy snow closed the mountain pass on Tuesday night.",
        "Ploughs will work through the morning, the road authority said.",
      ])
  }

  @Test func joinsSeveralBlocksOfParagraphs() throws {
    let html = """
      <html lang="it"><body>
      <div id="page">
        <div class="x1"><p>Primo blocco: il consiglio comunale ha approvato il bilancio martedì sera.</p>
          <p>Il voto è passato con diciotto sì e dodici no, dopo una seduta di sei ore.</p></div>
        <div class="ad-slot"><p>Pubblicità pubblicità pubblicità pubblicità pubblicità.</p></div>
        <div class="x2"><p>Secondo blocco: le opposizioni hanno chiesto più fondi per le scuole.</p></div>
      </div>
      <div class="links"><p><a href="/1">Altro articolo con un titolo lungo</a></p></div>
      </body></html>
      """
    let report = try TestInput.loadOne(html)
    #expect(report.bodyParagraphs.count == 3)
    #expect(report.bodyParagraphs.last?.text.hasPrefix("Secondo blocco") == true)
    #expect(!report.plainText.contains("Pubblicità"))
    #expect(!report.plainText.contains("Altro articolo"))
  }

  @Test func readsMicrodataBylinesAndDates() throws {
    let html = """
      <html><body><div itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">Tram line opens</h1>
      <span itemprop="author" itemscope><span itemprop="name">Lena Vogt</span></span>
      <meta itemprop="datePublished" content="2022-09-01T07:00:00+02:00">
      <div itemprop="articleBody"><p>The new tram line opened on Thursday with free rides all day.</p>
      <p>Trams will run every six minutes at peak times.</p></div>
      </div></body></html>
      """
    let report = try TestInput.loadOne(html)
    #expect(report.title == "Tram line opens")
    #expect(report.byline == "Lena Vogt")
    #expect(report.published?.iso == "2022-09-01T07:00:00+02:00")
    #expect(report.bodyParagraphs.count == 2)
  }

  @Test func readsEscapedHTMLInsideJSONLD() throws {
    let html = """
      <html><head><script type="application/ld+json">
      {"@type": "NewsArticle", "headline": "Caf&eacute;s &amp; bars reopen",
       "articleBody": "<p>Caf&eacute;s reopened on Monday.</p><h2>Queues</h2><p>Some had queues.</p>"}
      </script></head><body></body></html>
      """
    let report = try TestInput.loadOne(html)
    #expect(report.title == "Cafés & bars reopen")
    #expect(
      report.bodyParagraphs.map(\.text) == [
        "Cafés reopened on Monday.", "Queues", "Some had queues.",
      ])
    #expect(report.bodyParagraphs.map(\.kind) == [.lead, .subheading, .body])
    #expect(CharacterReferences.decode("a &#233; &#xE9; &nope; & b") == "a é é &nope; & b")
  }

  @Test func readsTheMetaLineApartFromTheText() throws {
    let html = """
      <html lang="pt"><body><article class="story"><h1>Ponte reaberta</h1>
      <div class="article-meta"><span class="byline">Rui Costa</span> ·
      <time datetime="2021-05-07T09:00:00+01:00">7 de maio</time></div>
      <p>A ponte foi reaberta ao trânsito na sexta-feira, depois de oito meses de obras.</p>
      <p>Os autocarros voltam a passar na segunda-feira.</p></article></body></html>
      """
    let report = try TestInput.loadOne(html)
    #expect(report.byline == "Rui Costa")
    #expect(report.published?.iso == "2021-05-07T09:00:00+01:00")
    #expect(report.bodyParagraphs.first?.text.hasPrefix("A ponte foi reaberta") == true)
    #expect(!report.plainText.contains("7 de maio"))
  }

  @Test func keepsTheSpacesBetweenInlineElements() throws {
    let report = try TestInput.loadOne(
      "<html><body><article><p><b>Bold</b> <i>italic</i> <a href=\"#\">link</a> <span>span</span>"
        + " end.</p></article></body></html>")
    #expect(report.bodyParagraphs.first?.text == "Bold italic link span end.")
  }

  @Test func warnsWhenAPageHasNoText() throws {
    let result = ReportLoader().load([try TestInput.file("<html><body></body></html>")])
    #expect(result.diagnostics.contains { $0.message.contains("no article text") })
  }

  @Test(arguments: [
    ("<meta charset=\"ISO-8859-1\">", "iso-8859-1"),
    (
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
      "windows-1251"
    ),
    ("<?xml version=\"1.0\" encoding=\"koi8-r\"?><html>", "koi8-r"),
    ("<meta name=\"x\"><p>no declaration</p>", nil),
  ])
  func findsTheDeclaredCharset(head: String, expected: String?) {
    #expect(HTMLDecoding.declaredCharset(Array(head.utf8)) == expected)
  }
}
