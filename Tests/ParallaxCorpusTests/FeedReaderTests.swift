import Foundation
import Testing

@testable import ParallaxCorpus

/// The feed reader on fixtures written for it: RSS 2.0, RSS 1.0 (RDF), Atom 1.0.
@Suite struct FeedReaderTests {
  static func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/feeds/\(name)").path
  }

  static func load(_ name: String) -> ReportLoader.Result {
    ReportLoader().load([fixture(name)])
  }

  @Test func readsRSS20ItemsWithChannelMetadata() throws {
    let result = Self.load("rss20.xml")
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(result.reports.count == 2)
    let first = try #require(result.reports.first)
    #expect(first.format == .rss)
    #expect(first.outlet == "Le Quotidien du Nord")
    #expect(first.feed?.version == "rss20")
    #expect(first.feed?.link == "https://quotidien.example/")
    #expect(first.feed?.language == "fr-FR")
    #expect(first.title == "Idleb\u{A0}: au moins 33 soldats turcs tués")
    #expect(first.url == "https://quotidien.example/idleb-33")
    #expect(first.guid == "urn:quotidien:2020-02-27-idleb")
    #expect(first.byline == "Marie Durand")
    #expect(first.published?.iso == "2020-02-27T23:40:00+01:00")
    #expect(first.language?.code == "fr-FR")
    #expect(first.language?.origin == .declared)
    #expect(first.summary == "Frappes aériennes près d'Idleb.")
    #expect(first.dateline == "ANKARA (AFP)")
    #expect(
      first.paragraphs.map(\.text) == [
        "Idleb\u{A0}: au moins 33 soldats turcs tués",
        "ANKARA (AFP) - Au moins 33 soldats turcs ont été tués jeudi.",
        "Pourparlers entre responsables russes et turcs",
        "Des discussions ont eu lieu", "à Ankara.", "Premier point", "Second point",
      ])
    #expect(
      first.paragraphs.map(\.kind) == [
        .headline, .lead, .subheading, .body, .body, .body, .body,
      ])
  }

  @Test func readsEscapedHTMLDescriptionsAndBrokenDates() throws {
    let result = Self.load("rss20.xml")
    let second = try #require(result.reports.last)
    #expect(second.item == 1)
    // A permalink guid is the link when there is no <link>.
    #expect(second.url == "https://quotidien.example/bilan-34")
    #expect(second.byline == "redaction@quotidien.example (La rédaction)")
    #expect(second.published?.iso == "2020-02-28T07:05:00-05:00")
    #expect(second.summary == nil)
    #expect(
      second.paragraphs.map(\.text) == [
        "Bilan revu à la hausse", "Le bilan passe à 34 morts.", "Selon le gouverneur.",
      ])
  }

  @Test func readsRSS10ItemsOutsideTheChannel() throws {
    let result = Self.load("rdf.xml")
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(result.reports.map(\.title) == ["Markets fall 2.5 percent", "Borsa düştü"])
    let first = try #require(result.reports.first)
    #expect(first.format == .rdf)
    #expect(first.feed?.version == "rss10")
    #expect(first.outlet == "Wire Service")
    #expect(first.guid == "https://wire.example/a1")
    #expect(first.published?.iso == "2020-02-28T18:30:00-05:00")
    #expect(first.byline == "J. Smith")
    #expect(first.language?.declared == "en")
    let second = try #require(result.reports.last)
    #expect(second.language?.declared == "tr")
    #expect(second.published?.iso == "2020-02-28")
  }

  @Test func readsAtomWithXMLBaseAndXHTMLContent() throws {
    let result = Self.load("atom.xml")
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(result.reports.count == 2)
    let first = try #require(result.reports.first)
    #expect(first.format == .atom)
    #expect(first.feed?.version == "atom10")
    #expect(first.outlet == "Haber Ajansı")
    #expect(first.feed?.link == "https://haber.example/")
    #expect(first.feed?.subtitle == "Son dakika")
    #expect(first.title == "İdlib'de 33 asker şehit oldu")
    #expect(first.url == "https://haber.example/dunya/idlib-33")
    #expect(first.guid == "urn:haber:idlib-33")
    #expect(first.byline == "Ayşe Yılmaz")
    #expect(first.published?.iso == "2020-02-27T23:55:00+03:00")
    #expect(first.updated?.iso == "2020-02-28T08:10:00+03:00")
    #expect(first.language?.declared == "tr")
    #expect(first.summary == "Kısa özet.")
    #expect(
      first.paragraphs.dropFirst().map(\.text) == [
        "Rus ve Türk yetkililer görüştü.", "Ankara'da toplantı",
        "Toplantı 5 < 6 saat sürdü & bitti.",
      ])
    #expect(first.paragraphs.dropFirst().map(\.kind) == [.lead, .subheading, .body])
    let second = try #require(result.reports.last)
    #expect(second.url == "https://other.example/markets")
    #expect(second.language?.declared == "en")
    #expect(second.published == nil)
    #expect(second.updated?.iso == "2020-02-28T09:00:00Z")
    #expect(second.paragraphs.dropFirst().map(\.text) == ["First paragraph.", "Second paragraph."])
  }

  @Test func selectsAnItemByIndexOrGuid() throws {
    let path = Self.fixture("atom.xml")
    let byIndex = ReportLoader().load([path + "#1"])
    #expect(byIndex.reports.map(\.guid) == ["urn:haber:markets"])
    let byGuid = ReportLoader().load([path + "#urn:haber:idlib-33"])
    #expect(byGuid.reports.map(\.item) == [0])
    let rss = ReportLoader().load([Self.fixture("rss20.xml") + "#urn:quotidien:2020-02-27-idleb"])
    #expect(rss.reports.count == 1)
    let missing = ReportLoader().load([path + "#7"])
    #expect(missing.reports.isEmpty)
    #expect(missing.diagnostics.contains { $0.message.contains("no item '7'") })
    #expect(ReportReference(path + "#3").item == "3")
  }
}
