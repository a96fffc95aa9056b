import Foundation
import ParallaxCorpus
import ParallaxText
import Testing

@testable import ParallaxFacts

/// The figure scanner reads the one tokenizer's tokens (`FigureView`): one figure token per
/// shared token, the same whether its words were memoised by the facts stage or not.
@Suite struct FigureViewTests {
  /// The figure tokens of `text` in `language` made from the facts stage's shared tokens,
  /// the same made directly, and the shared tokens.
  static func views(_ text: String, _ language: String) -> (
    [FigureToken], [FigureToken], [Token]
  ) {
    let kit = LanguageKit(language: language, names: [])
    var table = WordTable<FigureWord>(capacity: 64)
    let shared = FoldedTokens(text, table: &table) { kit.resolve($0, hash: $1, kind: $2) }
    let scalars = FigureExtractor.scalars(of: text)
    let view = kit.figures.data.view
    let derived = view.tokens(shared, words: table, scalars: scalars)
    // A derived token knows its word's id (its memoised reading); the rest must be equal.
    #expect(derived.allSatisfy { $0.word >= 0 })
    return (derived.map(Self.withoutWord), view.tokens(text, scalars: scalars), shared.tokens)
  }

  static func withoutWord(_ token: FigureToken) -> FigureToken {
    var token = token
    token.word = -1
    token.flags = 0
    return token
  }

  /// Whether the figure tokens are the shared tokens, one for one, with their ranges.
  static func isOneForOne(_ figure: [FigureToken], _ shared: [Token]) -> Bool {
    figure.count == shared.count
      && zip(figure, shared).allSatisfy {
        $0.start == $1.range.start && $0.end == $1.range.end
      }
  }

  @Test func everyParagraphOfTheCorpusAndTheSeedIsOneFigureTokenPerSharedToken() throws {
    let root = CorpusFactsTests.root
    let loaded = ReportLoader().load([
      root.appendingPathComponent("Corpus").path,
      root.deletingLastPathComponent().appendingPathComponent("shared/seeds").path,
    ])
    var paragraphs = 0
    var tokens = 0
    for report in loaded.reports {
      let language = report.language?.code ?? "en"
      for paragraph in report.paragraphs {
        let (derived, direct, shared) = Self.views(paragraph.text, language)
        #expect(derived == direct, "\(report.id) ¶\(paragraph.index)")
        #expect(Self.isOneForOne(direct, shared), "\(report.id) ¶\(paragraph.index)")
        paragraphs += 1
        tokens += direct.count
      }
    }
    print("figure tokens, one per shared token: \(tokens) tokens in \(paragraphs) paragraphs")
    #expect(paragraphs > 100)
  }

  @Test func ordinaryTrapsReadTheSameBothWays() {
    let texts: [(String, String)] = [
      ("Au moins 22\u{202F}000 soldats\u{00A0}turcs, soit 2,5 % et ½ d’entre eux", "fr"),
      ("İSTANBUL'da 1.250 kişi  öldü;\ttoplam 3,5 milyar TL", "tr"),
      ("قُتِلَ ٣٣ جنديًا و٢٢٫٥ ألف", "ar"),
      ("Погибли 1\u{2009}200 человек, — сообщил ТАСС", "ru"),
      ("zweiundzwanzig Soldaten, 1.000 € und 3–5 Mrd.", "de"),
      ("Thirty-three killed; https://example.com/a?b=1 and 10^3", "en"),
    ]
    for (text, language) in texts {
      let (derived, direct, shared) = Self.views(text, language)
      #expect(derived == direct, "\(text)")
      #expect(Self.isOneForOne(direct, shared), "\(text)")
    }
  }

  @Test func whatTheSecondTokenizerReadDifferentlyIsNowTheSharedTokenizersReading() {
    // A line separator is white space: a gap of two, not a mark.
    let (_, separated, _) = Self.views("22\u{2028}morts", "fr")
    #expect(separated.map(\.key) == ["22", "morts"])
    #expect(separated.last?.gap == 2)
    // Devanagari digits are digits, keyed in ASCII.
    let (_, devanagari, _) = Self.views("\u{0966}\u{0967} morts", "fr")
    #expect(devanagari.first?.kind == .digits)
    #expect(devanagari.first?.key == "01")
    #expect(devanagari.first?.nonASCIIDigits == true)
    // A zero-width joiner stays inside its word.
    let (_, joined, _) = Self.views("22 mo\u{200D}rts", "fr")
    #expect(joined.count == 2)
    // A combining mark opening a token is a mark of its own, then the word.
    let (_, marked, shared) = Self.views("22 \u{0301}morts", "fr")
    #expect(Self.isOneForOne(marked, shared))
    #expect(marked.last?.key == "morts")
  }

  @Test func factsAreTheSameWithAnyWhiteSpace() {
    let plain = FactsTestSupport.facts("Au moins 22 soldats ont été tués.", "fr")
    let other = FactsTestSupport.facts("Au moins 22 soldats ont été tués.\u{2028}", "fr")
    #expect(plain.figures.map(\.value) == other.figures.map(\.value))
    #expect(plain.figures.first?.qualifier == .atLeast)
  }

  @Test func turkicCasingComesFromTheLanguageDataForTurkishAndAzerbaijani() {
    for language in ["tr", "az"] {
      let view = FigureView(casing: TextFolding.Casing(language: language))
      #expect(view.tokens(of: "IRAK İDLİB").map(\.key) == ["ırak", "idlib"], "\(language)")
    }
    let french = FigureView(casing: TextFolding.Casing(language: "fr"))
    #expect(french.tokens(of: "IRAK").map(\.key) == ["irak"])
    // The extractors of both languages read the data the same way.
    let turkish = FigureExtractor(language: "tr").data.view.casing
    let azerbaijani = FigureExtractor(language: "az").data.view.casing
    #expect(turkish == .turkic && azerbaijani == .turkic)
    #expect(FigureExtractor(language: "fr").data.view.casing == .standard)
  }
}
