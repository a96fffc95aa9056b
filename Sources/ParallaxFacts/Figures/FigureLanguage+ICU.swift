import Foundation
import ParallaxText

extension FigureLanguage {
  /// Number words from ICU spell-out *formatting* (never its parsing): 0–99 and the
  /// hundreds, or 0–999 where numbers are written as one compound word (German). German
  /// soft hyphens (U+00AD) are removed.
  static func spellOut(code: String, compound: Bool) -> [(Int, [String])] {
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: code)
    formatter.numberStyle = .spellOut
    var values = Array(0...99) + stride(from: 100, through: 900, by: 100)
    if compound { values = Array(0...999) }
    return values.compactMap { value in
      guard let text = formatter.string(from: NSNumber(value: value)) else { return nil }
      let clean = withoutSoftHyphens(text).lowercased()
      return (value, [clean])
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
