import ParallaxAlign
import Testing

/// Auto mode on texts of one or two lines: a translation is linked on what its lines
/// share beyond lengths (a figure with what it counts, a weekday, a name), but a shared
/// small number alone links nothing ("Book 1" is not "Chapitre 1").
@Suite struct ShortTextTests {
  static func links(
    _ first: [String], _ firstLanguage: String, _ second: [String], _ language: String
  )
    -> [[Int]]
  {
    let result = Aligner().align(
      AlignmentSide(units: first, language: firstLanguage, name: "a"),
      AlignmentSide(units: second, language: language, name: "b"), mode: .auto, unit: .line)
    print("short: \(result.decision.reason)")
    return result.pairs.map { [$0.first, $0.second] }
  }

  @Test func oneLineTranslationIsLinked() {
    let found = Self.links(
      ["Les inondations ont fait au moins 14 morts mardi dans le nord du pays."], "fr",
      ["The floods killed at least 14 people on Tuesday in the north of the country."], "en")
    #expect(found == [[0, 0]])
  }

  @Test func twoLineTranslationAcrossScriptsIsLinkedInOrder() {
    let found = Self.links(
      [
        "Die Überschwemmungen haben am Dienstag mindestens 14 Menschen getötet.",
        "Die Regierung versprach Hilfen in Höhe von 2,5 Milliarden Euro.",
      ], "de",
      [
        "Наводнения во вторник унесли жизни по меньшей мере 14 человек.",
        "Правительство пообещало помощь в размере 2,5 млрд евро.",
      ], "ru")
    #expect(found == [[0, 0], [1, 1]])
  }

  @Test func aSharedSmallNumberAloneLinksNothing() {
    #expect(Self.links(["Book 1"], "en", ["Chapitre 1"], "fr").isEmpty)
    #expect(
      Self.links(
        ["Chapter 14 of the novel was published on Tuesday."], "en",
        ["Les inondations ont fait au moins 14 morts dans le nord du pays."], "fr"
      ).isEmpty)
  }
}
