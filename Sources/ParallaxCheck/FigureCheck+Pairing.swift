import ParallaxCore
import ParallaxFacts

/// The pairings that keep a correct translation clean: converted units, amounts in units and
/// subunits, years read as dates, list numbers.
extension FigureCheck {
  /// The largest relative difference of two amounts in different units taken as one amount
  /// converted (rounding of the conversion: `12 pouces` = 30.5 cm for `gut 30 cm`).
  static let conversionTolerance = 0.05

  /// Whether two figures are in units of one size, or not both in units of one dimension
  /// (`1,8 gigavat` and `1,8 Megawatt` are not).
  static func sameUnitSize(_ p: Placed, _ q: Placed) -> Bool {
    unitSize(p, q) == unitSize(q, p)
  }

  /// The size of `p`'s unit when `q` has a unit of the same dimension, else 1.
  static func unitSize(_ p: Placed, _ q: Placed) -> Double {
    guard let a = p.unit, let b = q.unit, a.unit.dimension == b.unit.dimension else { return 1 }
    return a.unit.size
  }

  /// Whether `p` and `q` are one amount in two units of one dimension (`20 cm` / `203 mm`).
  static func converted(_ p: Placed, _ q: Placed) -> Bool {
    guard let a = p.unit, let b = q.unit, a.form != b.form, a.unit.dimension == b.unit.dimension,
      a.unit.size != b.unit.size
    else { return false }
    let x = abs(p.figure.value.doubleValue) * a.unit.size
    let y = abs(q.figure.value.doubleValue) * b.unit.size
    guard x > 0, y > 0 else { return false }
    return abs(x - y) / max(x, y) <= conversionTolerance
  }

  /// Matches a decimal amount of `decimals` (`Fr. 2.70`) with the units and the subunits
  /// written as two numbers in `parts` (`2 fr. 70`, often split at the abbreviation's
  /// full stop), and removes the three.
  static func matchSubunits(_ decimals: inout [Placed], _ parts: inout [Placed]) {
    var index = 0
    while index < decimals.count {
      let figure = decimals[index].figure
      let text = decimals[index].written
      guard !figure.value.isWhole, figure.upper == nil,
        let mark = text.lastIndex(where: { $0 == "." || $0 == "," })
      else {
        index += 1
        continue
      }
      let subunits = String(text[text.index(after: mark)...])
      let units = ExactNumber(string: String(text[..<mark]).filter(\.isNumber))
      guard let units, subunits.count == 2,
        let whole = parts.firstIndex(where: { $0.figure.value == units }),
        let cents = parts.indices.first(where: {
          $0 != whole && $0 > whole && quantity($0, parts) == subunits
        })
      else {
        index += 1
        continue
      }
      decimals.remove(at: index)
      parts.remove(at: cents)
      parts.remove(at: whole)
    }
  }

  /// The written digits of `parts[i]`.
  private static func quantity(_ i: Int, _ parts: [Placed]) -> String {
    parts[i].written
  }

  /// Removes the years of `figures` whose digits are written on the other side, where the
  /// facts stage read them as a date.
  static func dropYears(_ figures: inout [Placed], in indices: [Int], _ other: CheckSide) {
    guard figures.contains(where: \.isYear) else { return }
    let text = indices.compactMap { other.paragraph($0)?.text }.joined(separator: " ")
    let words = Set(
      text.split { !$0.isNumber }.map(String.init).filter { $0.count == 4 })
    figures.removeAll { $0.isYear && words.contains($0.written) }
  }

  /// A list or section number opening a paragraph (`21. Nördlich …`, `3. Nanga Parbat`).
  static func isListNumber(_ figure: Figure, in text: String) -> Bool {
    guard figure.form == .digits, figure.value.isWhole, figure.upper == nil,
      figure.value.doubleValue < 1000, figure.qualifier == .exact
    else { return false }
    let scalars = Array(text.unicodeScalars)
    let start = figure.range.start
    let end = figure.range.end
    guard start <= scalars.count, end + 1 < scalars.count,
      scalars[..<start].allSatisfy({ $0.properties.isWhitespace || $0 == "-" }),
      scalars[end] == ".", scalars[end + 1].properties.isWhitespace
    else { return false }
    return true
  }

  /// Plain digits that read as a year: four digits from 1000 to 2100, exact, nothing counted,
  /// no currency.
  static func isYearLike(_ figure: Figure, written: String) -> Bool {
    guard figure.form == .digits, figure.kind == .count, figure.currency == nil,
      figure.measure == nil, figure.upper == nil, figure.value.isWhole,
      (1000...2100).contains(figure.value.doubleValue)
    else { return false }
    return written.count == 4 && written.allSatisfy(\.isNumber)
  }
}
