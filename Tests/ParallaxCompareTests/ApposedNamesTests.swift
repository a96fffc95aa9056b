import ParallaxCorpus
import ParallaxFacts
import Testing

@testable import ParallaxCompare

/// An office the story names beside its holder is one source with the holder
/// (`ApposedNames`), on invented stories with an invented glossary.
@Suite struct ApposedNamesTests {
  /// Two people and two offices of an invented province (a file named `people.tsv`: its
  /// names are people's).
  static let glossary: Glossary? = try? Glossary(
    text: """
      id\ten\tfr
      marta-kovel\tMarta Kovel | Kovel\tMarta Kovel | Kovel
      ivo-brenn\tIvo Brenn | Brenn\tIvo Brenn | Brenn
      dravia-prefect\tprefect of Dravia | Dravia prefect\tpréfet de Dravia | préfet de la Dravie
      dravia-mayor\tmayor of Dravia\tmaire de Dravia
      """, path: "people.tsv")

  static func item(_ id: String, _ language: String, _ time: String, _ text: [String])
    -> AnalyzedReport?
  {
    guard let glossary else { return nil }
    let report = Report(
      id: id, path: id, format: .text, outlet: id,
      language: LanguageInfo(code: language, origin: .declared, confidence: 1),
      published: NewsDate(iso: time),
      paragraphs: text.enumerated().map {
        Paragraph(index: $0, kind: $0 == 0 ? .headline : .body, text: $1)
      })
    return FactExtractor(glossaries: [glossary]).analyze(report)
  }

  @Test func anOfficeCitedAloneIsItsHolder() throws {
    let story = try [
      #require(
        Self.item(
          "early", "en", "2025-03-02T08:00Z",
          [
            "Landslide in Dravia",
            "The prefect of Dravia, Marta Kovel, said at least 14 people were killed on Sunday.",
          ])),
      #require(
        Self.item(
          "late", "fr", "2025-03-02T18:00Z",
          [
            "Glissement de terrain en Dravie",
            "Le bilan s'élève à 19 morts, a annoncé le préfet de Dravia.",
          ])),
    ]
    #expect(ApposedNames.aliases(in: story) == ["dravia-prefect": "marta-kovel"])
    let diff = StoryDiff(story, names: try #require(Self.glossary))
    let kovel = try #require(diff.sources.first { $0.source.id == "concept:marta-kovel" })
    #expect(kovel.reports == ["early", "late"])
    #expect(!diff.sources.contains { $0.source.id == "concept:dravia-prefect" })
    let toll = try #require(diff.measures.first)
    #expect(toll.disagreements.isEmpty, "one speaker's toll rose: no disagreement")
  }

  @Test func anOfficeBesideTwoPeopleIsNeither() throws {
    let story = try [
      #require(
        Self.item(
          "a", "en", "2025-03-02T08:00Z",
          [
            "Dravia handover",
            "The prefect of Dravia, Marta Kovel, said 14 people were killed.",
            "The former prefect of Dravia, Ivo Brenn, said the toll would rise.",
          ]))
    ]
    #expect(ApposedNames.aliases(in: story).isEmpty)
  }

  @Test func aListOfNamesIsNoApposition() throws {
    let story = try [
      #require(
        Self.item(
          "a", "en", "2025-03-02T08:00Z",
          [
            "Dravia talks",
            "Marta Kovel, Ivo Brenn and the mayor of Dravia said 14 people were killed.",
          ]))
    ]
    #expect(ApposedNames.aliases(in: story).isEmpty)
  }
}
