import Foundation
import ParallaxCorpus
import Testing

@testable import ParallaxFacts

/// The classes of issue 9's Numbers section, one case or more per class and language, read
/// through the whole facts extractor: Turkish compound words, `buçuk`, magnitude letters,
/// counting words; Arabic short teens, `ه` for `ة`, word fractions, a glued scale; leading-dot
/// decimals, a lost minus, decimal words; year-like counts; `sayı`; changes and "exceeded".
/// Sentences written for these tests.
@Suite struct NumberClassTests {
  /// One expected figure: its number's surface, value, qualifier, status (`nil`: not tested,
  /// running totals are not this suite's class), earlier value.
  struct Case: Sendable, CustomStringConvertible {
    var language: String
    var text: String
    var surface: String
    var value: String
    var qualifier: Figure.Qualifier = .exact
    var status: Figure.Status?
    var from: String?
    var description: String { "[\(language)] \(text)" }
  }

  static let cases: [Case] = [
    // Turkish number words written together, buçuk, magnitude letters, counting words.
    Case(
      language: "tr", text: "Tatbikata kırkiki gönüllü katıldı.", surface: "kırkiki", value: "42"),
    Case(
      language: "tr", text: "Depoda yediyüzotuz koli ilaç bekliyor.", surface: "yediyüzotuz",
      value: "730"),
    Case(
      language: "tr", text: "Kızılay onbin battaniye gönderdi.", surface: "onbin", value: "10000"),
    Case(
      language: "tr", text: "Kuyrukta bin buçuk araç bekledi.", surface: "bin buçuk", value: "1500"),
    Case(
      language: "tr", text: "Zarar 7 buçuk milyon lirayı buldu.", surface: "7 buçuk milyon",
      value: "7500000"),
    Case(
      language: "tr", text: "Tahminen 150b kişi meydanı doldurdu.", surface: "150b",
      value: "150000", qualifier: .about),
    Case(
      language: "tr", text: "Proje bütçesi 2,7M TL olarak açıklandı.", surface: "2,7M",
      value: "2700000"),
    Case(
      language: "tr", text: "Pazarda beş deste maydanoz satıldı.", surface: "beş deste", value: "50"
    ),
    // Leading-dot decimals, a lost minus, decimal words.
    Case(language: "tr", text: "Endeks .4 puan düştü.", surface: ".4", value: "0.4"),
    Case(language: "tr", text: "- 1 3/4", surface: "- 1 3/4", value: "-1.75"),
    Case(
      language: "tr", text: "Hava sıcaklığı eksi 15 dereceye indi.", surface: "eksi 15",
      value: "-15"),
    Case(language: "tr", text: "Oran 2 virgül 9 oldu.", surface: "2 virgül 9", value: "2.9"),
    // Year-like counts; a count after sayı.
    Case(
      language: "tr", text: "Yaralı sayısı 1960'a yükseldi.", surface: "1960", value: "1960"),
    Case(language: "tr", text: "Kayıp sayı 23'e çıktı.", surface: "23", value: "23"),
    // A change is not a range; exceeded is more than.
    Case(
      language: "tr", text: "İşsizlik %9,8'den %10,4'e yükseldi.", surface: "10,4", value: "10.4",
      status: .change, from: "9.8"),
    Case(
      language: "tr", text: "Tahliye edilenlerin sayısı 6 bini aştı.", surface: "6 bini",
      value: "6000", qualifier: .moreThan),
    // Arabic.
    Case(language: "ar", text: "أصيب ست عشر شخصا.", surface: "ست عشر", value: "16"),
    Case(language: "ar", text: "نجت ثماني عشرة عائلة.", surface: "ثماني عشرة", value: "18"),
    Case(language: "ar", text: "اعتقل ثمانيه شبان.", surface: "ثمانيه", value: "8"),
    Case(language: "ar", text: "غادر سدس السكان المدينة.", surface: "سدس", value: "1/6"),
    Case(language: "ar", text: "فقد عشر المزارعين أراضيهم.", surface: "عشر", value: "0.1"),
    Case(language: "ar", text: "أصيبت عشر نساء.", surface: "عشر", value: "10"),
    Case(language: "ar", text: "وصل ٧آلاف و٤ مئة لاجئ.", surface: "٧آلاف و٤ مئة", value: "7400"),
    Case(
      language: "ar", text: "بلغت النسبة 4 فاصلة 2 في المئة.", surface: "4 فاصلة 2", value: "4.2"),
    Case(language: "ar", text: "بلغ عدد المصابين 1880.", surface: "1880", value: "1880"),
    Case(
      language: "ar", text: "ارتفعت نسبة البطالة من 8 إلى 11.5 في المئة.", surface: "11.5",
      value: "11.5", status: .change, from: "8"),
    Case(
      language: "ar", text: "تراجع عدد الزوار من 900 إلى 600.", surface: "600", value: "600",
      status: .change, from: "900"),
    Case(
      language: "ar", text: "تجاوز عدد المفقودين في الفيضانات 700.", surface: "700", value: "700",
      qualifier: .moreThan),
    // Russian.
    Case(language: "ru", text: "На форум приехали 30к гостей.", surface: "30к", value: "30000"),
    Case(language: "ru", text: "Ущерб оценили в 9М рублей.", surface: "9М", value: "9000000"),
    Case(
      language: "ru", text: "Пострадали два десятка человек.", surface: "два десятка", value: "20"),
    Case(
      language: "ru", text: "Рост составил 2 точка 3 процента.", surface: "2 точка 3", value: "2.3"),
    Case(
      language: "ru", text: "Число раненых достигло 2110.", surface: "2110", value: "2110",
      status: .cumulative),
    Case(
      language: "ru", text: "Число эвакуированных превысило 800.", surface: "800", value: "800",
      qualifier: .moreThan),
    Case(
      language: "ru", text: "Столбик термометра опустился до минус 41.", surface: "минус 41",
      value: "-41"),
    // English.
    Case(
      language: "en", text: "The number of evacuees reached 2090 on Sunday.", surface: "2090",
      value: "2090"),
    Case(language: "en", text: "A total of 2020 troops were sent.", surface: "2020", value: "2020"),
    Case(language: "en", text: "Yields fell .3 point.", surface: ".3", value: "0.3"),
  ]

