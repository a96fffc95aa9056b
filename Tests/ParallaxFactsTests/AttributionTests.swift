import ParallaxCorpus
import Testing

@testable import ParallaxFacts

@Suite struct AttributionTests {
  private func attributions(_ text: String, _ language: String) -> [Attribution] {
    FactsTestSupport.facts(text, language).attributions
  }

  /// (language, text, source ("" for none named), cue, text the content must hold, text it
  /// must not hold)
  static let cases: [(String, String, String, String, String, String?)] = [
    (
      "fr", "Au moins 22 soldats ont été tués, selon les autorités.", "les autorités", "selon",
      "22 soldats", "autorités"
    ),
    (
      "fr", "Des raids ont fait 22 morts, rapportent les autorités du pays.",
      "les autorités du pays", "rapportent", "22 morts", "autorités"
    ),
    (
      "fr", "Selon les médias turcs, cette réunion portait sur Idleb.", "les médias turcs", "Selon",
      "cette réunion", "médias"
    ),
    (
      "en", "At least 22 soldiers were killed, Turkish officials said.", "Turkish officials",
      "said", "22 soldiers", "officials"
    ),
    (
      "en", "According to the governor, 33 soldiers died.", "the governor", "According to",
      "33 soldiers", "governor"
    ),
    (
      "en", "The governor said that 33 soldiers had died.", "The governor", "said", "33 soldiers",
      nil
    ),
    (
      "de", "Dem Gouverneur zufolge starben 33 Soldaten.", "Dem Gouverneur", "zufolge",
      "33 Soldaten", "Gouverneur"
    ),
    (
      "de", "Laut dem Gouverneur starben 33 Soldaten.", "dem Gouverneur", "Laut", "33 Soldaten",
      nil
    ),
    (
      "de", "Mindestens 33 Soldaten starben, sagte der Gouverneur.", "der Gouverneur", "sagte",
      "33 Soldaten", "Gouverneur"
    ),
    (
      "es", "Murieron 33 soldados, informó la agencia Anadolu.", "la agencia Anadolu", "informó",
      "33 soldados", "agencia"
    ),
    (
      "es", "Según el gobernador, murieron 33 soldados.", "el gobernador", "Según", "33 soldados",
      nil
    ),
    (
      "tr", "Anadolu Ajansı'na göre 33 asker şehit oldu.", "Anadolu Ajansı'na", "göre",
      "33 asker", "Ajansı"
    ),
    (
      "tr", "Hatay Valisi Rahmi Doğan, 33 askerin şehit olduğunu açıkladı.",
      "Hatay Valisi Rahmi Doğan", "açıkladı", "33 askerin", "Valisi"
    ),
    (
      "ru", "По данным Минобороны, погибли 33 военных.", "Минобороны", "По данным", "33 военных",
      nil
    ),
    ("ru", "Погибли 33 военных, заявил губернатор.", "губернатор", "заявил", "33 военных", nil),
    ("ar", "وقال المرصد إن 34 جنديا قتلوا.", "المرصد", "وقال", "34 جنديا", "المرصد"),
    ("ar", "قتل 34 جنديا بحسب المرصد السوري.", "المرصد السوري", "بحسب", "34 جنديا", nil),
    (
      "ar", "أفادت وزارة الدفاع بأن 33 جنديا قتلوا.", "وزارة الدفاع", "أفادت", "33 جنديا",
      "وزارة"
    ),
    ("ar", "قتل 33 جنديا، وفقا لـ مصادر تركية.", "مصادر تركية", "وفقا لـ", "33 جنديا", nil),
    (
      "es", "Murieron 33 soldados, dijo el ministro de Defensa.", "el ministro de Defensa", "dijo",
      "33 soldados", "ministro"
    ),
    (
      "es", "De acuerdo con el gobierno, murieron 33 soldados.", "el gobierno", "De acuerdo con",
      "33 soldados", "gobierno"
    ),
    ("ru", "Как сообщает ТАСС, погибли 33 военных.", "ТАСС", "Как сообщает", "33 военных", nil),
    ("tr", "Yetkililere göre en az 22 asker öldü.", "Yetkililere", "göre", "22 asker", nil),
    (
      "en", "At least 22 soldiers died, citing Turkish officials.", "Turkish officials", "citing",
      "22 soldiers", nil
    ),
    (
      "de", "Mindestens 33 Soldaten starben, teilte das Ministerium mit.", "das Ministerium",
      "teilte", "33 Soldaten", "Ministerium"
    ),
    (
      "es", "Murieron 33 soldados, según informó el gobernador.", "el gobernador", "según informó",
      "33 soldados", "gobernador"
    ),
    ("ru", "Погибли 33 военных, по словам Р. Догана.", "Р. Догана", "по словам", "33 военных", nil),
    (
      "ar", "وكانت السلطات التركية قد أعلنت مقتل 22 جنديا.", "السلطات التركية", "أعلنت",
      "22 جنديا", nil
    ),
    (
      "ru",
      "Сирийская обсерватория по правам человека (СОПЧ), базирующаяся в Лондоне, сначала "
        + "сообщала о 30 погибших.", "Сирийская обсерватория по правам человека (СОПЧ)",
      "сообщала", "30 погибших", "Лондоне"
    ),
    (
      "ru", "Накануне вечером турецкие власти говорили о 22 погибших.", "турецкие власти",
      "говорили", "22 погибших", nil
    ),
    ("fr", "Le bilan est de 33 morts, a-t-il déclaré.", "", "a-t-il déclaré", "33 morts", nil),
  ]

