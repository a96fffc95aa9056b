import ParallaxAlign
import ParallaxCorpus
import ParallaxFacts
import Testing

/// Entity links between the reports of a story: the same person, organization or place
/// across spellings and scripts, each with its score and evidence.
@Suite struct EntityLinkTests {
  static func links(_ first: String, _ second: String) -> [EntityLink] {
    let pair = AlignGold.Pair(
      story: "idleb-2020-02", heading: "", first: first, second: second, links: [], alone: [],
      translation: false)
    return ComparableCorpusTests.align(pair, mode: .auto)?.entityLinks ?? []
  }

  /// Whether a link joins a name containing `a` in the first report with one containing
  /// `b` in the second.
  static func linked(_ links: [EntityLink], _ a: String, _ b: String) -> EntityLink? {
    links.first { link in
      link.first.names.contains { $0.contains(a) } && link.second.names.contains { $0.contains(b) }
    }
  }

  @Test(arguments: [
    ("fr-quotidien.txt", "en-wire.rss#0", "OSDH", "Syrian Observatory"),
    ("fr-quotidien.txt", "en-wire.rss#0", "Idleb", "Idlib"),
    ("fr-quotidien.txt", "en-wire.rss#0", "Erdogan", "Erdogan"),
    ("en-wire.rss#1", "ru-vestnik.html", "Erdogan", "Эрдоган"),
    ("en-wire.rss#1", "ru-vestnik.html", "Syrian Observatory", "СОПЧ"),
    ("en-wire.rss#1", "ar-almasdar.html", "Erdogan", "أردوغان"),
    ("en-wire.rss#1", "tr-kuzeyhaber.atom#0", "Erdogan", "Erdoğan"),
  ])
  func sameEntityAcrossSpellingsAndScripts(
    first: String, second: String, a: String, b: String
  ) throws {
    let links = Self.links(first, second)
    let link = try #require(
      Self.linked(links, a, b),
      "no link \(a) ↔ \(b) among \(links.map { "\($0.first.names) ↔ \($0.second.names)" })")
    #expect(link.score >= 0.8)
    #expect(!link.evidence.isEmpty)
    print(
      "entity \(first) ↔ \(second): \(link.first.names) ↔ \(link.second.names) \(link.score) \(link.evidence)"
    )
  }

  @Test func differentPeopleAreNotLinked() {
    let links = Self.links("fr-quotidien.txt", "en-wire.rss#0")
    #expect(Self.linked(links, "Erdogan", "Rahmi Dogan") == nil)
    #expect(Self.linked(links, "Rahmi Dogan", "Erdogan") == nil)
  }

  @Test func withoutGlossaryNamesLinkThroughTransliteration() throws {
    let bare = FactExtractor(glossaries: [], includeGazetteer: false)
    let first = try #require(AlignGold.report("en-wire.rss#1", story: "idleb-2020-02"))
    let second = try #require(AlignGold.report("ru-vestnik.html", story: "idleb-2020-02"))
    let result = Aligner().align(
      first, second, facts: (bare.extract(first), bare.extract(second)), mode: .comparable)
    let link = try #require(
      Self.linked(result.entityLinks, "Erdogan", "Эрдоган"),
      "\(result.entityLinks.map { "\($0.first.names) ↔ \($0.second.names)" })")
    print(
      "entity without glossary: \(link.first.names) ↔ \(link.second.names) \(link.score) \(link.evidence)"
    )
    #expect(link.evidence.contains { $0.contains("skeleton") || $0.contains("transliteration") })
  }
}
