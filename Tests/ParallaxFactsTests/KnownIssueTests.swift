import ParallaxCorpus
import Testing

@testable import ParallaxFacts

/// Known accuracy problems, each on sentences written for this suite: a Turkish common noun
/// opening a sentence joined to the name after it, Arabic قد before a past verb read as a
/// hedge, English number-unit adjectives (`a one-day visit`) read as figures.
@Suite struct KnownIssueTests {
  private static func entities(_ text: String, _ language: String) -> [String] {
    FactsTestSupport.facts(text, language).entities.map(\.text)
  }

  private static func figures(_ text: String, _ language: String) -> [Figure] {
    FactsTestSupport.facts(text, language).figures
  }

  // MARK: Turkish: a case-marked common noun opening a sentence is no part of a name.

  @Test(arguments: [
    ("Toplantıya Milli Savunma Bakanı Hulusi Akar katıldı.", "Hulusi Akar"),
    ("Toplantıya Hulusi Akar da katıldı.", "Hulusi Akar"),
    ("Görüşmeye Kemal Yıldırım ve Ayşe Tekin katıldı.", "Kemal Yıldırım"),
    ("Açıklamasında Selim Karaca iddiaları reddetti.", "Selim Karaca"),
    ("Toplantının Orhan Demirtaş tarafından yönetildiği bildirildi.", "Orhan Demirtaş"),
  ])
  func turkishOpeningNounIsNoName(_ text: String, _ name: String) {
    let found = Self.entities(text, "tr")
    let opening = String(text.prefix { $0 != " " })
    #expect(!found.contains { $0.hasPrefix(opening) }, "\(found)")
    #expect(found.contains(name), "\(found)")
    let entity = FactsTestSupport.facts(text, "tr").entities.first { $0.text == name }
    #expect(entity?.title?.hasPrefix(opening) != true, "\(entity?.title ?? "")")
  }

  @Test(arguments: [
    ("Recep Tayyip Erdoğan dedi ki ateşkes sürecek.", "Recep Tayyip Erdoğan"),
    ("Hatay Valisi Rahmi Doğan yaralıları ziyaret etti.", "Rahmi Doğan"),
    ("Mehmet Öztürk Ankara'ya döndü.", "Mehmet Öztürk"),
    ("Antalya Büyükşehir Belediyesi açıklama yaptı.", "Antalya Büyükşehir Belediyesi"),
    ("Emine Kaya dün açıklama yaptı.", "Emine Kaya"),
    ("Aydın Yalçın ve Seda Tuna konuştu.", "Aydın Yalçın"),
  ])
  func turkishOpeningNamesStayWhole(_ text: String, _ name: String) {
    let found = Self.entities(text, "tr")
    #expect(found.contains(name), "\(found)")
  }

  @Test func turkishTitleAfterOpeningNoun() throws {
    let facts = FactsTestSupport.facts(
      "Toplantıya Milli Savunma Bakanı Hulusi Akar katıldı.", "tr")
    let akar = try #require(facts.entities.first { $0.text == "Hulusi Akar" })
    #expect(akar.kind == .person)
    #expect(akar.title == "Milli Savunma Bakanı")
  }

  // MARK: Arabic: قد before a past verb affirms; before an imperfect verb it hedges.

  @Test(arguments: [
    "قد قتل 33 جنديا في الهجوم",
    "وكان الجيش قد أعلن مقتل 12 مسلحا",
    "قد تم الإفراج عن 20 معتقلا",
  ])
  func arabicQadBeforePastIsNotHedge(_ text: String) throws {
    let figure = try #require(Self.figures(text, "ar").first)
    #expect(figure.status != .hedged, "\(figure.text) \(figure.status)")
  }

  @Test(arguments: [
    "قد يرتفع عدد القتلى إلى 40",
    "قد تصل الخسائر إلى 15 مليون دولار",
    "وقد يرتفع عدد الجرحى إلى 60",
  ])
  func arabicQadBeforeImperfectIsHedge(_ text: String) throws {
    let figure = try #require(Self.figures(text, "ar").last)
    #expect(figure.status == .hedged, "\(figure.text) \(figure.status)")
  }

  // MARK: English: a number hyphened to a unit before a noun is an adjective.

  @Test(arguments: [
    "The minister began a one-day visit to Ankara.",
    "The club signed a two-year deal with the striker.",
    "The three-member panel will report in March.",
    "Rebels agreed to a 10-day truce.",
  ])
  func englishNumberUnitAdjectiveIsNoFigure(_ text: String) {
    let found = Self.figures(text, "en")
    #expect(found.isEmpty, "\(found.map(\.text))")
  }

  @Test(arguments: [
    ("Thirty-three soldiers were killed.", "33"),
    ("The army said twenty-two people were wounded.", "22"),
    ("Officials counted one hundred and twenty-five dead.", "125"),
  ])
  func englishHyphenedNumbersStayFigures(_ text: String, _ value: String) throws {
    let figure = try #require(Self.figures(text, "en").first)
    #expect(figure.value == ExactNumber(string: value))
  }

  @Test func onlyTheCountSurvivesBesideAnAdjective() {
    let found = Self.figures("Twelve soldiers died during the three-day offensive.", "en")
    #expect(found.map(\.text) == ["Twelve"])
  }
}
