import ParallaxAlign
import ParallaxCorpus
import Testing

/// Two outlets' short reports on one invented event, each with an off-story paragraph that
/// shares with the other report only function words and a weekday (and their dictionary
/// pairs): the story's paragraphs are linked, the off-story ones stay alone, and an
/// unrelated report links with nothing.
@Suite struct OffStoryTests {
  /// A report of `paragraphs`, the first its headline, the second its lead.
  static func report(_ name: String, _ language: String, _ paragraphs: [String]) -> Report {
    Report(
      id: name, path: name, format: .text,
      language: LanguageInfo(code: language, origin: .override, confidence: 1),
      paragraphs: paragraphs.enumerated().map {
        Paragraph(
          index: $0.offset, kind: $0.offset == 0 ? .headline : $0.offset == 1 ? .lead : .body,
          text: $0.element)
      })
  }

  /// Dictionary pairs of function words and weekdays, as FreeDict gives them.
  static func lexicon(_ pairs: [(String, String)]) -> [LexiconEntry] {
    pairs.map { LexiconEntry(source: $0.0, target: $0.1, score: 1, count: 0, origin: .dictionary) }
  }

  static func links(_ a: Report, _ b: Report, lexicon: [LexiconEntry] = []) -> (
    links: Set<[Int]>, result: ReportAlignment
  ) {
    let extractor = AlignGold.extractor
    let result = Aligner(lexicon: lexicon).align(
      extractor.analyze(a), extractor.analyze(b), unit: .paragraph, mode: .auto)
    let links = Set(result.pairs.map { [$0.first, $0.second] })
    print(
      "off-story \(a.language?.code ?? "")-\(b.language?.code ?? ""): \(links.sorted { $0.lexicographicallyPrecedes($1) }), \(result.decision.reason)"
    )
    return (links, result)
  }

  static let frenchFire = report(
    "fr-fire", "fr",
    [
      "Incendie dans une usine chimique de Valmorin : 41 ouvriers évacués",
      "Un incendie s'est déclaré jeudi matin dans l'usine Norvane de Valmorin, et 41 ouvriers "
        + "ont été évacués, selon la préfecture.",
      "Trois pompiers ont été légèrement blessés en combattant les flammes, a indiqué la maire, "
        + "Odile Brassac.",
      "Par ailleurs, le club de la ville a perdu jeudi soir son match à domicile.",
    ])

  static let englishFire = report(
    "en-fire", "en",
    [
      "Fire at Valmorin chemical plant forces evacuation of 41 workers",
      "Three firefighters were slightly injured fighting the blaze at the Norvane plant, mayor "
        + "Odile Brassac said.",
      "The fire broke out on Thursday morning and 41 workers were evacuated, the prefecture said.",
      "In other news, the new library will open its doors to the public on Thursday.",
    ])

  static let frenchEnglish = lexicon([
    ("le", "the"), ("la", "the"), ("les", "the"), ("de", "of"), ("à", "on"), ("son", "its"),
    ("a", "has"), ("jeudi", "Thursday"), ("soir", "evening"), ("par", "by"), ("en", "in"),
  ])

  @Test func frenchAndEnglishOffStoryParagraphsStayAlone() {
    let (links, result) = Self.links(Self.frenchFire, Self.englishFire, lexicon: Self.frenchEnglish)
    #expect(links.isSuperset(of: [[0, 0], [1, 2], [2, 1]]))
    #expect(result.unmatchedFirst.contains(3))
    #expect(result.unmatchedSecond.contains(3))
  }

  @Test func anUnrelatedReportLinksWithNothing() {
    let markets = Self.report(
      "en-markets", "en",
      [
        "Stocks slide as the central bank holds its rates",
        "Shares fell on Thursday in New York, and the dollar lost ground against the yen.",
        "Traders said the bank's decision on Thursday had been expected by the markets.",
      ])
    let (links, result) = Self.links(Self.frenchFire, markets, lexicon: Self.frenchEnglish)
    #expect(links.isEmpty, "\(result.links)")
  }

