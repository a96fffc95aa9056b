import ParallaxCore
import Testing

@testable import ParallaxText

@Suite struct TokenizerTests {
  @Test func elisionAndSuffixApostrophesAreTokensOfTheirOwn() {
    let text = "d'Idleb İdlib'de l’OSDH"
    let tokens = Tokenizer.tokens(text)
    #expect(
      tokens.map { $0.text(in: text) } == ["d", "'", "Idleb", "İdlib", "'", "de", "l", "’", "OSDH"])
    #expect(tokens.map(\.first) == ["d", "'", "I", "İ", "'", "d", "l", "’", "O"])
    #expect(tokens[2].isCapitalized)
    #expect(tokens[3].isCapitalized)
    #expect(tokens[8].isAllCaps)
    #expect(!tokens[2].spaceBefore)
  }

  @Test func rangesCountUnicodeScalars() {
    let text = "Эрдоган — 33 جنديا ٣٣"
    let tokens = Tokenizer.tokens(text)
    for token in tokens {
      #expect(token.range.slice(of: text) == token.text(in: text))
      #expect(token.range.slice(of: text) == token.text(in: Array(text.utf8)))
      #expect(token.scalarCount == token.text(in: text).unicodeScalars.count)
    }
    #expect(tokens.map(\.kind) == [.word, .punctuation, .number, .word, .number])
    #expect(tokens[0].script == .cyrillic)
    #expect(tokens[3].script == .arabic)
  }

  @Test func combiningMarksStayInsideWords() {
    let text = "i\u{307}stanbul قَالَ"
    let tokens = Tokenizer.tokens(text)
    #expect(tokens.count == 2)
    #expect(tokens[1].text(in: text) == "قَالَ")
  }

  @Test func foldingIsTurkishSafeAndAccentInsensitive() {
    #expect(TextFolding.fold("İDLİB") == "idlib")
    #expect(TextFolding.fold("IRAK") == TextFolding.fold("ırak"))
    #expect(TextFolding.fold("Şubat") == "subat")
    #expect(TextFolding.fold("Février") == "fevrier")
    #expect(TextFolding.fold("ФЕВРАЛЯ") == "февраля")
    #expect(TextFolding.fold("أَردوغان") == TextFolding.fold("اردوغان"))
    #expect(TextFolding.fold("l’OSDH") == "l'osdh")
  }
}

@Suite struct TokenizerClassTableTests {
  @Test func tableAgreesWithTheScalarProperties() {
    // The packed table must give what `classify` and `isUpper` give, for every scalar it
    // covers (the case only matters for letters).
    let table = Tokenizer.table.packed
    for value in 0..<UInt32(table.count) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let packed = table[Int(value)]
      let kind = Tokenizer.classify(scalar)
      #expect(packed & Tokenizer.ClassTable.classMask == kind.rawValue)
      if kind == .letter {
        #expect((packed & Tokenizer.ClassTable.upperBit != 0) == Tokenizer.isUpper(scalar))
      }
    }
  }
}
