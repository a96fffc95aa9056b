import Foundation
import Testing

@testable import ParallaxGlossary

/// `NameKeys.isAcronym` (2 to 8 letters, each a capital, no space) against its former
/// code, so its byte-level shortcut changes no answer.
@Suite struct NameKeysTests {
  /// The rule as it was written before the byte-level shortcut: a space or a small ASCII
  /// letter, else the first letter's scalar, else every character.
  static func reference(_ term: String) -> Bool {
    for byte in term.utf8
    where byte == UInt8(ascii: " ") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) {
      return false
    }
    return NameKeys.characterAnswer(term)
  }

  static let terms: [String] = [
    "UN", "SOHR", "U.N.", "OTAN", "A", "ABCDEFGHI", "ABCDEFGH", "NATO-OTAN", "Un", "un",
    "ÉÉ", "ÉTAT", "État", "ÇÖZ", "ÇÖz", "STRAẞE", "STRAßE", "ß", "ÀÿB", "ÅÆØ",
    "ООН", "ООн", "Селфамале", "СЕЛФАМАЛЕ", "ЁЖ", "ёж", "ЄЇ", "ЄЇі", "ВВС-США",
    "الأمم", "بَإدلب", "AB\u{0600}ب", "\u{0600}بAB", "AB\u{0301}C", "A\u{0301}b", "12", "1A2B",
    "ΟΗΕ", "Οηε", "ǅA", "ǄǄ", "ǆA", "AＢ", "ＡＢ", "Ａｂ", "A\u{200D}b", "AB ", " AB", "",
    "İDLİB", "İdlib", "ŞAM", "DAEŞ", "FSA\u{00A0}SDF",
  ]

  @Test func theShortcutAgreesWithTheRule() {
    for term in Self.terms {
      #expect(
        NameKeys.isAcronym(term) == Self.reference(term), "\(term.unicodeScalars.map(\.value))")
    }
  }

  @Test func everyTwoLetterTermAgreesWithTheRule() {
    // Every pair of scalars from the ranges the shortcut reads (and around them).
    let ranges: [ClosedRange<UInt32>] = [0x41...0x7A, 0xC0...0x100, 0x3FF...0x460, 0x600...0x64B]
    let scalars = ranges.flatMap { $0 }.compactMap(Unicode.Scalar.init)
    var differing: [String] = []
    for first in scalars where first.value % 3 == 0 || first.value < 0x100 {
      for second in scalars {
        var term = String.UnicodeScalarView()
        term.append(first)
        term.append(second)
        let text = String(term)
        if NameKeys.isAcronym(text) != Self.reference(text) { differing.append(text) }
      }
    }
    #expect(differing.isEmpty, "\(differing.prefix(10))")
    #expect(NameKeys.isAcronym("ЁЖ") && !NameKeys.isAcronym("Ёж"))
  }
}
