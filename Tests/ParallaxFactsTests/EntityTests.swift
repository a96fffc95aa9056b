import Foundation
import ParallaxCorpus
import ParallaxText
import Testing

@testable import ParallaxFacts

@Suite struct EntityTests {
  private func entities(_ text: String, _ language: String) -> [Entity] {
    FactsTestSupport.facts(text, language).entities
  }

  @Test(arguments: [
    (
      "fr", "Le président Recep Tayyip Erdogan a convoqué un conseil de sécurité à Ankara.",
      "Recep Tayyip Erdogan", "président"
    ),
    (
      "en", "President Tayyip Erdogan chaired a security meeting in Ankara.", "Tayyip Erdogan",
      "President"
    ),
    (
      "de", "Präsident Recep Tayyip Erdoğan berief in Ankara einen Sicherheitsrat ein.",
      "Recep Tayyip Erdoğan", "Präsident"
    ),
    (
      "es", "El presidente Recep Tayyip Erdogan convocó una reunión en Ankara.",
      "Recep Tayyip Erdogan", "presidente"
    ),
    (
      "tr", "Cumhurbaşkanı Recep Tayyip Erdoğan Ankara'da güvenlik toplantısı yaptı.",
      "Recep Tayyip Erdoğan", "Cumhurbaşkanı"
    ),
    (
      "ru", "Президент Реджеп Тайип Эрдоган провел совещание в Анкаре.", "Реджеп Тайип Эрдоган",
      "Президент"
    ),
    ("ar", "ترأس الرئيس رجب طيب أردوغان اجتماعا أمنيا في أنقرة.", "رجب طيب أردوغان", "الرئيس"),
  ])
  func titlesAreKeptApartFromNames(language: String, text: String, name: String, title: String)
    throws
  {
    let found = entities(text, language)
    let person = try #require(found.first { $0.kind == .person }, "\(found.map(\.text))")
    #expect(person.text == name)
    #expect(person.title == title)
    #expect(person.key.concept == "erdogan")
    #expect(person.range.slice(of: text) == name)
    let place = try #require(found.first { $0.kind == .place }, "\(found.map(\.text))")
    #expect(place.key.concept == "ankara")
  }

  @Test func frenchElisionAndLowercaseOrganizationName() throws {
    let text =
      "Peu avant, l'Observatoire syrien des droits de l'Homme (OSDH), une ONG, parlait d'Idleb."
    let found = entities(text, "fr")
    let expansion = try #require(found.first { $0.text.hasPrefix("Observatoire") })
    #expect(expansion.text == "Observatoire syrien des droits de l'Homme")
    #expect(expansion.acronym == "OSDH")
    let acronym = try #require(found.first { $0.text == "OSDH" })
    #expect(acronym.expansion == "Observatoire syrien des droits de l'Homme")
    #expect(acronym.key.concept == expansion.key.concept)
    #expect(found.contains { $0.text == "Idleb" && $0.kind == .place })
  }

  @Test func acronymsOfUnknownOrganizationsTakeTheirExpansionsKey() throws {
    let facts = FactsTestSupport.extractor.extract(
      FactsTestSupport.report(
        [
          "Le Comité international de secours (CIS) a publié un rapport.",
          "Selon le CIS, la situation empire.",
        ], language: "fr"))
    let first = try #require(facts.paragraphs[0].entities.first { $0.text == "CIS" })
    #expect(first.expansion == "Comité international de secours")
    let later = try #require(facts.paragraphs[1].entities.first { $0.text == "CIS" })
    #expect(later.expansion == "Comité international de secours")
    #expect(later.key == first.key)
  }

  @Test func turkishSuffixesStayOutsideNames() {
    let text = "Saldırı İdlib'de oldu ve Ankara'ya bildirildi."
    let found = entities(text, "tr")
    #expect(found.map(\.text) == ["İdlib", "Ankara"])
    #expect(found.map(\.key.concept) == ["idlib", "ankara"])
  }

  @Test func arabicCliticsAreStrippedForMatching() throws {
    let text = "وقال المرصد السوري لحقوق الإنسان إن الهجوم وقع بإدلب."
    let found = entities(text, "ar")
    let observatory = try #require(found.first { $0.key.concept == "sohr" })
    #expect(observatory.text == "المرصد السوري لحقوق الإنسان")
    let idlib = try #require(found.first { $0.key.concept == "idlib" })
    #expect(idlib.text == "إدلب")
    #expect(idlib.range.slice(of: text) == "إدلب")
  }

  /// A role on a ship is a title, and a word with a preposition glued to the article
  /// (`للاستجواب`, `بالتهمة`) ends the name after it (story3east).
  @Test(arguments: [
    (
      "واستدعت الشرطة ربان القارب كمال أوزتورك للاستجواب صباح اليوم.", "كمال أوزتورك", "ربان القارب"
    ),
    (
      "وأحالت النيابة قبطان السفينة مراد تشليك بالتهمة ذاتها إلى المحكمة.", "مراد تشليك",
      "قبطان السفينة"
    ),
  ])
  func arabicNameAfterARoleEndsBeforeAPrepositionalWord(text: String, name: String, title: String)
    throws
  {
    let found = entities(text, "ar")
    let person = try #require(found.first { $0.kind == .person }, "\(found.map(\.text))")
    #expect(person.text == name)
    #expect(person.title == title)
  }