  @Test(arguments: cases.indices)
  func cuesSourcesAndContent(_ index: Int) throws {
    let (language, text, source, cue, inside, outside) = Self.cases[index]
    let found = attributions(text, language)
    let attribution = try #require(found.first, "no attribution in \(text)")
    #expect(attribution.source == (source.isEmpty ? nil : source), "\(text)")
    #expect(attribution.cue == cue, "\(text)")
    let content = attribution.content.slice(of: text)
    #expect(content.contains(inside), "content: \(content)")
    if let outside { #expect(!content.contains(outside), "content: \(content)") }
    if let range = attribution.sourceRange { #expect(range.slice(of: text) == source) }
  }

  @Test(arguments: [
    ("es", "El grupo francés Hélior ha anunciado la compra de Karayel.", "ha anunciado"),
    ("es", "El fondo Al-Waha Capital negó haber presentado una oferta.", "negó"),
    (
      "es", "El fondo presentó una oferta, como había publicado la prensa turca.",
      "como había publicado"
    ),
    ("ru", "Как сообщали турецкие СМИ, фонд готовил предложение.", "Как сообщали"),
    ("ru", "В фонде эту информацию опровергли.", "опровергли"),
    ("tr", "Fon, bu haberleri yalanladı.", "yalanladı"),
    ("fr", "Le fonds Al-Waha Capital a démenti ces informations.", "a démenti"),
    ("fr", "Elle a chiffré les synergies à 120 millions d'euros.", "a chiffré"),
    ("en", "The fund denied that it had made a bid.", "denied"),
    ("en", "The premium is about 30 percent, Hélior said in a statement.", "said in a statement"),
    ("de", "Der Fonds dementierte die Berichte.", "dementierte"),
    ("de", "Der Fonds wies dies am Montagabend zurück.", "wies"),
    ("ar", "ونفى الصندوق أن يكون قد قدم عرضا.", "ونفى"),
  ])
  func perfectDenialAndAsReportedCues(language: String, text: String, cue: String) throws {
    let found = attributions(text, language)
    #expect(found.contains { $0.cue == cue }, "\(text): \(found.map(\.cue))")
  }

  /// A subject with a relative clause before a verb that nothing follows but time words.
  @Test(arguments: [
    (
      "en",
      "The fund Al-Waha Capital, which media had said made an offer of 2.8 billion euros, "
        + "denied on Monday that it had made a bid.", "denied", "The fund Al-Waha Capital"
    ),
    (
      "fr",
      "Le fonds Al-Waha Capital, qui aurait présenté une offre de 2,8 milliards d'euros selon "
        + "la presse, a démenti lundi soir.", "a démenti", "Le fonds Al-Waha Capital"
    ),
  ])
  func subjectBeforeARelativeClause(language: String, text: String, cue: String, source: String)
    throws
  {
    let found = attributions(text, language)
    let attribution = try #require(found.first { $0.cue == cue }, "\(found.map(\.cue))")
    #expect(attribution.source == source)
  }

  /// Turkish: a one-word subject set off by a comma is a topic that speaks; alone it is not.
  @Test func turkishTopicBeforeACommaSpeaks() throws {
    let topic = try #require(
      attributions("Fon, bu haberleri yalanladı.", "tr").first { $0.cue == "yalanladı" })
    #expect(topic.source == "Fon")
    for text in [
      "Toplantının ertelendiği bildirildi.", "Toplantının, yarın yapılacağı bildirildi.",
    ] {
      let passive = attributions(text, "tr")
      #expect(passive.allSatisfy { $0.source == nil }, "\(passive.map(\.source))")
    }
  }

  /// `said in a statement` after the content: the figure before it is covered.
  @Test func saidInAStatementCoversWhatPrecedes() throws {
    let text = "The price includes a premium of about 30 percent, Hélior said in a statement."
    let attribution = try #require(attributions(text, "en").first)
    #expect(attribution.source == "Hélior")
    #expect(attribution.content.slice(of: text).contains("30 percent"))
  }

  /// A prepositional cue that names its source (`nach türkischen Angaben`) covers its sentence.
  @Test func aCueThatNamesItsSourceCoversTheSentence() throws {
    let text = "Bei einem Luftangriff sind nach türkischen Angaben 33 Soldaten getötet worden."
    let attribution = try #require(attributions(text, "de").first)
    #expect(attribution.source == "nach türkischen Angaben")
    #expect(attribution.content.slice(of: text).contains("33 Soldaten"))
  }

  /// German `Das teilte X mit`: the pronoun is the object, X after the verb speaks.
  @Test func germanObjectPronounFirstPutsTheSubjectAfter() throws {
    let text = "Es starben 33 Soldaten. Das teilte der Gouverneur am Freitagmorgen mit."
    let attribution = try #require(attributions(text, "de").first)
    #expect(attribution.source == "der Gouverneur")
    #expect(attribution.cue == "teilte")
    #expect(attribution.content.slice(of: text).contains("33 Soldaten"))
  }

  /// Arabic: `أنه` (that + pronoun) ends an inverted subject after the verb.
  @Test func arabicComplementizerWithAPronounEndsTheSubject() throws {
    let text = "نفى الصندوق ذلك، بعدما ذكرت صحف تركية أنه عرض نحو 2.8 مليار يورو."
    let found = attributions(text, "ar")
    let reported = try #require(found.first { $0.cue == "ذكرت" }, "\(found.map(\.cue))")
    #expect(reported.source == "صحف تركية")
  }

  /// A prepositional cue inside a clause (no comma around it) reports the whole sentence.
  @Test func aCueInsideAClauseCoversTheSentence() throws {
    let text = "Hélior bewertet das Unternehmen laut einer Mitteilung mit 2,5 Milliarden Euro."
    let attribution = try #require(attributions(text, "de").first)
    #expect(attribution.cue == "laut")
    #expect(attribution.content.slice(of: text).contains("2,5 Milliarden Euro"))
    let before = "33 soldiers were killed, according to officials."
    let english = try #require(attributions(before, "en").first)
    #expect(english.content.slice(of: before).contains("33 soldiers"))
    #expect(!english.content.slice(of: before).contains("officials"))
  }

  /// A pronoun source (`Elle`) is the speaker named before it in the paragraph.
  @Test func aPronounSourceIsTheSpeakerNamedBefore() throws {
    let text =
      "« Nous répondrons », a déclaré le président turc, Recep Tayyip Erdogan. "
      + "Il a précisé que 33 soldats étaient morts."
    let found = attributions(text, "fr")
    let named = try #require(found.first { $0.cue == "a déclaré" })
    let pronoun = try #require(found.first { $0.cue == "a précisé" })
    #expect(pronoun.source == "Il")
    #expect(named.source == "le président turc, Recep Tayyip Erdogan")
    #expect(named.sourceEntity != nil)
    #expect(pronoun.sourceEntity == named.sourceEntity)
  }

  @Test func channelsAreNamed() throws {
    let french = try #require(
      attributions(
        "Plusieurs militaires ont été blessés, a déclaré le gouverneur de la province de Hatay, "
          + "frontalière de la Syrie, à l'agence de presse étatique turque Anadolu.", "fr"
      ).first)
    #expect(french.source == "le gouverneur de la province de Hatay")
    #expect(french.channel == "l'agence de presse étatique turque Anadolu")
    let english = try #require(
      attributions("The governor told Reuters that 33 soldiers died.", "en").first)
    #expect(english.channel == "Reuters")
    #expect(english.source == "The governor")
  }

  @Test func appositionIsNotTheSubject() throws {
    let text =
      "Peu avant, l'Observatoire syrien des droits de l'Homme (OSDH), une ONG, avait fait état "
      + "de plus de 30 soldats turcs tués."
    let attribution = try #require(attributions(text, "fr").first)
    #expect(attribution.source == "l'Observatoire syrien des droits de l'Homme (OSDH)")
    #expect(attribution.sourceEntity?.concept == "sohr")
    #expect(attribution.content.slice(of: text).contains("30 soldats"))
  }

  @Test func nounsThatLookLikeVerbsAreNotCues() {
    #expect(attributions("Peu avant l'annonce du gouverneur, rien.", "fr").isEmpty)
  }

  @Test(arguments: [
    ("fr", "Il a exclu de faire « le moindre pas en arrière »."),
    ("en", "He said: “We will respond.”"),
    ("de", "Er sagte: „Wir werden antworten.“"),
    ("es", "Dijo: \"Vamos a responder\"."),
  ])
  func directQuotesInAnyMarks(language: String, text: String) throws {
    let attribution = try #require(attributions(text, language).first)
    let quote = try #require(attribution.quote)
    let quoted = quote.slice(of: text)
    #expect(quoted.count > 4)
    #expect(text.contains(quoted))
  }

  @Test func apostrophesAreNotClosingQuotes() throws {
    let text = "Il a dit ‘aujourd’hui nous répondrons’ hier."
    let attribution = try #require(attributions(text, "fr").first { $0.quote != nil })
    #expect(attribution.quote?.slice(of: text) == "‘aujourd’hui nous répondrons’")
  }
}

@Suite struct TurkishEvidentialTests {
  @Test func anEvidentialPassiveHasNoNamedSource() throws {
    let text = "Toplantının yarın yapılacağı bildirildi."
    let attribution = try #require(FactsTestSupport.facts(text, "tr").attributions.first)
    #expect(attribution.cue == "bildirildi")
    #expect(attribution.source == nil)
  }
}
