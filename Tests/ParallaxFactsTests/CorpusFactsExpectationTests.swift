import Foundation
import Testing

/// `CorpusFactExpectation` on fact lines written for this test in the Corpus notation.
@Suite struct CorpusFactsExpectationTests {
  static let text = """
    # A story

    ## Reports

    | report | format | lang | outlet | published | ¶ |
    |---|---|---|---|---|---|
    | a.txt | plain text | fr | Q | 2020-02-27T20:15+01:00 | ¶0–¶4 |

    The counted measure is **killed × soldiers × Turkish** (K); also **wounded × soldiers × Turkish** (W).
    - **V** valued × money × Karayel (deal value) — 2500000000 EUR everywhere

    ## Facts per report

    ### a.txt
    - figure: ¶1 "Au moins 22" → ≥ 22 · K · source: hatay-governor+rahmi-dogan "le gouverneur"
    - figure: ¶1 "est passé de 22 à 33" → change (≥ 22) → 29 → 33 · K · source: none (outlet)
    - figure: ¶2 "2,5 milliards" → = 2500000000 EUR/year (note "x") · V; ¶2 "plusieurs" → vague · W
    - figure: ¶3 "unos 400" → ~ 400000000 EUR · displaced × people × Idlib · source: "fuentes"
    - date: ¶1 "mercredi et jeudi" → 2020-02-26, 2020-02-27 (talks)
    - entity: ¶2 org sohr "OSDH" (acronym)
    - attribution: ¶1 source karayel "Karayel" · cue "teilte … mit" (final); ¶1 channel kap "KAP"
    - attribution: ¶2 "Elle" · cue "a chiffré" · quote "un coup" · status: hedged
    - not-a-figure: ¶3 "un prêt" and "un accord" (articles "x"); ¶4 "2028" (year)
    """

  static var expectations: [CorpusFactExpectation] {
    let readme = StoryReadme(name: "test", text: text)
    let legend = CorpusFactExpectation.legend(text)
    return CorpusFactExpectation.read(readme.facts, legend: legend).map(\.1)
  }

  @Test func readsTheMeasureLegendInBothForms() {
    let legend = CorpusFactExpectation.legend(Self.text)
    #expect(legend["K"] == ["killed", "soldiers", "turkish"])
    #expect(legend["W"] == ["wounded", "soldiers", "turkish"])
    #expect(legend["V"] == ["valued", "money", "karayel"])
  }

  @Test func readsFigures() throws {
    let figures = Self.expectations.compactMap { expectation -> CorpusFactExpectation.FigureSpec? in
      if case .figure(let spec) = expectation { return spec }
      return nil
    }
    try #require(figures.count == 5)
    #expect(figures[0].qualifier == "≥" && figures[0].value == 22)
    #expect(figures[0].sourceIDs == ["hatay-governor", "rahmi-dogan"])
    #expect(figures[0].sourceSurface == "le gouverneur" && figures[0].measure[0] == "killed")
    #expect(figures[1].qualifier == "change" && figures[1].chain == [22, 29, 33])
    #expect(figures[1].value == 33 && figures[1].changedFrom == 29)
    #expect(figures[1].sourceIDs == ["none"] && figures[1].sourceSurface == nil)
    #expect(figures[2].unit == "EUR" && figures[2].value == 2_500_000_000)
    #expect(figures[2].measure == ["valued", "money", "karayel"])
    #expect(figures[3].qualifier == "vague" && figures[3].value == nil)
    #expect(figures[4].measure == ["displaced", "people", "idlib"])
    #expect(figures[4].sourceIDs.isEmpty && figures[4].sourceSurface == "fuentes")
  }

  @Test func readsDatesEntitiesAttributionsAndNonFigures() throws {
    let all = Self.expectations
    try #require(all.count == 11)
    guard case .date(let surface, let isos) = all[5] else { throw Failure.unexpected }
    #expect(surface == "mercredi et jeudi" && isos == ["2020-02-26", "2020-02-27"])
    guard case .entity(let kind, let id, let name) = all[6] else { throw Failure.unexpected }
    #expect(kind == "org" && id == "sohr" && name == "OSDH")
    guard case .attribution(let first) = all[7], case .attribution(let second) = all[8] else {
      throw Failure.unexpected
    }
    #expect(first.sourceIDs == ["karayel"] && first.cue == "teilte")
    #expect(first.channelSurface == "KAP", "the channel line joins the attribution before it")
    #expect(second.sourceIDs.isEmpty && second.sourceSurface == "Elle" && second.quote == "un coup")
    guard case .notAFigure(let surfaces) = all[9] else { throw Failure.unexpected }
    #expect(surfaces == ["un prêt", "un accord"])
  }

  enum Failure: Error { case unexpected }
}
