import Foundation
import Testing

@testable import ParallaxCorpus

/// Links and people of feeds and items: Atom `<link>`, `<author>`, `<contributor>`; RSS
/// `<link>`, `<enclosure>`, `<author>`, `managingEditor`, `webMaster`, `dc:creator`,
/// `dc:contributor`, `itunes:owner`.
@Suite struct FeedLinksTests {
  static func load(_ name: String) -> ReportLoader.Result {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/feeds/links/\(name)").path
    return ReportLoader().load([path])
  }

  @Test func atomLinksAreResolvedAgainstXMLBaseWithTheirAttributes() throws {
    let result = Self.load("atom-links.xml")
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let report = try #require(result.reports.first)
    #expect(report.url == "https://agence.example/fr/monde/seisme-japon")
    #expect(
      report.links == [
        Link(href: "https://agence.example/fr/monde/seisme-japon", type: "text/html"),
        Link(href: "https://autre.example/carte", rel: "related", title: "La carte"),
        Link(
          href: "https://agence.example/photos/seisme.jpg", rel: "enclosure",
          type: "image/jpeg", length: "52310"),
      ])
    #expect(
      report.feed?.links == [
        Link(href: "https://agence.example/", title: "Accueil", hreflang: "fr"),
        Link(
          href: "https://agence.example/fr/flux.atom", rel: "self",
          type: "application/atom+xml"),
      ])
    #expect(report.feed?.link == "https://agence.example/")
  }

  @Test func atomPeopleKeepNameEmailAndURIInOrder() throws {
    let result = Self.load("atom-links.xml")
    let report = try #require(result.reports.first)
    #expect(
      report.authors == [
        Person(name: "Aiko Tanaka", uri: "https://agence.example/auteurs/tanaka"),
        Person(name: "Kenji Sato", email: "k.sato@agence.example"),
      ])
    #expect(report.byline == "Aiko Tanaka")
    #expect(
      report.contributors == [Person(name: "Jean Martin", email: "j.martin@agence.example")])
    #expect(
      report.feed?.authors == [
        Person(
          name: "Rédaction", email: "redaction@agence.example",
          uri: "https://agence.example/contact")
      ])
    #expect(report.feed?.contributors == [Person(name: "Service photo")])
    #expect(report.authors?.first?.display == "Aiko Tanaka")
    #expect(report.authors?.last?.display == "Kenji Sato (k.sato@agence.example)")
  }

  @Test func rssCreditsAreSplitIntoNameAndEmail() throws {
    let result = Self.load("rss-people.xml")
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(result.reports.count == 2)
    let first = try #require(result.reports.first)
    #expect(first.authors == [Person(name: "Paul Lenoir", email: "paul@radio.example")])
    #expect(first.byline == "paul@radio.example (Paul Lenoir)")
    #expect(first.contributors == [Person(name: "Léa Roux")])
    let feed = try #require(first.feed)
    #expect(feed.authors == [Person(name: "Claire Petit", email: "chef@radio.example")])
    #expect(feed.publisher == Person(name: "Web Team", email: "web@radio.example"))
    // `dc:creator` and `itunes:author` naming the same person give one author.
    let second = try #require(result.reports.last)
    #expect(second.authors == [Person(name: "Nadia Benali")])
    #expect(second.byline == "Nadia Benali")
    #expect(second.contributors == nil)
  }

  @Test func rssLinksAndEnclosuresBecomeLinks() throws {
    let result = Self.load("rss-people.xml")
    let first = try #require(result.reports.first)
    #expect(
      first.links == [
        Link(href: "https://radio.example/journal/8h"),
        Link(
          href: "https://radio.example/audio/8h.mp3", rel: "enclosure", type: "audio/mpeg",
          length: "1234567"),
      ])
    #expect(first.feed?.links == [Link(href: "https://radio.example/")])
    #expect(result.reports.last?.links == [Link(href: "https://radio.example/journal/12h")])
  }

  @Test(arguments: [
    ("me@example.com (Example editor)", "Example editor", "me@example.com"),
    ("Example editor <me+spam@example.com>", "Example editor", "me+spam@example.com"),
    ("Example editor", "Example editor", nil),
    ("Example editor (me@example.com)", "Example editor", "me@example.com"),
    ("write to a.b@c.example.org.", "write to .", "a.b@c.example.org"),
    ("not @ an address", "not @ an address", nil),
  ])
  func oneLineCreditsSplitLikeFeedparser(text: String, name: String?, email: String?) {
    let person = Person(parsing: text)
    #expect(person.name == name)
    #expect(person.email == email)
  }

  @Test func emptyLinksAndPeopleAreLeftOutOfJSON() throws {
    let report = Report(id: "x", path: "x", format: .rss)
    let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
    #expect(!json.contains("links"))
    #expect(!json.contains("authors"))
    var linked = report
    linked.links = [Link(href: "https://a.example/")]
    let again = try JSONDecoder().decode(
      Report.self, from: try JSONEncoder().encode(linked))
    #expect(again == linked)
  }
}
