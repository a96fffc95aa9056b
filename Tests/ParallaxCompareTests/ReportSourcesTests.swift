import ParallaxFacts
import Testing

@testable import ParallaxCompare

/// A report's own references to its sources (`ReportSources`, `Resources/references.tsv`): a
/// bare office title is the person the report names with it, an anaphor the body cited before
/// it, an unattributed toll the one source of the sentence beside it, and a source's lower
/// toll beside its own higher one its history. Small reports of our own in several languages.
@Suite struct ReportSourcesTests {
  static func item(_ id: String, _ language: String, _ time: String, _ paragraphs: [String])
    -> AnalyzedReport
  {
    StoryDiffUnitTests.item(id, language, time, paragraphs)
  }

  /// The source of the figure of `value` in paragraph `paragraph` of the one-report diff.
  static func source(
    of value: Double, in paragraph: Int, _ report: AnalyzedReport, repeats: Bool = false
  ) -> FigureMention? {
    StoryDiff([report], names: CompareTestSupport.names, singles: true, repeats: repeats).measures
      .flatMap(\.mentions)
      .first { $0.evidence.paragraph == paragraph && $0.figure.value.doubleValue == value }
  }

  @Test(arguments: [
    ("the governor", "title-governor"), ("el gobernador", "title-governor"),
    ("le gouverneur", "title-governor"), ("der Gouverneur", "title-governor"),
    ("Vali", "title-governor"), ("الوالي", "title-governor"), ("губернатор", "title-governor"),
    ("la alcaldesa", "title-mayor"), ("el mismo organismo", "anaphor"),
    ("l'organisme", "anaphor"), ("the same ministry", "anaphor-ministry"),
    ("the company", "anaphor-company"), ("la misma empresa", "anaphor-company"),
    ("the governor of Dravia", "-"), ("Vali Kaya", "-"), ("the Turkish Coast Guard", "-"),
    ("die Behörden", "-"), ("les autorités", "-"), ("the governor and the mayor", "-"),
  ])
  func aSourceOfOnlyATitleOrAnaphorRefersBack(surface: String, row: String) {
    #expect((SourceReferences.shipped.reference(in: surface)?.id ?? "-") == row, "\(surface)")
  }

  @Test(arguments: [
    ("Provinzgouverneurin Lena Hartwig", "Lena Hartwig"),
    ("el gobernador de la región, Tomás Urrutia", "Tomás Urrutia"),
    ("Bölge Valisi Kemal Yıldıran", "Kemal Yıldıran"),
    ("the governor of Dravia province", "-"), ("Governor Hartwig", "-"),
    ("محافظ المنطقة كريم ناصر", "-"), ("the company", "-"),
  ])
  func aTitledSourceNamesItsHolder(surface: String, name: String) {
    #expect((SourceReferences.shipped.holderName(in: surface) ?? "-") == name, "\(surface)")
  }

  @Test func aBareTitleIsThePersonTheReportNamesWithIt() throws {
    let tr = Self.item(
      "tr", "tr", "2025-04-08T15:00+03:00",
      [
        "Maden kazasında ölü sayısı 14'e yükseldi",
        "Bölge Valisi Kemal Yıldıran, göçükte 12 madencinin hayatını kaybettiğini açıkladı.",
        "Vali, daha sonra ölü sayısının 14'e yükseldiğini söyledi.",
      ])
    let es = Self.item(
      "es", "es", "2025-04-08T18:00+02:00",
      [
        "Suben a 20 los muertos por el derrumbe de la mina Valdor",
        "El gobernador de la región, Tomás Urrutia, dijo que al menos 15 mineros murieron.",
        "Según el gobernador, hay 30 heridos.",
      ])
    let ar = Self.item(
      "ar", "ar", "2025-04-08T18:00+03:00",
      [
        "ارتفاع حصيلة انفجار منجم فالدور إلى 14 قتيلا",
        "وقال محافظ المنطقة كريم ناصر إن 12 عاملا قتلوا في الانفجار.",
        "وأعلن المحافظ ارتفاع الحصيلة إلى 14 قتيلا.",
      ])
    // A headline's title before the lead that names the holder: the first after it.
    let de = Self.item(
      "de", "de", "2025-04-08T16:00+02:00",
      [
        "Gouverneur spricht von 14 Toten",
        "Bei der Explosion in der Grube Valdor sind nach Angaben des Gouverneurs Jonas Weidmann "
          + "mindestens 14 Bergleute ums Leben gekommen.",
      ])
    for (report, value, paragraph, holder) in [
      (tr, 14.0, 2, "kemal yildiran"), (es, 30, 2, "tomas urrutia"), (de, 14, 0, "jonas weidmann"),
    ] {
      let mention = try #require(Self.source(of: value, in: paragraph, report), "\(report.id)")
      #expect(mention.source.id == "name:" + holder, "\(report.id)")
    }
    let arabic = try #require(Self.source(of: 14, in: 2, ar))
    let named = try #require(Self.source(of: 12, in: 1, ar))
    #expect(named.source.id.hasPrefix("name:"))
    #expect(arabic.source == named.source)
    // The title is a citation of its holder, never a source of its own.
    let diff = StoryDiff([tr, es, ar, de], names: CompareTestSupport.names)
    #expect(!diff.sources.contains { $0.source.id.hasPrefix("text:") })
    let listed = diff.sources.flatMap(\.names)
    for bare in ["tr Vali", "es el gobernador", "ar المحافظ", "de Gouverneur"] {
      #expect(!listed.contains(bare), "\(bare)")
    }
  }

