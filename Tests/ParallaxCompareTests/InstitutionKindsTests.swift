import ParallaxCore
import ParallaxFacts
import Testing

@testable import ParallaxCompare

/// Bodies cited by a common noun (`Resources/institutions.tsv`): one source in every
/// language, a spokesperson speaking for the body, a glossary concept winning.
@Suite struct InstitutionKindsTests {
  let kinds = InstitutionKinds.shipped

  @Test(arguments: [
    ("the Hellenic Coast Guard", "coast-guard"), ("les garde-côtes grecs", "coast-guard"),
    ("Sahil Güvenlik Komutanlığı'na", "coast-guard"), ("die Küstenwache", "coast-guard"),
    ("la Guardia Costera griega", "coast-guard"), ("خفر السواحل اليوناني", "coast-guard"),
    ("береговой охраны Греции", "coast-guard"), ("la police municipale", "police"),
    ("Bursa Cumhuriyet Başsavcılığı", "prosecutors"), ("die Feuerwehr", "fire-service"),
  ])
  func aBodyIsFoundInEveryLanguage(surface: String, body: String) {
    #expect(kinds.body(in: surface, namesPerson: false) == body)
  }

  @Test func wordsThatOnlyContainATermAreNoBody() {
    #expect(kinds.body(in: "the Metropolice Band", namesPerson: false) == nil)
    #expect(kinds.body(in: "a harbour master", namesPerson: false) == nil)
  }

  @Test func aPersonIsTheSourceUnlessSpeakingForTheBody() {
    #expect(kinds.body(in: "Coast Guard captain Ana Lenz", namesPerson: true) == nil)
    #expect(
      kinds.body(in: "Coast Guard spokeswoman Ana Lenz", namesPerson: true) == "coast-guard")
    #expect(kinds.body(in: "Sahil Güvenlik sözcüsü Ali Er", namesPerson: true) == "coast-guard")
  }

  @Test func theNamerGivesOneSourceAcrossLanguagesAndKeepsConcepts() {
    var namer = SourceNamer(names: Glossary())
    let attribution = { (surface: String) in
      Attribution(kind: .verb, source: surface, content: TextRange(0, 1))
    }
    let english = namer.source(of: attribution("the Hellenic Coast Guard"))
    let german = namer.source(of: attribution("die griechische Küstenwache"))
    #expect(english.id == "body:coast-guard")
    #expect(english == german)
    #expect(english.isKnown)
    var withConcept = attribution("the coast guard")
    withConcept.sourceEntity = EntityKey(name: "Hellenic Coast Guard", concept: "hcg")
    #expect(namer.source(of: withConcept).id == "concept:hcg")
  }
}
