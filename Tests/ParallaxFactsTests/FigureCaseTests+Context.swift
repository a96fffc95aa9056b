import ParallaxCorpus
import Testing

@testable import ParallaxFacts

/// Figures whose reading depends on the words around them: the sense of German `über`, the
/// counted noun before `auf`/`at`, an earlier value after the new one, vague words that
/// need a counted noun.
extension FigureCaseTests {
  static let contextCases: [FigureCase] = [
    // The counted noun before "auf", "at": "die Zahl der verletzten Polizisten auf 12".
    .init(
      language: "de", text: "Die Polizei bezifferte die Zahl der verletzten Polizisten auf 12.",
      number: "12", value: "12", measure: "wounded × police × ?"),
    .init(
      language: "en",
      text: "The ministry put the number of civilians killed at 57, after reporting 40.",
      number: "57", value: "57", measure: "killed × civilians × ?"),
    // An earlier value after the new one: a change (changeFrom in numbers/<lang>.txt).
    .init(
      language: "en", text: "Officials said 41 people had died, raising an earlier toll of 35.",
      number: "35", value: "41", status: .change),
    .init(
      language: "de", text: "Die Behörden meldeten 41 Tote nach zuvor 35.", number: "35",
      value: "41", status: .change),
    // A vague amount that needs a counted noun and its event after it.
    .init(
      language: "en", text: "He said other civilians wounded in the blast were in hospital.",
      number: "other", value: "1", qualifier: .vague, measure: "wounded × civilians × ?"),
    .init(
      language: "fr", text: "Il a ajouté que d'autres civils blessés ont été évacués.",
      number: "autres", value: "1", qualifier: .vague, measure: "wounded × civilians × ?"),
    // "über": more than before a bare number; the amount after a noun of an amount or a
    // verb taking "über" (qualifierVoid in numbers/de.txt).
    .init(
      language: "de", text: "Die Stadt zählt über 40.000 Einwohner.", number: "40.000",
      value: "40000", qualifier: .moreThan),
    .init(
      language: "de", text: "Die Reederei erhielt einen Großauftrag über 300 Millionen Euro.",
      number: "300 Millionen", value: "300000000", kind: .money, currency: "EUR"),
    .init(
      language: "de", text: "Sie unterschrieb gestern eine Anleihe über zwei Milliarden Dollar.",
      number: "zwei Milliarden", value: "2000000000", kind: .money, currency: "USD"),
    .init(
      language: "de", text: "Die Länder verhandeln über 4 Milliarden Euro Hilfen.",
      number: "4 Milliarden", value: "4000000000", kind: .money, currency: "EUR"),
  ]

  /// `raising an earlier toll of 35` after 41: a change from 35 to 41.
  @Test func anEarlierValueAfterTheNewOneIsAChange() throws {
    let text = "Officials said 41 people had died, raising an earlier toll of 35."
    let figures = FigureExtractor(language: "en").figures(in: text)
    let change = try #require(figures.first { $0.status == .change })
    #expect(change.changedFrom == ExactNumber(string: "35"))
    #expect(change.value == ExactNumber(string: "41"))
    #expect(change.expressionRange.slice(of: text) == "raising an earlier toll of 35")
  }
}
