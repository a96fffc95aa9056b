import ParallaxCorpus
import Testing

@testable import ParallaxFacts

@Suite struct DateTests {
  private static let february2020 = NewsDate(year: 2020, month: 2)
  private static let thursday = NewsDate(year: 2020, month: 2, day: 27)

  private func resolved(_ text: String, _ language: String, anchor: NewsDate?) -> [DateMention] {
    let resolver = DateResolver(anchor: anchor)
    return DateExtractor(language: language).dates(in: text).map { resolver.resolve($0) }
  }

  @Test(arguments: [
    (
      "fr", "Au moins 22 soldats turcs ont été tués, jeudi 27 février, dans des frappes.",
      "jeudi 27 février"
    ),
    ("en", "The strike came on Thursday, Feb. 27, near Idlib.", "Thursday, Feb. 27"),
    ("de", "Am 27. Februar starben mindestens 33 Soldaten.", "27. Februar"),
    ("tr", "Saldırı 27 Şubat Perşembe günü gerçekleşti.", "27 Şubat Perşembe"),
    ("ru", "Удар был нанесен 27 февраля в Идлибе.", "27 февраля"),
    ("ar", "قتل 33 جنديا في 27 شباط/فبراير في إدلب.", "27 شباط/فبراير"),
    ("ar", "وقع الهجوم في ٢٧ فبراير.", "٢٧ فبراير"),
    ("es", "El ataque ocurrió el jueves 27 de febrero en Idlib.", "jueves 27 de febrero"),
  ])
  func dayAndMonthResolveToTheReportYear(language: String, text: String, written: String) throws {
    let mentions = resolved(text, language, anchor: Self.february2020)
    let mention = try #require(mentions.first, "no date in \(text)")
    #expect(mention.text == written)
    #expect(mention.date == Self.thursday)
    #expect(mention.certainty == .inferredYear)
    #expect(mention.range.slice(of: text) == written)
  }

  @Test(arguments: [
    ("fr", "Il est mort hier.", -1), ("en", "He died yesterday.", -1),
    ("de", "Er starb gestern.", -1), ("tr", "Dün öldü.", -1), ("ru", "Он умер вчера.", -1),
    ("ar", "توفي أمس.", -1), ("es", "Murió ayer.", -1), ("fr", "Il viendra demain.", 1),
  ])
  func relativeDaysCountFromTheReportDay(language: String, text: String, offset: Int) throws {
    let mention = try #require(resolved(text, language, anchor: Self.thursday).first)
    #expect(mention.certainty == .relative)
    #expect(mention.date == NewsDate(year: 2020, month: 2, day: 27 + offset))
  }

  @Test(arguments: [
    ("fr", "La finalisation est attendue d'ici à la fin de l'année."),
    ("en", "The deal should close by the end of the year."),
    ("de", "Er rechnet mit einem Abschluss bis zum Jahresende."),
    ("es", "Se cerrará antes de final de año."),
    ("ru", "Завершить её планируется до конца года."),
    ("ar", "ومن المتوقع إتمام الصفقة بحلول نهاية العام."),
    ("tr", "İşlemin yıl sonuna kadar tamamlanması bekleniyor."),
  ])
  func endOfTheYearIsDecember31OfTheReportYear(language: String, text: String) throws {
    let mention = try #require(resolved(text, language, anchor: Self.thursday).first, "\(text)")
    #expect(mention.date == NewsDate(year: 2020, month: 12, day: 31), "\(text)")
    #expect(mention.certainty == .relative)
  }

  @Test(arguments: [
    ("es", "Las sinergias llegarán a partir de 2028.", "2028"),
    ("fr", "Les synergies sont attendues à partir de 2028.", "2028"),
  ])
  func aYearAfterATwoWordCueIsAYear(language: String, text: String, year: String) throws {
    let mention = try #require(resolved(text, language, anchor: Self.thursday).first, "\(text)")
    #expect(mention.date == NewsDate(year: 2028))
    #expect(mention.range.slice(of: text).contains(year))
  }

  /// A two-word month name alone after its cue word (`منذ كانون الأول`) is a month.
  @Test(arguments: ["منذ كانون الأول/ديسمبر إلى نزوح", "منذ كانون الأول إلى نزوح"])
  func twoWordMonthsAloneAreMonths(text: String) throws {
    let mention = try #require(resolved(text, "ar", anchor: Self.february2020).first)
    #expect(mention.date == NewsDate(year: 2019, month: 12))
  }

