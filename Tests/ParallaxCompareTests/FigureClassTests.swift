import ParallaxCorpus
import ParallaxFacts
import Testing

@testable import ParallaxCompare

/// The figure classes of the corpus pairs on stories written for each rule, in other
/// languages than the corpus lines that found them: a figure restated with a bound beside a
/// new value, a denial in the sentence after the claim, a wire slug before a source.
@Suite struct FigureClassTests {
  typealias Item = StoryDiffUnitTests

  /// The figure changes of two reports, their paragraphs aligned one to one.
  static func changes(_ a: AnalyzedReport, _ b: AnalyzedReport) -> [FigureChange] {
    let pairs = a.paragraphs.indices.map {
      ParagraphPair(left: [$0], right: $0 < b.paragraphs.count ? [$0] : [], score: 1)
    }
    return ReportComparison(a, b, pairs: pairs, names: CompareTestSupport.names).figures
  }

  @Test func aFigureRestatedWithABoundBesideANewValueIsAValueChange() {
    // German: the morning's fall of 5 % closes at 3.5 %; "bis zu 5 %" keeps the day's low.
    let morning = Item.item(
      "de-1", "de", "2025-03-04T10:00+01:00",
      ["Nordwerk-Aktie unter Druck", "Die Aktie von Nordwerk fiel am Vormittag um 5 Prozent."])
    let evening = Item.item(
      "de-2", "de", "2025-03-04T18:00+01:00",
      [
        "Nordwerk-Aktie schließt im Minus",
        "Die Aktie von Nordwerk schloss 3,5 Prozent tiefer, nachdem sie bis zu 5 Prozent verloren hatte.",
      ])
    let changes = Self.changes(morning, evening)
    let restated = changes.first { $0.first?.valueText == "5 %" && $0.second != nil }
    #expect(restated?.second?.valueText == "3.5 %")
    #expect(restated?.kind == .revision)
    #expect(
      changes.contains { $0.kind == .onlyInSecond && $0.second?.valueText == "up to 5 %" })
  }

  @Test func aBoundWithNoNewValueBesideItStaysAQualifierChange() {
    // Spanish: "hasta un 5 %" is the only figure: the qualifier changed, nothing else.
    let a = Item.item(
      "es-1", "es", "2025-03-04T10:00+01:00",
      ["Cae Ibervolt", "La acción de Ibervolt cayó un 5 % por la mañana."])
    let b = Item.item(
      "es-2", "es", "2025-03-04T18:00+01:00",
      ["Cae Ibervolt", "La acción de Ibervolt llegó a caer hasta un 5 % durante la sesión."])
    let changes = Self.changes(a, b)
    #expect(changes.contains { $0.kind == .qualifier && $0.first?.valueText == "5 %" })
    #expect(!changes.contains { $0.kind == .revision || $0.kind == .value })
  }

  @Test(arguments: [
    (
      "es",
      "El fondo habría ofrecido unos 300 millones de euros, según la prensa. El fondo lo negó el lunes."
    ),
    (
      "ru",
      "По данным СМИ, фонд готовил предложение на сумму около 300 млн евро. В фонде эту информацию опровергли."
    ),
    (
      "en",
      "Local media said the fund had offered about 300 million euros. The fund denied the report on Monday."
    ),
  ])
  func aDenialInTheNextSentenceThatPointsBackDeniesTheFigure(language: String, text: String) {
    let report = Item.item("r", language, "2025-03-04T10:00Z", ["Fondo", text])
    let figure = report.paragraph(1)?.figures.first?.figure
    #expect(figure?.value.doubleValue == 300_000_000)
    #expect(figure?.status == .denied)
  }

  @Test func aDenialOfSomethingElseInTheNextSentenceDeniesNothing() {
    // German: the next sentence denies no claim by pointing back at it.
    let report = Item.item(
      "d", "de", "2025-03-04T10:00Z",
      [
        "Fonds", "Der Fonds bot rund 300 Millionen Euro. Der Vorstand sprach von einem guten Tag.",
      ])
    #expect(report.paragraph(1)?.figures.first?.figure.status == .plain)
  }

  @Test func aWireSlugIsNoPartOfTheSource() {
    let report = Item.item(
      "w", "en", "2025-03-04T10:00Z",
      ["UPDATE 3-Chile says 12 miners killed in collapse", "Rescue work went on overnight."])
    let sources = report.paragraphs.first?.attributions.compactMap(\.attribution.source) ?? []
    #expect(!sources.contains { $0.uppercased().contains("UPDATE") })
    #expect(sources.contains("Chile"))
  }
}
