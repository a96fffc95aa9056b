import Testing

@testable import ParallaxFacts

/// The shipped spell-out files (`numbers/spellout/<lang>.txt`, read at start-up instead of
/// formatting the numbers with ICU) hold exactly what ICU's spell-out formatting gives on
/// this machine, for every language with a numbers file.
@Suite struct SpellOutDataTests {
  static let languages = ["ar", "de", "en", "es", "fr", "ru", "tr"]

  @Test(arguments: languages) func shippedWordsAreICUs(code: String) throws {
    let numbers = try #require(FigureLexicon.resourceText("numbers/\(code).txt"))
    let compound = FigureLexicon(text: numbers).forms("compound").contains("yes")
    let text = try #require(FigureLexicon.resourceText("numbers/spellout/\(code).txt"))
    let shipped = FigureLanguage.spellOutLines(text)
    let icu = FigureLanguage.icuSpellOut(code: code, compound: compound)
    #expect(shipped.count == (compound ? 1000 : 109))
    #expect(shipped.map(\.0) == icu.map(\.0), "values differ (\(code))")
    for (file, fresh) in zip(shipped, icu) where file.1 != fresh.1 {
      Issue.record(
        "\(code) \(file.0): file \(file.1), ICU \(fresh.1); run Scripts/spellout-data.swift")
    }
    // What the language is built from: the file's words.
    #expect(FigureLanguage.spellOut(code: code, compound: compound).map(\.1) == shipped.map(\.1))
  }

  @Test func commentsAndBlankLinesAreSkipped() {
    let lines = FigureLanguage.spellOutLines("# a comment\n\n21\tvingt-et-un\n7\tsept\nbad\n")
    #expect(lines.map(\.0) == [21, 7])
    #expect(lines.map(\.1) == [["vingt-et-un"], ["sept"]])
  }
}
