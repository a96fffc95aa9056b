import Foundation
import ParallaxCorpus
import Testing

@testable import ParallaxFacts

/// Things that look like figures and are not (LANGUAGES.md): articles, dates, years,
/// ordinals, times, phone numbers, IP addresses, references, vague frequencies.
@Suite struct FigureTrapTests {
  /// (language, text, a span that must not be (part of) any figure's number).
  static let notFigures: [(String, String, String)] = [
    ("fr", "a convoqué un conseil de sécurité", "un"),
    ("fr", "l'OSDH, une ONG, avait fait état", "une"),
    ("fr", "Erdogan a plusieurs fois sommé le régime", "plusieurs"),
    ("fr", "tués jeudi 27 février dans des frappes", "27"),
    ("fr", "le 3 mars 2020 à Idleb", "2020"),
    ("fr", "en 2019, la guerre", "2019"),
    ("fr", "à 14h30 heure locale", "14"),
    ("fr", "le 1er mars", "1"),
    ("fr", "le serveur 192.168.1.1 répond", "192"),
    ("fr", "appelez le 01 23 45 67 89", "23"),
    ("fr", "la résolution n° 2254", "2254"),
    ("en", "one of them said", "one"),
    ("en", "Other countries condemned the attack.", "Other"),
    ("en", "the other soldiers went home", "other"),
    ("en", "a meeting was held", "a"),
    ("en", "the 3rd brigade", "3"),
    ("en", "On Feb. 27, 2020, the army", "27"),
    ("en", "he called many times", "many"),
    ("en", "call +1 222 333 4444 now", "222"),
    ("en", "at 10:30 local time", "10"),
    ("en", "an F-16 crashed", "16"),
    ("en", "the A320 landed", "320"),
    ("en", "version 2 of the deal", "2"),
    ("de", "ein Treffen in Ankara", "ein"),
    ("de", "am 27. Februar griffen", "27"),
    ("de", "am 3. März 2020", "2020"),
    ("es", "uno de ellos dijo", "uno"),
    ("es", "una reunión en Ankara", "una"),
    ("es", "el jueves 27 de febrero", "27"),
    ("es", "subamos al 4to piso", "4"),
    ("tr", "bir toplantı yapıldı", "bir"),
    ("tr", "27 Şubat Perşembe günü", "27"),
    ("tr", "3'üncü tugay", "3"),
    ("tr", "birkaç kez uyardı", "birkaç"),
    ("ar", "في 27 شباط/فبراير", "27"),
    ("ar", "حذر عدة مرات", "عدة"),
    ("ru", "27 февраля в Идлибе", "27"),
    ("ru", "несколько раз предупреждал", "несколько"),
    ("ru", "в 2019 году", "2019"),
    ("ru", "двадцать второй день", "двадцать"),
    ("tr", "yirmi ikinci gün", "yirmi"),
    ("en", "date 2020-02 and ISO 2020-02-27", "2020"),
    ("en", "open 24/7 since", "24"),
    ("en", "a 1m wall", "1"),
    ("en", "at 2 p.m. local time", "2"),
    ("en", "after two days of talks", "two"),
    ("fr", "au cours des trois derniers mois", "trois"),
    ("de", "in den letzten drei Monate", "drei"),
    ("tr", "son üç aylık dönemde", "üç"),
    ("tr", "NATO anlaşmasının 4. maddesi", "4"),
    ("ar", "خلال الأشهر الثلاثة الأخيرة", "الثلاثة"),
    ("ru", "за три месяца", "три"),
    ("es", "el artículo 4 del tratado", "4"),
    ("en", "UN resolution 2254 calls", "2254"),
    ("de", "um 14 Uhr begann", "14"),
    ("tr", "saat 14.00'te başladı", "14"),
  ]

  @Test(arguments: 0..<FigureTrapTests.notFigures.count) func notAFigure(_ index: Int) {
    let (language, text, span) = FigureTrapTests.notFigures[index]
    let figures = FigureExtractor(language: language).figures(in: text)
    let bad = figures.filter { $0.range.slice(of: text).contains(span) }
    #expect(bad.isEmpty, "[\(language)] «\(text)»: \(bad.map(\.text))")
  }

