import ParallaxCorpus
import Testing

@testable import ParallaxFacts

/// Sources that must not swallow the verb's object, a relative pronoun, a date or half a
/// name.
@Suite struct AttributionPrecisionTests {
  private func attribution(_ text: String, _ language: String, cue: String) throws
    -> Attribution
  {
    let found = FactsTestSupport.facts(text, language).attributions
    return try #require(found.first { $0.cue == cue }, "\(found.map { $0.cue ?? "-" })")
  }

  @Test func aNameInAppositionMakesTheSubjectNotAnInvertedVerb() throws {
    let found = try attribution(
      "La ministre, Inès Caradec, a attribué la panne au gestionnaire du réseau.", "fr",
      cue: "a attribué")
    #expect(found.source == "La ministre, Inès Caradec")
    #expect(
      found.content.slice(
        of: "La ministre, Inès Caradec, a attribué la panne au gestionnaire du réseau."
      ).hasPrefix("la panne"))
  }

  @Test func anObjectRelativePronounIsNoPartOfTheSource() throws {
    let found = try attribution(
      "The port, which local officials had said was closed, reopened on Sunday.", "en",
      cue: "said")
    #expect(found.source == "local officials")
  }

  @Test func theObjectOfToldEndsWhereAClauseBegins() throws {
    let found = try attribution(
      "Chief Executive Maria Lindqvist told investors the merger would cut costs.", "en",
      cue: "told")
    #expect(found.channel == "investors")
  }

  @Test func aDateBeforeAnInvertedSourceIsSkipped() throws {
    let found = try attribution(
      "La fábrica cerrará en marzo, según informó este martes la dirección.", "es",
      cue: "según informó")
    #expect(found.source == "la dirección")
  }

  @Test func aSourceCutInsideANameRunsToItsEnd() throws {
    let glossary = try Glossary(
      text: "id\tde\nport-authority\tLeiter der städtischen Hafenbehörde Kiel\n",
      path: "people.tsv")
    let extractor = FactExtractor(glossaries: [glossary])
    let facts = FactsTestSupport.facts(
      "Das bestätigte der Leiter der städtischen Hafenbehörde Kiel am Abend.", "de",
      extractor: extractor)
    let found = try #require(facts.attributions.first { $0.cue == "bestätigte" })
    #expect(found.source == "der Leiter der städtischen Hafenbehörde Kiel")
    #expect(found.sourceEntity?.concept == "port-authority")
  }
}