  @Test func russianDeclinedNamesMatchTheGazetteer() {
    let found = entities("Эрдогана поддержали в Идлибе и в Москве.", "ru")
    #expect(Set(found.compactMap(\.key.concept)) == ["erdogan", "idlib", "moscow"])
  }

  @Test func sentenceInitialCommonWordsAreNotNames() {
    let found = entities(
      "Plusieurs militaires ont été blessés. Une escalade est possible, dit-il : « Tout est prêt ».",
      "fr")
    #expect(found.isEmpty, "\(found.map(\.text))")
  }

  @Test func germanCapitalizedNounsAreNotNames() {
    let text = "Die Soldaten wurden bei einem Luftangriff getötet, sagte Gouverneur Rahmi Doğan."
    let found = entities(text, "de")
    #expect(found.map(\.text) == ["Rahmi Doğan"], "\(found.map(\.text))")
    #expect(found.first?.title == "Gouverneur")
  }

  @Test func glossaryNamesBeatTheGazetteerAndLinkSpellings() throws {
    let glossary = try Glossary(
      text: "id\tfr\ten\ttr\nrahmi-dogan\tRahmi Dogan\tRahmi Dogan\tRahmi Doğan\n",
      path: "people.tsv")
    let extractor = FactExtractor(glossaries: [glossary])
    let french = FactsTestSupport.facts(
      "Le gouverneur, Rahmi Dogan, a parlé.", "fr", extractor: extractor)
    let turkish = FactsTestSupport.facts("Vali Rahmi Doğan konuştu.", "tr", extractor: extractor)
    #expect(french.entities.first?.key.concept == "rahmi-dogan")
    #expect(turkish.entities.first?.key.concept == "rahmi-dogan")
    #expect(french.entities.first?.evidence == .glossary)
  }

  @Test(arguments: [
    ("Erdoğan", "Erdogan"), ("Erdogan", "Эрдоган"), ("Эрдоган", "أردوغان"),
    ("Erdoğan", "أردوغان"),
  ])
  func keysMatchAcrossScriptsBySkeleton(_ first: String, _ second: String) {
    let score = EntityKey.similarity(EntityKey(name: first), EntityKey(name: second))
    #expect(score >= 0.9, "\(first) ~ \(second): \(score)")
  }

  @Test func esadIsAssadThroughTheGlossaryNotTheSkeleton() throws {
    let turkish = FactsTestSupport.facts("Beşar Esad rejimi saldırdı.", "tr").entities
    let french = FactsTestSupport.facts("Le régime de Bachar al-Assad a frappé.", "fr").entities
    let esad = try #require(turkish.first)
    let assad = try #require(french.first)
    #expect(esad.key.concept == "assad")
    #expect(EntityKey.similarity(esad.key, assad.key) == 1)
  }

  @Test func differentConceptsDoNotMatch() {
    let a = EntityKey(name: "Idlib", concept: "idlib")
    let b = EntityKey(name: "Idlib", concept: "other")
    #expect(EntityKey.similarity(a, b) == 0)
    #expect(!EntityKey(name: "Erdogan").matches(EntityKey(name: "Putin")))
  }
}

@Suite struct EntityDemonymTests {
  @Test func demonymsAreNotNamesAndDoNotSwallowTitles() throws {
    let text = "Turkish officials met Turkish Defence Minister Hulusi Akar in Ankara."
    let found = FactsTestSupport.facts(text, "en").entities
    #expect(!found.contains { $0.text.hasPrefix("Turkish") }, "\(found.map(\.text))")
    let akar = try #require(found.first { $0.key.concept == "akar" })
    #expect(akar.text == "Hulusi Akar")
    #expect(akar.title == "Defence Minister")
    let turkish = FactsTestSupport.facts("Fransız Hélior şirketi büyüyor.", "tr").entities
    #expect(!turkish.contains { $0.text == "Fransız" })
  }

  @Test func initialsAndCyrillicCapitalsMakeNames() throws {
    let russian = FactsTestSupport.facts("Об этом заявил губернатор Р. Доган.", "ru").entities
    let dogan = try #require(russian.first)
    #expect(dogan.text == "Р. Доган")
    #expect(dogan.title == "губернатор")
    #expect(dogan.kind == .person)
    let french = FactsTestSupport.facts("Selon le ministre J. Martin, tout va bien.", "fr").entities
    #expect(french.first?.text == "J. Martin")
    #expect(ConsonantSkeleton.similarity("Р. Доган", "R. Dogan") >= 0.9)
  }