  @Test func germanAndSpanishOffStoryParagraphsStayAlone() {
    let german = Self.report(
      "de-flood", "de",
      [
        "Hochwasser in Orlenbach: 120 Menschen in Sicherheit gebracht",
        "Nach tagelangem Regen ist die Selde am Dienstag über die Ufer getreten; 120 Menschen "
          + "wurden aus Orlenbach in Sicherheit gebracht, teilte die Feuerwehr mit.",
        "Bürgermeister Lukas Harrer kündigte Soforthilfen von 2,5 Millionen Euro an.",
        "Am Dienstag war auch der Marktplatz für ein Fest gesperrt, das nun im Mai stattfindet.",
      ])
    let spanish = Self.report(
      "es-flood", "es",
      [
        "Inundaciones en Orlenbach: 120 personas evacuadas",
        "El alcalde Lukas Harrer anunció ayudas de emergencia de 2,5 millones de euros.",
        "El río Selde se desbordó el martes tras días de lluvia y 120 personas fueron evacuadas "
          + "de Orlenbach, según los bomberos.",
        "El martes también se celebró en la capital una feria que reunió a miles de visitantes.",
      ])
    let lexicon = Self.lexicon([
      ("der", "el"), ("die", "la"), ("am", "el"), ("Dienstag", "martes"), ("für", "para"),
      ("ein", "una"), ("im", "en"), ("auch", "también"), ("das", "lo"), ("in", "en"),
    ])
    let (links, result) = Self.links(german, spanish, lexicon: lexicon)
    #expect(links.isSuperset(of: [[0, 0], [1, 2], [2, 1]]))
    #expect(result.unmatchedFirst.contains(3))
    #expect(result.unmatchedSecond.contains(3))
  }

  @Test func englishAndRussianOffStoryParagraphsStayAlone() {
    let russian = Self.report(
      "ru-fire", "ru",
      [
        "Пожар на химическом заводе в Вальморене: эвакуирован 41 рабочий",
        "В четверг утром на заводе Norvane в Вальморене вспыхнул пожар, 41 рабочего "
          + "эвакуировали, сообщила префектура.",
        "Три пожарных получили лёгкие ранения, сообщила мэр Одиль Брассак.",
        "Кроме того, в четверг вечером футбольный клуб города проиграл домашний матч.",
      ])
    let lexicon = Self.lexicon([
      ("the", "в"), ("on", "в"), ("Thursday", "четверг"), ("in", "в"), ("of", "из"),
      ("its", "его"), ("to", "к"),
    ])
    let (links, result) = Self.links(Self.englishFire, russian, lexicon: lexicon)
    #expect(links.isSuperset(of: [[0, 0], [1, 2], [2, 1]]))
    #expect(result.unmatchedFirst.contains(3))
    #expect(result.unmatchedSecond.contains(3))
  }

  /// A small number is content as a claim (a bound, a share), not as a bare value: `more
  /// than 60` ↔ `более 60` links two paragraphs that share nothing else a text without a
  /// dictionary can read, while `chapter 12` ↔ `глава 12` stays alone ("Book 1" ↔ "Chapter 1").
  @Test func aBoundedSmallFigureLinksABareOneDoesNot() {
    let english = Self.report(
      "en-regatta", "en",
      [
        "Storm scatters the Keldar regatta",
        "More than 60 dinghies capsized when the squall hit the bay.",
        "The club's history, chapter 12, recalls an older storm.",
      ])
    let russian = Self.report(
      "ru-regatta", "ru",
      [
        "Шторм разметал регату в Кельдаре",
        "Когда шквал налетел на залив, перевернулись более 60 швертботов.",
        "Глава 12 нового романа посвящена морю.",
      ])
    let (links, result) = Self.links(english, russian)
    #expect(links.contains([1, 1]), "\(result.links)")
    #expect(result.unmatchedFirst.contains(2))
    #expect(result.unmatchedSecond.contains(2))
  }
}
