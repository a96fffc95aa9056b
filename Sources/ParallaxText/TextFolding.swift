import Foundation

/// Case- and accent-folding for matching words across spellings and scripts.
///
/// Lowercases with Turkish-safe rules (`İ`, `I` and `ı` all fold to `i`), strips diacritics,
/// maps typographic apostrophes to `'`, and normalizes Arabic (no tashkeel or tatweel, one
/// alef, `ة` → `ه`, `ى` → `ي`). Folded text is a matching key, never shown.
public enum TextFolding {
  /// The folded form of `text`.
  public static func fold(_ text: some StringProtocol) -> String {
    var ascii = true
    for byte in text.utf8 where byte >= 0x80 {
      ascii = false
      break
    }
    if ascii { return text.lowercased() }
    var scalars = String.UnicodeScalarView()
    for scalar in String(text).unicodeScalars {
      switch scalar.value {
      case 0x130, 0x131: scalars.append("i")  // İ ı
      case 0x307: continue  // combining dot above (i̇)
      case 0x2019, 0x2018, 0x02BC, 0x02BB, 0x2032: scalars.append("'")
      case 0x640: continue  // tatweel
      case 0x64B...0x65F, 0x670: continue  // tashkeel, superscript alef
      case 0x622, 0x623, 0x625, 0x671: scalars.append("\u{627}")  // alef forms
      case 0x629: scalars.append("\u{647}")  // ta marbuta
      case 0x649: scalars.append("\u{64A}")  // alef maqsura
      case 0x6A9: scalars.append("\u{643}")  // keheh
      case 0x6CC: scalars.append("\u{64A}")  // Farsi yeh
      default: scalars.append(scalar)
      }
    }
    return String(scalars).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}

extension String {
  /// Whether the UTF-8 bytes of `prefix` begin this string's: `hasPrefix` without its
  /// Unicode normalization, for keys folded the same way (clitics and prefixes of the
  /// lexicons against folded words), where it gives the same answer much more cheaply.
  @inlinable
  public func hasBytePrefix(_ prefix: String) -> Bool {
    utf8.starts(with: prefix.utf8)
  }

  /// Whether the UTF-8 bytes of `suffix` end this string's (`hasSuffix` without its Unicode
  /// normalization, as `hasBytePrefix`).
  @inlinable
  public func hasByteSuffix(_ suffix: String) -> Bool {
    let bytes = utf8
    let ending = suffix.utf8
    guard ending.count <= bytes.count else { return false }
    return bytes.suffix(ending.count).elementsEqual(ending)
  }
}
