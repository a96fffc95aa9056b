import Foundation
import ParallaxText

extension FigureLanguage {
  /// The number words of `icuSpellOut`, read from `numbers/spellout/<code>.txt` where the
  /// language has one (ICU's words written once by `Scripts/spellout-data.swift`: formatting
  /// a thousand German numbers cost more at start-up than reading them), else from ICU.
  static func spellOut(code: String, compound: Bool) -> [(Int, [String])] {
    guard let text = FigureLexicon.resourceText("numbers/spellout/\(code).txt") else {
      return icuSpellOut(code: code, compound: compound)
    }
    return spellOutLines(text)
  }

  /// The lines `value<TAB>words` of a spell-out file, in order (`#` starts a comment).
  static func spellOutLines(_ text: String) -> [(Int, [String])] {
    var result: [(Int, [String])] = []
    for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
      guard line.first != UInt8(ascii: "#"), let tab = line.firstIndex(of: UInt8(ascii: "\t")),
        let value = Int(String(Substring(line[..<tab])))
      else { continue }
      result.append((value, [String(Substring(line[line.index(after: tab)...]))]))
    }
    return result
  }

  /// Number words from ICU spell-out *formatting* (never its parsing): 0–99 and the
  /// hundreds, or 0–999 where numbers are written as one compound word (German). German
  /// soft hyphens (U+00AD) are removed.
  static func icuSpellOut(code: String, compound: Bool) -> [(Int, [String])] {
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: code)
    formatter.numberStyle = .spellOut
    var values = Array(0...99) + stride(from: 100, through: 900, by: 100)
    if compound { values = Array(0...999) }
    return values.compactMap { value in
      guard let text = formatter.string(from: NSNumber(value: value)) else { return nil }
      let clean = withoutSoftHyphens(text)
      // ICU writes most spell-outs in lower-case ASCII already: nothing to lowercase.
      if clean.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) {
        return (value, [clean])
      }
      return (value, [clean.lowercased()])
    }
  }

  /// The CLDR decimal separator of a language without a data file (`,` for Italian).
  static func icuDecimalSeparator(_ code: String) -> String {
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: code)
    formatter.numberStyle = .decimal
    let separator = formatter.decimalSeparator ?? "."
    return separator == "," || separator == "\u{66B}" ? separator : "."
  }

  /// CLDR month names (format and stand-alone, wide and abbreviated), lowercased, without
  /// trailing dots.
  static func monthNames(code: String) -> Set<String> {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: code)
    var names: Set<String> = []
    let lists = [
      formatter.monthSymbols, formatter.shortMonthSymbols, formatter.standaloneMonthSymbols,
      formatter.shortStandaloneMonthSymbols,
    ]
    let view = FigureView(casing: TextFolding.Casing(language: code))
    for list in lists {
      for name in list {
        let keys = view.tokens(of: name).map(\.key).filter { $0 != "." }
        if let first = keys.first, keys.count == 1 { names.insert(first) }
      }
    }
    return names
  }
}
