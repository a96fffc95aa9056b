import ParallaxText
import Testing

@testable import ParallaxFacts

/// A figure's sentence is the one `SentenceSplitter` gives, with the language's
/// abbreviations: `M.`, the dot of `2.5` and `;` do not end it.
@Suite struct FigureSentenceScopeTests {
  static func figures(_ text: String, _ language: String) -> [Figure] {
    FigureExtractor(language: language).figures(in: text)
  }

  @Test func anAbbreviationDoesNotEndTheSentenceOfADenial() {
    let figures = Self.figures(
      "Ankara a démenti les propos de M. Erdogan sur 22 soldats tués.", "fr")
    #expect(figures.map(\.value) == [ExactNumber(22)])
    #expect(figures.first?.status == .denied)
    // A real sentence end still does.
    let apart = Self.figures("Ankara a démenti. Selon Erdogan, 22 soldats ont été tués.", "fr")
    #expect(apart.first?.status == .plain)
  }

  /// A denial whose object points back at earlier figures (`conteste ces chiffres`) does not
  /// deny the figures its own sentence gives after it; a denial of a figure still does.
  @Test(arguments: [
    ("La fédération des dockers conteste ces chiffres : selon elle, 12 ouvriers sont morts.", "fr"),
    ("The pilots' association disputed these figures, saying 12 crew members had died.", "en"),
    ("Der Fischerverband bestreitet diese Zahlen: Nach seinen Angaben starben 12 Seeleute.", "de"),
    ("La asociación de pescadores niega estas cifras y afirma que murieron 12 marineros.", "es"),
  ])
  func aDenialOfTheFiguresBeforeDeniesNoneOfItsOwn(text: String, language: String) {
    let figures = Self.figures(text, language)
    #expect(figures.map(\.value) == [ExactNumber(12)])
    #expect(figures.first?.status == .plain)
  }

  @Test func aDenialOfItsOwnFigureStillDenies() {
    let fr = Self.figures("La fédération conteste que 12 ouvriers soient morts.", "fr")
    #expect(fr.first?.status == .denied)
    let en = Self.figures("The association disputed reports that 12 crew members had died.", "en")
    #expect(en.first?.status == .denied)
  }

  /// A phrase that opens an earlier count (`an earlier count of`, `حصيلة سابقة`) makes the
  /// figures after it earlier ones, not the current count the sentence gives before it.
  @Test(arguments: [
    ("Five fishermen are still missing, the mayor said, up from an earlier count of 9.", "en"),
    ("Cinq pêcheurs sont toujours portés disparus, après un précédent bilan de 9.", "fr"),
    (
      "وقال المحافظ إن 5 صيادين ما زالوا مفقودين، بعدما كانت حصيلة سابقة قد أشارت إلى 9 مفقودين.",
      "ar"
    ),
    ("Cinco pescadores siguen desaparecidos, frente a un balance anterior de 9.", "es"),
  ])
  func anEarlierCountPhraseScopesTheFiguresAfterIt(text: String, language: String) {
    let figures = Self.figures(text, language)
    #expect(figures.map(\.value) == [ExactNumber(5), ExactNumber(9)])
    #expect(figures.map(\.status) == [.plain, .earlier])
  }

  /// Workers (`عمال`, `عاملا`) are people counted, as `workers` and `trabajadores` are.
  @Test func arabicWorkersAreCountedPeople() {
    let figures = Self.figures("أفادت الشركة بأن 6 عمال ما زالوا عالقين داخل المصنع.", "ar")
    #expect(figures.first?.measure?.key == "trapped × people × ?")
  }

  @Test func anEarlierCountPhraseOpeningTheSentenceScopesAllItsFigures() {
    let figures = Self.figures(
      "Un précédent bilan faisait état de 4 morts et de 12 blessés parmi les pêcheurs.", "fr")
    #expect(figures.map(\.status) == [.earlier, .earlier])
  }

  @Test func theDotOfADecimalDoesNotEndTheSentence() {
    let figures = Self.figures(
      "The ministry denied that 2.5 million people and 3 soldiers were affected.", "en")
    #expect(figures.count == 2)
    #expect(figures.allSatisfy { $0.status == .denied })
  }

  @Test func aSemicolonDoesNotEndTheSentence() {
    let figures = Self.figures("L'armée a démenti ; 22 soldats auraient été tués.", "fr")
    #expect(figures.first?.status == .denied)
    // It still ends the clause the measure's words are read in.
    let measured = Self.figures("22 morts ; les soldats turcs sont arrivés.", "fr")
    #expect(measured.first?.measure?.counted?.concept == "people")
    #expect(measured.first?.measure?.affiliation == nil)
    // A comma ends the noun phrase of what is counted (issue 9: an affiliation must modify
    // what is counted; the soldiers who arrived are not the dead), not the event's words.
    let comma = Self.figures("22 morts, les soldats turcs sont arrivés.", "fr")
    #expect(comma.first?.measure?.counted?.concept == "people")
    #expect(comma.first?.measure?.affiliation == nil)
    let event = Self.figures("22 personnes, selon la police, ont été tuées.", "fr")
    #expect(event.first?.measure?.key == "killed × people × ?")
  }

  @Test func theSplitterAndTheFigureScopeAgree() {
    // Every figure of a paragraph lies inside one of the splitter's sentences.
    let text =
      "M. Erdogan a annoncé 22 morts; le bilan de 2,5 fois plus est démenti. Plus tard, 33 blessés."
    let splitter = SentenceSplitter(language: "fr")
    let sentences = splitter.sentences(in: text)
    #expect(sentences.count == 2)
    for figure in Self.figures(text, "fr") {
      #expect(
        sentences.contains {
          $0.range.start <= figure.range.start && figure.range.end <= $0.range.end
        })
    }
  }

  @Test func aCarriedCurrencyStopsAtTheSplittersSentenceEndOnly() {
    let carried = Self.figures(
      "Un prêt de 2 millions d'euros ; puis une aide de 3 millions.", "fr")
    #expect(carried.last?.kind == .money)
    let apart = Self.figures("Un prêt de 2 millions d'euros. Puis 3 millions de personnes.", "fr")
    #expect(apart.last?.kind == .count)
  }
}
