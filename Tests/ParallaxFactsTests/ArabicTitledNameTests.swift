import Testing

@testable import ParallaxFacts

/// Arabic script has no capitals: after a title, a place the paragraph named after a territory
/// noun (`بولاية أوزون يايلا`) is the title's complement, and the words after it are the
/// person, an entity whose key meets the Latin spelling (issue 9/11, factseast5; sentences of
/// our own).
@Suite struct ArabicTitledNameTests {
  @Test(arguments: [
    (
      "اندلع حريق في مستودع بولاية أوزون يايلا، وقال والي أوزون يايلا كريم طوبراق إن 12 عاملا قتلوا.",
      "كريم طوبراق", "Kerim Toprak"
    ),
    (
      "وفي محافظة قره سو أعلن محافظ قره سو أمين يلدز مساء الاثنين إجلاء 300 عائلة.",
      "أمين يلدز", "Emin Yıldız"
    ),
  ])
  func aPlaceNamedBeforeIsTheComplementAndTheNameFollows(
    sentence: String, name: String, latin: String
  ) throws {
    let facts = FactsTestSupport.facts(sentence, "ar")
    let person = try #require(
      facts.entities.first { $0.kind == .person }, "\(facts.entities.map(\.text))")
    #expect(person.text == name)
    #expect(person.key.matches(EntityKey(name: latin)), "\(person.key) vs \(latin)")
  }

  @Test func withoutThePlaceBeforeNoNameIsGuessed() {
    // No territory noun names `أوزون يايلا`: which words are the name cannot be told.
    let facts = FactsTestSupport.facts("وقال والي أوزون يايلا كريم طوبراق إن 12 عاملا قتلوا.", "ar")
    #expect(!facts.entities.contains { $0.kind == .person && $0.text.hasPrefix("أوزون") })
  }

  @Test func aWordAloneInBracketsAfterABodyIsItsAcronym() throws {
    let facts = FactsTestSupport.facts(
      "وأعلن اتحاد نقابات العمال الثوريين (ديسك) أن 300 عامل أضربوا عن العمل.", "ar")
    let acronym = try #require(
      facts.entities.first { $0.kind == .organization }, "\(facts.entities.map(\.text))")
    #expect(acronym.text == "ديسك")
    #expect(acronym.key.matches(EntityKey(name: "DİSK")), "\(acronym.key)")
    // A word with the article in brackets is no acronym: `(الأحد)`.
    let day = FactsTestSupport.facts("وقال المسؤول (الأحد) إن 3 أشخاص أصيبوا.", "ar")
    #expect(!day.entities.contains { $0.kind == .organization })
  }
}