  @Test func germanNounPhrasesAreNotNamesButUnknownTitlesAre() {
    let text =
      "Die Zahl der Todesopfer stieg. Laut seinem Kommunikationsdirektor Fahrettin Altun "
      + "handelte die Armee, die ein Netz von Informanten nutzte."
    let found = FactsTestSupport.facts(text, "de").entities
    #expect(found.map(\.text) == ["Fahrettin Altun"], "\(found.map(\.text))")
    #expect(found.first?.title == "Kommunikationsdirektor")
  }

  @Test func aSurnameAfterTheFullNameIsTheSamePerson() throws {
    let facts = FactsTestSupport.extractor.extract(
      FactsTestSupport.report(
        ["Der Gouverneur Jana Kessler sprach.", "Kessler sagte, mehrere Soldaten seien verletzt."],
        language: "de"))
    let full = try #require(facts.paragraphs[0].entities.first)
    let surname = try #require(facts.paragraphs[1].entities.first)
    #expect(surname.text == "Kessler")
    #expect(surname.key == full.key)
    #expect(facts.paragraphs[1].attributions.first?.sourceEntity == full.key)
  }

  @Test func aTitleWithItsCountryGoesToThePerson() throws {
    let text = "Президент Турции Реджеп Тайип Эрдоган провёл совещание."
    let found = FactsTestSupport.facts(text, "ru").entities
    let person = try #require(found.first { $0.kind == .person })
    #expect(person.title == "Президент Турции")
    #expect(found.first { $0.kind == .place }?.title == nil)
  }

  /// German capitalizes every noun: `Fonds` before a name is a title of an organization.
  @Test func germanFundBeforeANameIsATitle() throws {
    let found = FactsTestSupport.facts(
      "Der katarische Fonds Al-Waha Capital wies dies zurück.", "de"
    ).entities
    let fund = try #require(found.first { $0.text.contains("Al-Waha") }, "\(found.map(\.text))")
    #expect(fund.text == "Al-Waha Capital")
    #expect(fund.kind == .organization)
  }
}

/// Known names inside a longer known name are entities too.
@Suite struct EntityInnerNameTests {
  @Test(arguments: [
    ("fr", "Le gouverneur de Hatay a parlé.", "hatay", EntityKind.place),
    ("ru", "Сделку должно одобрить антимонопольное ведомство Турции.", "turkey", .place),
  ])
  func innerKnownNamesAreFound(language: String, text: String, concept: String, kind: EntityKind)
    throws
  {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let glossary = try Glossary(folder: root.appendingPathComponent("Glossaries"))
    let found = FactsTestSupport.facts(
      text, language, extractor: FactExtractor(glossaries: [glossary])
    ).entities
    #expect(found.contains { $0.key.concept == concept && $0.kind == kind }, "\(found)")
    #expect(found.count >= 2)
  }
}

/// Names whose words inflect around a glossary form.
@Suite struct EntityInflectionTests {
  static let glossary = """
    id\tfr\ten\ttr\tde
    demir-family\tfamille Demir\tDemir family\tDemir ailesi\tFamilie Demir
    federal-cartel-office\tOffice fédéral des ententes\tFederal Cartel Office\tFederal Kartel Ofisi\tdeutsche Kartellbehörde
    regime-forces\tforces du régime\tregime forces\tEsad rejimi güçleri\tRegimetruppen
    """

  private func entities(_ text: String, _ language: String) throws -> [Entity] {
    let glossary = try Glossary(text: Self.glossary, path: "organizations.tsv")
    return FactsTestSupport.facts(
      text, language, extractor: FactExtractor(glossaries: [glossary])
    ).entities
  }

  /// German adjectives agree with the case (`deutsche` → `der deutschen Kartellbehörde`).
  @Test func germanAdjectiveEndingsFollowTheCase() throws {
    let found = try entities("Der Kauf wurde von der deutschen Kartellbehörde geprüft.", "de")
    #expect(
      found.contains { $0.key.concept == "federal-cartel-office" && $0.kind == .organization })
  }

  /// Turkish case suffixes glued to a possessive noun (`Demir ailesinden`, from the family).
  @Test func turkishSuffixesOnAPossessiveNoun() throws {
    let found = try entities("Hisseler Demir ailesinden satın alındı.", "tr")
    let family = try #require(found.first { $0.key.concept == "demir-family" })
    #expect(family.text == "Demir ailesinden")
  }

  /// German scale and currency nouns make no name (`2,5 Milliarden Euro`).
  @Test func germanAmountsAreNoNames() {
    let found = FactsTestSupport.facts("Der Bau kostet 2,5 Milliarden Euro.", "de").entities
    #expect(found.isEmpty, "\(found.map(\.text))")
  }

  /// A person opening a longer known name is an entity too (`Esad rejimi güçleri`).
  @Test func aPersonOpeningALongerNameIsKept() throws {
    let found = try entities("Esad rejimi güçlerinin saldırısı sürüyor.", "tr")
    #expect(found.contains { $0.key.concept == "regime-forces" }, "\(found)")
    #expect(found.contains { $0.key.concept == "assad" && $0.kind == .person }, "\(found)")
  }
}
