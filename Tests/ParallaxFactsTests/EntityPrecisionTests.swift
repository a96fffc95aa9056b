import ParallaxCorpus
import Testing

@testable import ParallaxFacts

/// What is *not* a person: the words of a figure, a firm or a paper, a street, a dateline,
/// the surname inside a full name.
@Suite struct EntityPrecisionTests {
  private func entities(_ text: String, _ language: String) -> [Entity] {
    FactsTestSupport.facts(text, language).entities
  }

  @Test(arguments: [
    ("de", "Der Versorger investiert über drei Jahre 2,4 Milliarden Euro in neue Netze.", "Euro"),
    ("de", "Die Stadt spart so jährlich bis zu 40 Millionen Franken.", "Franken"),
    ("en", "Forty-one Greek sailors were rescued off the island on Sunday.", "Forty"),
  ])
  func theWordsOfAFigureAreNoName(language: String, text: String, word: String) {
    let found = entities(text, language)
    #expect(!found.contains { $0.text.contains(word) }, "\(found.map(\.text))")
    #expect(!FactsTestSupport.facts(text, language).figures.isEmpty)
  }

  @Test(arguments: [
    (
      "en", "Shares of the carrier rose after The Morning Courier reported the talks.",
      "The Morning Courier", EntityKind.organization
    ),
    ("en", "Traders on Lombard Street expected a cut in rates.", "Lombard Street", .place),
    (
      "en", "The board of Marlow Shipping Group met on Tuesday.", "Marlow Shipping Group",
      .organization
    ),
    ("tr", "Anlaşma dün Rekabet Kurumu tarafından onaylandı.", "Rekabet Kurumu", .organization),
    ("tr", "Protestocular dün Atatürk Bulvarı boyunca yürüdü.", "Atatürk Bulvarı", .place),
    ("de", "Die Sitzung fand in der Alten Brücke statt, sagte Anna Roth.", "Anna Roth", .person),
  ])
  func lastAndFirstWordsGiveTheKind(
    language: String, text: String, name: String, kind: EntityKind
  ) throws {
    let found = entities(text, language)
    let entity = try #require(found.first { $0.text == name }, "\(found.map(\.text))")
    #expect(entity.kind == kind)
  }

  @Test func aRunOfCapitalsIsNoPerson() {
    let found = entities("Analysts said BREAKING POINT was near for the lender.", "en")
    #expect(!found.contains { $0.kind == .person }, "\(found.map { "\($0.text) \($0.kind)" })")
  }

  @Test func businessTitlesAreKeptApart() throws {
    let found = entities(
      "Chief Executive Maria Lindqvist told investors the plan would work.", "en")
    let person = try #require(found.first { $0.kind == .person }, "\(found.map(\.text))")
    #expect(person.text == "Maria Lindqvist")
    #expect(person.title == "Chief Executive")
    #expect(found.count == 1)
  }

  @Test func theSurnameInsideAFullNameIsNotASecondPerson() {
    // The gazetteer lists "Hulusi Akar" and, under a second concept, "Akar".
    let found = entities("Savunma Bakanı Hulusi Akar toplantıya katıldı.", "tr")
    #expect(found.filter { $0.kind == .person }.map(\.text) == ["Hulusi Akar"])
  }

  @Test func aWireVersionIsNoFigure() {
    let facts = FactsTestSupport.facts("UPDATE 3-Flooding leaves 12 dead in river towns", "en")
    #expect(facts.figures.map(\.text) == ["12"])
  }

  @Test func theDatelineNamesAPlaceAndItsAgency() throws {
    var report = FactsTestSupport.report(
      ["LISBON (Harbour Wire) - Dock workers began a 48-hour strike on Monday."],
      language: "en")
    report.dateline = "LISBON (Harbour Wire)"
    let facts = FactsTestSupport.extractor.extract(report)
    let entities = try #require(facts.paragraphs.first).entities
    let place = try #require(entities.first { $0.text == "LISBON" }, "\(entities.map(\.text))")
    #expect(place.kind == .place)
    let agency = try #require(entities.first { $0.text == "Harbour Wire" })
    #expect(agency.kind == .organization)
  }

  /// A nationality adjective right after its counted noun is the figure's affiliation, no place
  /// (`جنديا تركيا`, `مدنيا سوريا`: accusative adjectives written like Turkey and Syria); the
  /// country named after a preposition stays a place.
  @Test(arguments: [
    ("قتل 22 جنديا تركيا في إدلب.", "تركيا"),
    ("قتل 15 مدنيا سوريا في غارة على حلب.", "سوريا"),
  ])
  func aPostposedAffiliationIsNoPlace(sentence: String, adjective: String) {
    let facts = FactsTestSupport.facts(sentence, "ar")
    #expect(
      !facts.entities.contains { $0.text == adjective && $0.kind == .place },
      "\(facts.entities.map(\.text))")
    #expect(facts.figures.first?.measure?.affiliation != nil)
    let place = FactsTestSupport.facts("عاد 40 لاجئا إلى تركيا.", "ar")
    #expect(place.entities.contains { $0.text == "تركيا" && $0.kind == .place })
  }
}