  @Test func weekdaysAloneAreTheLatestSuchDay() throws {
    let mentions = resolved(
      "Des pourparlers ont eu lieu mercredi et jeudi.", "fr", anchor: Self.thursday)
    #expect(mentions.map(\.date) == [NewsDate(year: 2020, month: 2, day: 26), Self.thursday])
    #expect(mentions.allSatisfy { $0.certainty == .weekdayOnly })
  }

  @Test func lastWeekIsApproximate() throws {
    let mention = try #require(resolved("It began last week.", "en", anchor: Self.thursday).first)
    #expect(mention.certainty == .approximate)
    #expect(mention.date == NewsDate(year: 2020, month: 2, day: 20))
  }

  @Test func explicitYearsAndISOAreExact() {
    let text = "Le 1er mars 2020, puis le 2020-03-05 et le 06/03/2020."
    let mentions = resolved(text, "fr", anchor: nil)
    #expect(
      mentions.compactMap(\.date) == [
        NewsDate(year: 2020, month: 3, day: 1), NewsDate(year: 2020, month: 3, day: 5),
        NewsDate(year: 2020, month: 3, day: 6),
      ])
    #expect(mentions.allSatisfy { $0.certainty == .exact })
  }

  @Test func englishMonthFirstWithYear() throws {
    let mention = try #require(
      resolved("On February 27, 2020, Turkey said.", "en", anchor: nil).first)
    #expect(mention.text == "February 27, 2020")
    #expect(mention.date == Self.thursday)
  }

  @Test func yearIsInferredAcrossNewYear() throws {
    let anchor = NewsDate(year: 2021, month: 1, day: 3)
    let mention = try #require(resolved("It happened on 30 December.", "en", anchor: anchor).first)
    #expect(mention.date == NewsDate(year: 2020, month: 12, day: 30))
  }

  @Test func withoutAnAnchorRelativeDatesStayUnresolved() throws {
    let mention = try #require(resolved("Il est mort hier.", "fr", anchor: nil).first)
    #expect(mention.date == nil)
    #expect(mention.certainty == .unresolved)
  }

  @Test func numbersThatAreNotDatesAreIgnored() {
    #expect(resolved("Au moins 22 morts et 3 blessés.", "fr", anchor: Self.thursday).isEmpty)
    #expect(resolved("May we come? They may.", "en", anchor: Self.thursday).count <= 1)
  }
}

@Suite struct DateCorpusTrapTests {
  private func resolved(_ text: String, _ language: String) -> [DateMention] {
    let resolver = DateResolver(anchor: NewsDate(year: 2020, month: 2, day: 28))
    return DateExtractor(language: language).dates(in: text).map { resolver.resolve($0) }
  }

  @Test func monthsAloneTakeTheNearestYear() {
    let mentions = resolved("The offensive began in December.", "en")
    #expect(mentions.first?.date == NewsDate(year: 2019, month: 12))
    #expect(mentions.first?.certainty == .monthOnly)
  }

  @Test func germanWeekdayCompoundsAndRussianNakanune() {
    #expect(
      resolved("Am Donnerstagabend griff die Armee an.", "de").first?.date
        == NewsDate(year: 2020, month: 2, day: 27))
    #expect(
      resolved("Накануне вечером армия атаковала.", "ru").first?.date
        == NewsDate(year: 2020, month: 2, day: 27))
  }

  @Test(arguments: [
    ("ru", "Это случилось в 2018 году.", "2018 году"),
    ("fr", "Le conflit dure depuis 2011.", "2011"),
    ("ar", "بدأ النزاع في عام 2011.", "2011"), ("tr", "Bu 2018 yılında oldu.", "2018 yılında"),
  ])
  func yearsAloneAreYears(language: String, text: String, written: String) throws {
    let mention = try #require(resolved(text, language).first)
    #expect(mention.text == written)
    #expect(mention.certainty == .yearOnly)
  }

  @Test func numbersAfterPrepositionsAreNotYears() {
    #expect(resolved("Il y avait 2011 soldats.", "fr").isEmpty)
    #expect(!resolved("Au moins 12 morts en 2011-2012.", "fr").contains { $0.text == "2011" })
  }
}
