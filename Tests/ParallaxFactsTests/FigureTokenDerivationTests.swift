import Foundation
import ParallaxCorpus
import ParallaxText
import Testing

@testable import ParallaxFacts

/// The figure tokens made from the facts stage's shared tokens are the figure tokenizer's
/// own, or the derivation declines (and the paragraph is tokenized again).
@Suite struct FigureTokenDerivationTests {
  /// The derived tokens of `text` in `language` (nil: declined) and the tokenizer's.
  static func both(_ text: String, _ language: String) -> ([FigureToken]?, [FigureToken]) {
    let kit = LanguageKit(language: language, names: [])
    var table = WordTable<FigureWord>(capacity: 64)
    let shared = FoldedTokens(text, table: &table) { kit.resolve($0, hash: $1, kind: $2) }
    let scalars = FigureExtractor.scalars(of: text)
    let tokenizer = kit.figures.data.tokenizer
    let derived = tokenizer.tokens(shared, words: table, scalars: scalars)
    // A derived token knows its word's id (its memoised reading); the rest must be equal.
    #expect(derived?.allSatisfy { $0.word >= 0 } ?? true)
    return (derived?.map(Self.withoutWord), tokenizer.tokens(scalars))
  }

  static func withoutWord(_ token: FigureToken) -> FigureToken {
    var token = token
    token.word = -1
    token.flags = 0
    return token
  }

  @Test func everyParagraphOfTheCorpusAndTheSeedDerivesTheSameTokens() throws {
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
        let (derived, direct) = Self.both(paragraph.text, language)
        // News copy in the seven languages derives: no paragraph falls back.
        #expect(derived == direct, "\(report.id) ¶\(paragraph.index)")
        paragraphs += 1
        tokens += direct.count
      }
    }
    print("figure tokens derived and equal: \(tokens) tokens in \(paragraphs) paragraphs")
    #expect(paragraphs > 100)
  }

  @Test func ordinaryTrapsDeriveTheSameTokens() {
    let texts: [(String, String)] = [
      ("Au moins 22\u{202F}000 soldats\u{00A0}turcs, soit 2,5 % et ½ d’entre eux", "fr"),
      ("İSTANBUL'da 1.250 kişi  öldü;\ttoplam 3,5 milyar TL", "tr"),
      ("قُتِلَ ٣٣ جنديًا و٢٢٫٥ ألف", "ar"),
      ("Погибли 1\u{2009}200 человек, — сообщил ТАСС", "ru"),
      ("zweiundzwanzig Soldaten, 1.000 € und 3–5 Mrd.", "de"),
      ("Thirty-three killed; https://example.com/a?b=1 and 10^3", "en"),
    ]
    for (text, language) in texts {
      let (derived, direct) = Self.both(text, language)
      #expect(derived == direct, "\(text)")
    }
  }

  @Test func scalarsTheTokenizersReadDifferentlyMakeTheDerivationDecline() {
    let texts = [
      "22\u{2028}morts",  // a line separator: a space to one tokenizer, a mark to the other
      "22 \u{0301}morts",  // a combining mark opening a token
      "\u{0966}\u{0967} morts",  // Devanagari digits
      "22 mo\u{200D}rts",  // a zero-width joiner inside a word
    ]
    for text in texts {
      let (derived, direct) = Self.both(text, "fr")
      #expect(derived == nil, "\(text) should not derive")
      #expect(!direct.isEmpty)
    }
  }

  @Test func factsAreTheSameWhetherTheParagraphDerivesOrNot() {
    // The same sentence with a line separator in a gap is read by the figure tokenizer
    // itself; its figures keep their values.
    let plain = FactsTestSupport.facts("Au moins 22 soldats ont été tués.", "fr")
    let other = FactsTestSupport.facts("Au moins 22 soldats ont été tués.\u{2028}", "fr")
    #expect(plain.figures.map(\.value) == other.figures.map(\.value))
    #expect(plain.figures.first?.qualifier == .atLeast)
  }
}
