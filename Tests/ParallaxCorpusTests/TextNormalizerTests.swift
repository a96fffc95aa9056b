import Foundation
import Testing

@testable import ParallaxCorpus

/// `TextNormalizer` against a plain reference: the documented folding done scalar by scalar,
/// then Foundation's NFC on the whole result.
@Suite("TextNormalizer")
struct TextNormalizerTests {
  /// The documented rules, the slow way.
  static func reference(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x20, 0x09...0x0D, 0x85, 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x2028, 0x2029,
        0x205F, 0x3000:
        pendingSpace = true
      case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E,
        0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xFFFE, 0xFFFF:
        continue
      default:
        if pendingSpace, !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.append(scalar)
      }
    }
    return String(out).precomposedStringWithCanonicalMapping
  }

  static let tricky = [
    "e\u{301}te\u{301}", "e\u{301}\u{327}", "e\u{327}\u{301}", " a\u{00A0}b\u{00AD}c  d\u{200B} ",
    "\u{FEFF}x\ty\r\nz", "ﬁ Å", "Ω", "\u{212B}ngstr\u{F6}m", "\u{0627}\u{0653}", "\u{0648}\u{0654}",
    "عمّان", "عم\u{651}\u{64E}ان", "عم\u{64E}\u{651}ان", "ب\u{650}\u{651}", "й", "и\u{306}",
    "1\u{202F}000", "12\u{2007}345", "", "   ", "\u{1100}\u{1161}\u{11A8}", "\u{AC00}\u{11A8}",
    "한국어 뉴스", "Vi\u{EA}\u{323}t Nam", "Việt Nam", "Tiếng Việt có dấu", "Tie\u{302}\u{301}ng",
    "\u{3055}\u{3099}", "ざ", "\u{1E9B}\u{323}", "\u{0915}\u{093C}", "\u{0958}", "a\u{85}b\u{9F}c",
    "\u{202A}x\u{202C} \u{2066}y\u{2069}", "a\u{2028}b\u{3000}c", "\u{200D}\u{200C}",
    "\u{1F600}\u{FE0F} 😀", "x\u{0}y\u{7F}z", "Ελληνικά \u{3B1}\u{301}", "\u{387}\u{374}",
  ]

  @Test("same text as Foundation's NFC on tricky strings")
  func tricky() {
    for text in Self.tricky {
      #expect(TextNormalizer.normalize(text) == Self.reference(text), "\(text.debugDescription)")
    }
  }

  @Test("every BMP scalar, alone, after a letter and before a combining mark")
  func everyScalar() {
    var mismatches: [UInt32] = []
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let s = String(Character(scalar))
      for text in ["a" + s + "b", "\u{627}" + s, s + "\u{301}", s + "\u{651}\u{64E}", s] {
        if TextNormalizer.normalize(text) != Self.reference(text) {
          mismatches.append(value)
          break
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20).map { String($0, radix: 16) })")
  }

  @Test("random mixes of letters, spaces, controls and marks, short and long")
  func randomMixes() {
    let pieces = [
      "a", "b", "Word", " ", " ", "  ", "\t", "\n", "é", "e\u{301}", "\u{AD}", "\u{A0}", "x.",
      "\u{7F}", "\u{200B}", "ж", "ّ", "中", "\r\n", "0123456789", "The quick brown fox ",
    ]
    var generator = SystemRandomNumberGenerator()
    var mismatches: [String] = []
    for _ in 0..<3000 {
      let length = Int.random(in: 0...40, using: &generator)
      let text = (0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
      if TextNormalizer.normalize(text) != Self.reference(text) { mismatches.append(text) }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5).map(\.debugDescription))")
  }

  @Test("clean ASCII comes back as it is; spaces fold; no-break spaces stay")
  func basics() {
    #expect(TextNormalizer.normalize("Plain text.") == "Plain text.")
    #expect(TextNormalizer.normalize("  a \t\n b  ") == "a b")
    #expect(TextNormalizer.normalize("1\u{A0}000") == "1\u{A0}000")
    #expect(TextNormalizer.normalize("co\u{AD}operate") == "cooperate")
  }
}