  @Test(arguments: cases)
  func figure(_ item: Case) throws {
    let facts = FactsTestSupport.facts(item.text, item.language)
    let found = facts.figures.first { $0.range.slice(of: item.text) == item.surface }
    let figure = try #require(
      found,
      "no figure «\(item.surface)»: \(facts.figures.map { $0.range.slice(of: item.text) })")
    #expect(figure.value == ExactNumber(string: item.value), "value \(figure.value)")
    #expect(figure.qualifier == item.qualifier)
    if let status = item.status { #expect(figure.status == status) }
    #expect(figure.changedFrom == item.from.flatMap { ExactNumber(string: $0) })
  }

  /// (language, text, a span that must not be a count figure's number, or part of one).
  static let notFigures: [(String, String, String)] = [
    // A year word or suffix beside a four-digit number keeps it a year.
    ("tr", "2018'de yaralı sayısı 40'ı buldu.", "2018"),
    ("tr", "Yaralı sayısı 2015 yılında 300'dü.", "2015"),
    ("ru", "Число раненых в 2016 году составило 90.", "2016"),
    ("ar", "بلغ عدد المصابين عام 2014 نحو 70.", "2014"),
    ("en", "The number of deaths in 2012 was 40.", "2012"),
    // Without a count cue a year-like number is a year.
    ("en", "The bridge opened 1998 after delays.", "1998"),
    // A dash before words is no minus; metres are no millions; a price is no fraction.
    ("en", "- Three people were hurt.", "-"),
    ("ru", "Высота 5м над уровнем моря.", "5м"),
    ("ar", "ارتفع ثمن الخبز.", "ثمن"),
    // A negated exceeded verb is no "more than" (checked in `negatedExceededIsNotMoreThan`).
    // 'sayı' is no reference word any more, but a reference word still is one.
    ("tr", "Kanun no 5651 uyarınca erişim engellendi.", "5651"),
  ]

  @Test(arguments: 0..<notFigures.count)
  func notAFigure(_ index: Int) throws {
    let (language, text, span) = Self.notFigures[index]
    let facts = FactsTestSupport.facts(text, language)
    let range = try #require(text.range(of: span))
    let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
    let spanRange = TextRange(start, start + span.unicodeScalars.count)
    let hits = facts.figures.filter { $0.kind == .count && $0.range.overlaps(spanRange) }
    #expect(hits.isEmpty, "[\(language)] \(text): \(hits.map { $0.range.slice(of: text) })")
  }

  /// `n'a pas dépassé 7200 m`, `не превысило 100`: not more than.
  @Test func negatedExceededIsNotMoreThan() {
    for (language, text) in [
      ("fr", "Les alpinistes n'ont pas dépassé 7200 mètres."),
      ("ru", "Число пострадавших не превысило 100."),
    ] {
      let figures = FactsTestSupport.facts(text, language).figures
      #expect(figures.count == 1 && figures.first?.qualifier == .exact, "\(text)")
    }
  }

  /// A qualifier that keeps its sense: `до 30` is "up to" without a verb of change, and a
  /// range stays a range without one.
  @Test func upToAndRangesWithoutAVerbOfChange() throws {
    let upTo = FactsTestSupport.facts("В лагере до 30 человек.", "ru").figures
    #expect(upTo.first?.qualifier == .upTo)
    let range = FactsTestSupport.facts("قتل بين 10 و 20 شخصا.", "ar").figures
    #expect(range.first?.qualifier == .range && range.first?.status == .plain)
  }
}