  /// `un syndicat`, `a union`, `eine Gewerkschaft`: an indefinite kind of body is the one body
  /// of that kind the report names (cited or not, before or after it); with two, it stays as
  /// written.
  @Test func anIndefiniteKindOfBodyIsTheOneTheReportNames() throws {
    let fr = Self.item(
      "fr", "fr", "2025-11-04T18:00+01:00",
      [
        "Grève à l'usine Norvia : un syndicat annonce 300 grévistes",
        "La direction de Norvia a recensé 120 salariés en grève mardi matin.",
        "L'Union des métallurgistes du Nord (UMN) appelle à poursuivre le mouvement.",
      ])
    let en = Self.item(
      "en", "en", "2025-11-04T17:00Z",
      [
        "A union says 300 workers joined the strike at Norvia",
        "The United Metalworkers Union said 300 workers had walked out by noon.",
      ])
    let de = Self.item(
      "de", "de", "2025-11-04T18:00+01:00",
      [
        "Eine Gewerkschaft spricht von 300 Streikenden",
        "Die Metallgewerkschaft Nord rief zu weiteren Streiks auf.",
        "Auch die Lehrergewerkschaft Süd kündigte Proteste an.",
      ])
    let named = try #require(Self.source(of: 300, in: 0, fr))
    #expect(named.source.name.contains("Union des métallurgistes"), "\(named.source)")
    let cited = try #require(Self.source(of: 300, in: 0, en))
    #expect(cited.source.name.contains("Metalworkers"), "\(cited.source)")
    // Two unions named: "Eine Gewerkschaft" stays as written.
    let ambiguous = try #require(Self.source(of: 300, in: 0, de))
    #expect(ambiguous.source.name == "Eine Gewerkschaft", "\(ambiguous.source)")
    #expect(SourceReferences.shipped.reference(in: "un syndicat")?.id == "anaphor-union")
    #expect(SourceReferences.shipped.reference(in: "un gouverneur") == nil)
  }

  @Test func anAnaphorIsTheBodyCitedBeforeIt() throws {
    let es = Self.item(
      "es", "es", "2025-04-08T18:00+02:00",
      [
        "Suben a 20 los muertos por el derrumbe de la mina Valdor",
        "La policía regional elevó este martes a 20 la cifra de muertos por el derrumbe.",
        "El gobernador de la región, Tomás Urrutia, dijo que al menos 15 mineros murieron.",
        "Los equipos de rescate sacaron con vida a 140 personas, según el mismo organismo.",
      ])
    // Not the governor cited just before it: an office is a person, no body.
    #expect(Self.source(of: 140, in: 3, es)?.source.id == "body:police")
    let en = Self.item(
      "en", "en", "2025-04-08T10:00Z",
      [
        "Mine blast injures dozens",
        "The Health Ministry said 30 people were injured in the blast. The ministry later said "
          + "45 people had been injured.",
      ])
    let first = try #require(Self.source(of: 30, in: 1, en))
    let second = try #require(Self.source(of: 45, in: 1, en))
    #expect(second.source == first.source)
    #expect(second.source.isNamed)
    // An anaphor with nothing before it to refer to is dropped, not made a source.
    let fr = Self.item(
      "fr", "fr", "2025-04-08T16:00+02:00",
      [
        "Coup de grisou dans la mine de Valdor",
        "La sécurité civile a secouru 140 mineurs, a indiqué l'organisme.",
      ])
    let diff = StoryDiff([fr], names: CompareTestSupport.names)
    #expect(!diff.sources.contains { $0.names.contains("fr l'organisme") })
    #expect(diff.measures.flatMap(\.mentions).allSatisfy { !$0.source.isNamed })
  }

  @Test func anUnattributedTollTakesTheSourceOfTheSentenceBesideIt() throws {
    let en = Self.item(
      "en", "en", "2025-04-08T10:00Z",
      [
        "Depot fire",
        "Nine people died in a fire at a depot near the pit. The fire brigade said 20 people "
          + "were injured.",
        "Thirty-three people died in the clashes. The police, for their part, said 34 people "
          + "were killed.",
      ])
    #expect(Self.source(of: 9, in: 1, en)?.source.id == "body:fire-service")
    // A source giving another value of the measure beside it is another voice.
    let other = try #require(Self.source(of: 33, in: 2, en))
    #expect(other.source.id != "body:police")
  }

  @Test func aSourcesLowerTollBesideItsOwnHigherOneIsItsHistory() throws {
    let es = Self.item(
      "es", "es", "2025-04-08T18:00+02:00",
      [
        "Suben a 20 los muertos por el derrumbe de la mina Valdor",
        "La policía regional elevó este martes a 20 la cifra de muertos por el derrumbe.",
        "Por la mañana, la policía había hablado de 11 muertos. El gobernador de la región, "
          + "Tomás Urrutia, dijo que al menos 15 mineros murieron.",
      ])
    let earlier = try #require(Self.source(of: 11, in: 2, es))
    let latest = try #require(Self.source(of: 20, in: 1, es))
    let governor = try #require(Self.source(of: 15, in: 2, es))
    #expect(earlier.source == latest.source)
    #expect(earlier.past)
    #expect(!latest.past)
    // Another source's lower figure is no history of the police's count.
    #expect(!governor.past)
  }
}