  /// The seed report (../shared/seeds): the figures editors compare, and none from
  /// `un conseil`, `une ONG`, `plusieurs fois` or the date.
  @Test func seed() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/seeds")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    let name = try #require(files.first)
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    let extractor = FigureExtractor(language: "fr")
    let figures = text.components(separatedBy: "\n").flatMap { extractor.figures(in: $0) }
    let keys = figures.map {
      "\($0.text)|\($0.value)|\($0.qualifier)|\($0.measure?.key ?? "")"
    }
    #expect(keys.contains("au moins 22|22|atLeast|killed × people × turkish"))
    #expect(keys.contains("Au moins 22|22|atLeast|killed × soldiers × turkish"))
    #expect(keys.contains("Plusieurs|1|vague|wounded × soldiers × ?"))
    #expect(keys.contains("plus de 30|30|moreThan|killed × soldiers × turkish"))
    #expect(figures.count == 4, "\(keys)")
  }

  /// A score is not a range: "won 2-1" gives two plain numbers.
  /// Spanish `un 9,8 %` is an article before an exact figure, `unos 400` is about.
  @Test func spanishArticleBeforeAPercentIsNotAbout() throws {
    let figures = FactsTestSupport.facts(
      "Los títulos se dispararon un 9,8 %, con unos 400 millones de euros.", "es"
    ).figures
    let percent = try #require(figures.first { $0.text.contains("9,8") })
    #expect(percent.qualifier == .exact)
    let loan = try #require(figures.first { $0.text.contains("400") })
    #expect(loan.qualifier == .about)
  }

  /// A bare scaled amount after money in the same sentence is money in that currency; not in
  /// the next sentence, not when it counts something.
  @Test func currencyCarriesWithinASentence() throws {
    let figures = FactsTestSupport.facts(
      "Una ampliación de mil millones de euros y un préstamo de 1.500 millones. "
        + "Hay 2 millones de habitantes y 3 millones más.", "es"
    ).figures
    let loan = try #require(figures.first { $0.text.contains("1.500") })
    #expect(loan.kind == .money)
    #expect(loan.currency == "EUR")
    let people = try #require(figures.first { $0.text.hasPrefix("2 millones") })
    #expect(people.kind == .count)
    let next = try #require(figures.first { $0.text.hasPrefix("3 millones") })
    #expect(next.kind == .count)
  }

  @Test func scoreIsNotARange() {
    let figures = FigureExtractor(language: "en").figures(in: "Turkey won 2-1 on Sunday")
    #expect(!figures.contains { $0.qualifier == .range })
  }

  /// Amounts of different kinds are neither a range nor a change.
  @Test func mixedKindsAreNoRange() {
    let french = FigureExtractor(language: "fr").figures(
      in: "Le baril a chuté de 5 % à 47,5 dollars.")
    #expect(french.count == 2 && french.allSatisfy { $0.status == .plain && $0.upper == nil })
    let english = FigureExtractor(language: "en").figures(in: "The lira weakened 1.2% to 6.2.")
    #expect(english.count == 2 && english.allSatisfy { $0.qualifier != .range })
  }

  /// `au moins 22 morts`, `at least 22 dead` and `en az 22 ölü` are the same measure.
  @Test func sameMeasureAcrossLanguages() throws {
    let samples = [("fr", "au moins 22 morts"), ("en", "at least 22 dead"), ("tr", "en az 22 ölü")]
    let measures = try samples.map { language, text in
      try #require(FigureExtractor(language: language).figures(in: text).first?.measure)
    }
    #expect(measures.allSatisfy { $0.isCompatible(with: measures[0]) })
    #expect(Set(measures.map(\.key)).count == 1)
    // "22 morts" (killed × people) compares with "22 soldats turcs tués", not with wounded.
    let soldiers = try #require(
      FigureExtractor(language: "fr").figures(in: "22 soldats turcs tués").first?.measure)
    let wounded = try #require(
      FigureExtractor(language: "fr").figures(in: "22 blessés").first?.measure)
    #expect(measures[0].isCompatible(with: soldiers))
    #expect(!measures[0].isCompatible(with: wounded))
  }
}
