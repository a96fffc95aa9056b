import ParallaxFacts
import Testing

@testable import ParallaxCompare

/// A pronoun as a source (`он`, `he`, `o`, and the Arabic verb whose inflection holds its
/// subject, `أعلنها`) is the person the report cited last before it, in any paragraph, by
/// name or by title; and a bare title in Arabic script meets its holder named with it
/// (`والي … ` + a name no capital can mark). Small reports of our own (issue 9, factseast5).
@Suite struct SourcePronounTests {
  @Test(arguments: [
    ("он", "ru", true), ("Она", "ru", true), ("они", "ru", true), ("губернатор", "ru", false),
    ("هو", "ar", true), ("أعلنها", "ar", true), ("أعلن", "ar", false), ("الوالي", "ar", false),
    ("o", "tr", true), ("Vali", "tr", false), ("he", "en", true), ("the governor", "en", false),
    ("он", "xx", false),
  ])
  func aPronounIsKnownPerLanguage(surface: String, language: String, pronoun: Bool) {
    #expect(SourcePronouns.isPronoun(surface, language: language) == pronoun, "\(surface)")
  }

  @Test func aPronounInALaterParagraphIsThePersonCitedBefore() throws {
    let ru = ReportSourcesTests.item(
      "ru", "ru", "2025-10-02T21:00+03:00",
      [
        "Число погибших при пожаре на складе выросло до 12",
        "Число погибших выросло до 12, сообщил в четверг вечером губернатор области Андрей "
          + "Клычков.",
        "Днём он говорил о девяти погибших и 20 раненых.",
      ])
    let named = try #require(ReportSourcesTests.source(of: 12, in: 1, ru))
    let pronoun = try #require(ReportSourcesTests.source(of: 20, in: 2, ru))
    #expect(named.source.isNamed)
    #expect(pronoun.source == named.source)
    #expect(named.sourceSurface?.hasPrefix("губернатор") == true, "\(named.sourceSurface ?? "-")")
    #expect(pronoun.source.name.lowercased().contains("клычков"), "\(pronoun.source.name)")
  }

  @Test func anArabicVerbHoldingItsSubjectIsThePersonCitedBefore() throws {
    let ar = ReportSourcesTests.item(
      "ar", "ar", "2025-10-02T21:00+03:00",
      [
        "ارتفاع حصيلة حريق المستودع إلى 12 قتيلا",
        "ارتفعت حصيلة قتلى حريق المستودع إلى 12 قتيلا، بحسب ما أعلن محافظ أوزون يايلا كريم "
          + "طوبراق مساء الخميس.",
        "وأضاف المحافظ أن 30 شخصا أصيبوا، بعدما كانت حصيلة سابقة أعلنها ظهرا قد أشارت إلى "
          + "9 قتلى.",
      ])
    let named = try #require(ReportSourcesTests.source(of: 12, in: 1, ar))
    let title = try #require(ReportSourcesTests.source(of: 30, in: 2, ar))
    let earlier = try #require(ReportSourcesTests.source(of: 9, in: 2, ar))
    #expect(named.source.isNamed)
    // `المحافظ` is the governor named in full before, though no capital marks his name.
    #expect(title.source == named.source, "\(title.source.name)")
    #expect(earlier.source == named.source, "\(earlier.source.name)")
    #expect(earlier.sourceSurface == "أعلنها", "\(earlier.sourceSurface ?? "-")")
  }

  @Test func aPronounWithNoPersonBeforeItNamesNoOneElse() throws {
    let tr = ReportSourcesTests.item(
      "tr", "tr", "2025-10-02T21:00+03:00",
      [
        "Depoda çıkan yangında 12 kişi öldü",
        "AFAD, yangında 12 kişinin öldüğünü açıkladı.",
        "Yangında 30 kişinin yaralandığını o da söyledi.",
      ])
    let body = try #require(ReportSourcesTests.source(of: 12, in: 1, tr))
    #expect(body.source.isNamed)
    // A body is no person: the pronoun does not take it, and is no source of its own.
    let pronoun = try #require(ReportSourcesTests.source(of: 30, in: 2, tr))
    #expect(pronoun.sourceSurface == "o", "\(pronoun.sourceSurface ?? "-")")
    #expect(!pronoun.source.isNamed, "\(pronoun.source.name)")
  }
}
