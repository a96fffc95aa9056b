import ParallaxFacts
import Testing

@testable import ParallaxCompare

/// A figure of another, earlier event (its sentence set in a past year) stays out of the
/// story's measures: no value of the toll, no revision, no disagreement. Reports written
/// for this rule in three languages.
@Suite struct BackgroundFigureTests {
  static let story = [
    StoryDiffUnitTests.item(
      "en", "en", "2024-05-06T10:00Z",
      [
        "Dam collapse kills 12",
        "At least 12 people were killed when the Harlow dam gave way on Monday, the provincial governor said.",
        "The country's worst dam failure, in 1979, killed 230 people downstream.",
      ]),
    StoryDiffUnitTests.item(
      "fr", "fr", "2024-05-06T14:00Z",
      [
        "Rupture d'un barrage : 15 morts",
        "La rupture du barrage de Vaucel a fait 15 morts lundi, selon le gouverneur de la province.",
        "En 1979, la pire catastrophe de ce type avait fait 230 morts.",
      ]),
    StoryDiffUnitTests.item(
      "es", "es", "2024-05-06T18:00Z",
      [
        "Suben a 17 los muertos en Almerí",
        "La rotura de la presa de Almerí dejó 17 muertos el lunes, informó el gobernador provincial.",
        "La peor tragedia de este tipo ocurrió en 1979, cuando murieron 230 personas.",
      ]),
  ]

  @Test func aFigureOfAnEarlierYearIsNoValueOfTheToll() {
    let diff = StoryDiff(Self.story, names: CompareTestSupport.names)
    let killed = diff.measures.first { $0.key.hasPrefix("killed") }
    let values = Set((killed?.mentions ?? []).map(\.figure.value.doubleValue))
    #expect(values == [12, 15, 17])
    #expect(!diff.measures.flatMap(\.mentions).contains { $0.figure.value.doubleValue == 230 })
    #expect(!(killed?.series ?? []).contains { $0.values.contains("230") })
    // The facts keep it, marked as background.
    let background = Self.story.flatMap(\.paragraphs).flatMap(\.figures).filter {
      $0.figure.value.doubleValue == 230
    }
    #expect(background.count == 3)
    #expect(background.allSatisfy { $0.figure.status == .background })
  }
}
