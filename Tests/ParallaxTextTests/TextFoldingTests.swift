import Foundation
import Testing

@testable import ParallaxText

/// One case mapping (`TextFolding.lowercase`) under the language's casing from the data;
/// `fold` and `wordKey` built on it.
@Suite struct TextFoldingTests {
  /// `TextFolding.fold` as it was written before it was built on `lowercase`: the reference
  /// the new definition must agree with.
  static func referenceFold(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x130, 0x131: scalars.append("i")
      case 0x307: continue
      case 0x2019, 0x2018, 0x02BC, 0x02BB, 0x2032: scalars.append("'")
      case 0x640: continue
      case 0x64B...0x65F, 0x670: continue
      case 0x622, 0x623, 0x625, 0x671: scalars.append("\u{627}")
      case 0x629: scalars.append("\u{647}")
      case 0x649: scalars.append("\u{64A}")
      case 0x6A9: scalars.append("\u{643}")
      case 0x6CC: scalars.append("\u{64A}")
      default: scalars.append(scalar)
      }
    }
    return String(scalars).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  @Test func foldIsUnchangedOnEveryScalarOfTheScriptsOfTheSevenLanguages() {
    var checked = 0
    var differences: [String] = []
    let ranges: [ClosedRange<UInt32>] = [
      0x20...0x52F, 0x600...0x6FF, 0x1E00...0x1EFF, 0x2000...0x206F,
    ]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        // Alone and inside a word.
        for text in [String(scalar), "a\(scalar)b"]
        where TextFolding.fold(text) != Self.referenceFold(text) {
          differences.append(String(value, radix: 16))
        }
        checked += 1
      }
    }
    #expect(checked > 1_500)
    #expect(differences.isEmpty, "U+\(differences.prefix(20).joined(separator: ", U+"))")
  }

  @Test func latinLettersFoldInPairsAsFoundationDoes() {
    // `fold` folds Latin-1 and Latin Extended letters one by one from a table: every pair of
    // them (and each beside ASCII) must fold as Foundation folds the whole word.
    var differences: [String] = []
    let letters = (0xC0...0x24F).compactMap(Unicode.Scalar.init).filter {
      $0.properties.isAlphabetic
    }
    for first in letters {
      for second in letters.prefix(0x180 - 0xC0) + [Unicode.Scalar("s"), Unicode.Scalar("Z")]
      where TextFolding.fold("\(first)\(second)x") != Self.referenceFold("\(first)\(second)x") {
        differences.append(String(first.value, radix: 16) + "+" + String(second.value, radix: 16))
      }
    }
    #expect(letters.count > 300)
    #expect(differences.isEmpty, "\(differences.prefix(20))")
    for word in ["Übermäßig", "Ærøskøbing", "ÉLYSÉE", "Straße", "Œuvre", "Ǆemal", "Łódź"] {
      #expect(TextFolding.fold(word) == Self.referenceFold(word), "\(word)")
    }
  }

  @Test(
    "Words folded without Foundation fold as the reference does",
    arguments: ["Москве", "Йемен", "ёлка", "бІлий", "بإدلب", "مؤتمر", "سُورِيَا", "Эрдоган"])
  func stableWordsFoldAsTheReference(_ word: String) {
    #expect(TextFolding.fold(word) == Self.referenceFold(word))
  }

  @Test func foldMatchesAcrossSpellings() {
    #expect(TextFolding.fold("İSTANBUL") == "istanbul")
    #expect(TextFolding.fold("Işık") == "isik")
    #expect(TextFolding.fold("Straße") == "strasse")
    #expect(TextFolding.fold("l’OSDH") == "l'osdh")
    #expect(TextFolding.fold("مدينة") == TextFolding.fold("مدينه"))
    #expect(TextFolding.fold("أحمد") == "احمد")
  }

  @Test func casingComesFromTheLanguageData() {
    #expect(TextFolding.Casing(language: "tr") == .turkic)
    #expect(TextFolding.Casing(language: "az") == .turkic)
    #expect(TextFolding.Casing(language: "fr") == .standard)
    #expect(TextFolding.Casing(language: "xx") == .standard)
    #expect(TextFolding.lowercase("IRAK İDLİB", casing: .turkic) == "ırak idlib")
    #expect(TextFolding.lowercase("IRAK", casing: .standard) == "irak")
    #expect(TextFolding.lowercase("İ", casing: .standard) == "i\u{307}")
    #expect(TextFolding.lowercase("ÉTÉ Ω Я", casing: .standard) == "été ω я")
  }

  @Test func aWordKeyKeepsAccentsAndMakesArabicVariantsOne() {
    #expect(TextFolding.wordKey("Élevé", casing: .standard) == "élevé")
    #expect(TextFolding.wordKey("إلى", casing: .standard) == "الي")
    #expect(TextFolding.wordKey("قُتِلَ", casing: .standard) == "قتل")
    #expect(TextFolding.wordKey("YÜZDE", casing: .turkic) == "yüzde")
  }
}
