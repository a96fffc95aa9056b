import Foundation
import Testing

@testable import ParallaxCorpus

/// The byte-level readings that replaced character-level ones for speed (issue 13) give the
/// same answers: plain-text lines, and the language profiles' n-gram lines.
@Suite struct ByteSplitTests {
  /// The character split `PlainTextReader` used before.
  static func characterLines(_ text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
  }

  @Test(arguments: [
    "", "a", "a\n", "\n", "\r\n", "\r", "\n\n", "a\r\nb\rc\nd", "a\r\r\nb", "a\n\rb",
    "é\u{301}\nx\u{301}", "\n\u{301}a", "lang: fr\n\n# Titre\n\nUn paragraphe.\r\n\r\nDeux.\r\n",
    "مرحبا\r\nпривет\rk", "a\u{2028}b\u{85}c",
  ])
  func linesAreThoseOfTheCharacterSplit(_ text: String) {
    let lines = PlainTextReader.lines(of: text)
    let expected = Self.characterLines(text)
    #expect(lines.map(String.init) == expected.map(String.init))
    #expect(lines.map(\.startIndex) == expected.map(\.startIndex))
  }

  @Test func profileNGramLinesReadAsBefore() {
    let text = """
      [language]
      code xx
      name Test
      [ngrams]
      unseen 1 14.5
      unseen 2  15
      fit 3.25
      a 2.5
      ab 3
      abc 4.75
      abcd 9
      É  7
      x y z
      """
    let profile = LanguageProfile(text: text)
    #expect(profile.unseen == [LanguageModel.quantize(14.5), LanguageModel.quantize(15), 255])
    #expect(profile.language.fit == 3.25)
    let fold = { (scalar: Unicode.Scalar) in LanguageScanner.fold(scalar.value) }
    #expect(
      profile.ngrams == [
        .init(order: 1, key: LanguageModel.key(fold("a")), cost: LanguageModel.quantize(2.5)),
        .init(
          order: 2, key: LanguageModel.key(fold("a"), fold("b")), cost: LanguageModel.quantize(3)),
        .init(
          order: 3, key: LanguageModel.key(fold("a"), fold("b"), fold("c")),
          cost: LanguageModel.quantize(4.75)),
        .init(order: 1, key: LanguageModel.key(fold("É")), cost: LanguageModel.quantize(7)),
      ])
  }
}
