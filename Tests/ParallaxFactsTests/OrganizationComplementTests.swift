import Testing

@testable import ParallaxFacts

/// An organization's head followed by lowercase modifiers and a `de (la)` complement keeps them
/// in its name (`Autorité turque de la concurrence`, not `Autorité`); a verb after the head
/// stays out of it. Sentences written for this class (issue 9), names in no gazetteer.
@Suite struct OrganizationComplementTests {
  @Test(arguments: [
    (
      "fr", "Le dossier est désormais entre les mains de l'Autorité grecque de la concurrence.",
      "Autorité grecque de la concurrence"
    ),
    (
      "fr", "L'Agence nationale de sécurité sanitaire a rendu son avis jeudi.",
      "Agence nationale de sécurité sanitaire"
    ),
    (
      "fr", "Selon l'Institut national de la statistique, le chômage a reculé.",
      "Institut national de la statistique"
    ),
    ("fr", "L'Agence publie chaque mois des chiffres provisoires.", "Agence"),
    (
      "es", "La Agencia nacional de protección civil pidió calma a los vecinos.",
      "Agencia nacional de protección civil"
    ),
  ])
  func theComplementBelongsToTheName(language: String, text: String, name: String) {
    let found = FactsTestSupport.facts(text, language).entities.filter {
      $0.kind == .organization
    }
    #expect(found.map(\.text).contains(name), "\(found.map(\.text))")
  }
}
