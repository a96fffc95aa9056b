import ParallaxCompare
import ParallaxFacts

/// Figures of an aligned pair, matched across the two languages by what they mean (the
/// facts stage's values, so `2,5 milliards` is `2.5 billion` and `vingt-deux` is `22`), then
/// compared: a matched figure whose value, scale or qualifier differs is an error; a figure
/// on one side with no counterpart, a warning.
enum FigureCheck {
  /// A figure with where it is and what surrounds it.
  struct Placed {
    var paragraph: Int
    var index: Int
    var figure: Figure
    /// The number as written (`2.70`, `2,5 milliards`).
    var written: String
    /// The unit written after it (`cm`, `pouces`, `Meilen`), if any.
    var unit: (form: String, unit: UnitTable.Unit)?
    /// Plain digits that read as a year (`1894`, no unit, no currency, nothing counted).
    var isYear: Bool
    /// The earlier value of a change read as one figure (`29'a, ardından 33'e`), placed on
    /// its own so that it pairs with the same number written alone on the other side.
    var isEarlierValue = false
    var factID: String { FactID(paragraph: paragraph, kind: .figure, number: index).description }
  }

  static func check(_ pair: ParagraphPair, source: CheckSide, target: CheckSide) -> [Finding] {
    var left = figures(pair.left, source)
    var right = figures(pair.right, target)
    var findings: [Finding] = []
    // 1. Same value, same qualifier: nothing to say.
    match(&left, &right) { sameValue($0, $1) && $0.figure.qualifier == $1.figure.qualifier }
    // An amount in units and subunits on one side (`2 fr. 70`), a decimal on the other.
    matchSubunits(&left, &right)
    matchSubunits(&right, &left)
    // 2. Same value, another qualifier: an error when both are qualified and differ
    // (`plus de` → `at least`); a warning when one side has none, which is often a
    // qualifier the facts stage does not read (`примерно на 2,8 млрд`); a note when a round
    // amount (`une douzaine`, about 12) is a number word on the other side (`a dozen`).
    for (x, y) in match(&left, &right, where: { sameValue($0, $1) && !isVague($0, $1) }) {
      let clash = x.figure.qualifier != .exact && y.figure.qualifier != .exact
      let severity: Finding.Severity =
        clash ? .error : isRoundAmountInWords(x.figure, y.figure) ? .note : .warning
      findings.append(
        finding(
          severity, .figureQualifier,
          "qualifier changed: \(describe(x.figure)) → \(describe(y.figure))", x, y, source,
          target))
    }
    // Vague amounts on both sides (`plusieurs` / `several`) say nothing exact.
    // A round amount said vaguely on one side, as a number on the other (`une vingtaine` /
    // `about 20`, `une douzaine` / `a dozen`): one amount.
    match(&left, &right) {
      ($0.figure.qualifier == .vague) != ($1.figure.qualifier == .vague)
        && $0.figure.value == $1.figure.value && $0.figure.upper == nil
        && $1.figure.upper == nil && sameKind($0.figure, $1.figure)
    }
    match(&left, &right) { $0.figure.qualifier == .vague && $1.figure.qualifier == .vague }
    // Converted by the translator (`gut 30 cm` / `12 pouces`): the same amount.
    match(&left, &right) { converted($0, $1) }
    // 3. Off by a power of a thousand: the scale word changed.
    for (x, y) in match(&left, &right, where: { scaled($0, $1) && comparable($0, $1) }) {
      findings.append(
        finding(
          .error, .figureScale, "scale changed: \(describe(x.figure)) → \(describe(y.figure))", x,
          y,
          source, target))
    }
    // A year read as a figure on one side is a date on the other (`im Jahre 1894` / `en 1894`).
    dropYears(&left, in: pair.right, target)
    dropYears(&right, in: pair.left, source)
    // 4. What is left pairs by what it counts: another value.
    let alone = left.count == 1 && right.count == 1
    for (x, y) in closest(&left, &right) {
      findings.append(
        finding(
          surelyOneClaim(x, y, alone: alone) ? .error : .warning, .figureValue,
          "value changed: \(describe(x.figure)) → \(describe(y.figure))", x,
          y,
          source, target))
    }
    // An earlier value of a change with no counterpart was not compared before it was
    // placed on its own: the change itself is (its later value).
    left.removeAll(where: \.isEarlierValue)
    right.removeAll(where: \.isEarlierValue)
    for x in left where x.figure.qualifier != .vague {
      findings.append(
        Finding(
          .warning, .figureDropped,
          "figure \(describe(x.figure)) has no counterpart in the translation",
          source: source.evidence(x.paragraph, x.figure.expressionRange, factID: x.factID)))
    }
    for y in right where y.figure.qualifier != .vague {
      findings.append(
        Finding(
          .warning, .figureAdded,
          "figure \(describe(y.figure)) of the translation has no counterpart in the source",
          target: target.evidence(y.paragraph, y.figure.expressionRange, factID: y.factID)))
    }
    return findings
  }

  /// The figures of the paragraphs `indices`, in order, without the list and section numbers
  /// that open a paragraph (`21. Nördlich des …` / `18. Au nord du …`).
  static func figures(_ indices: [Int], _ side: CheckSide) -> [Placed] {
    indices.flatMap { index -> [Placed] in
      let text = side.paragraph(index)?.text ?? ""
      let placed: [Placed] = (side.facts(index)?.figures ?? []).enumerated().compactMap {
        offset, figure -> Placed? in
        if isListNumber(figure, in: text) { return nil }
        let unit = UnitTable.shipped.unit(after: figure.upperRange ?? figure.range, in: text)
        let written = figure.range.slice(of: text)
        return Placed(
          paragraph: index, index: offset, figure: figure, written: written, unit: unit,
          isYear: unit == nil && isYearLike(figure, written: written))
      }
      return placed.flatMap { placed -> [Placed] in
        let earlier = earlierValue(of: placed, in: text)
        // Only the earlier value written (`…, raising an earlier toll of 22`): the later
        // value is the figure before it, said on its own; this one is the earlier value.
        if let only = earlier.first, only.figure.range == placed.figure.quantityRange {
          return [only]
        }
        return [placed] + earlier
      }
    }
  }

  /// The earlier value of a change (`von 22 auf 33`, `29'dan 33'e`) as a figure of its own,
  /// exact, at the place it is written; none for other figures.
  static func earlierValue(of placed: Placed, in text: String) -> [Placed] {
    guard let from = placed.figure.changedFrom,
      let range = placed.figure.fromQuantityRange
        ?? (placed.figure.value != from ? placed.figure.quantityRange : nil),
      writtenWhole(range.slice(of: text)) == from
    else { return [] }
    var figure = placed.figure
    figure.value = from
    figure.changedFrom = nil
    figure.fromQuantityRange = nil
    figure.upper = nil
    figure.upperRange = nil
    figure.qualifier = .exact
    figure.range = range
    figure.quantityRange = range
    figure.expressionRange = range
    figure.text = range.slice(of: text)
    var earlier = placed
    earlier.figure = figure
    earlier.written = figure.text
    earlier.unit = nil
    earlier.isYear = false
    earlier.isEarlierValue = true
    return [earlier]
  }

  /// The whole number the digits of `text` write (`29'a`, `1.200`, `٢٢`), if it has digits.
  /// The earlier value of a change is placed on its own only when written whole: a scale
  /// shared with the later value (`von 2 auf 3 Millionen`) or a fraction (`by a third to
  /// 4.2 million`, which is no earlier value) is left to the change.
  static func writtenWhole(_ text: String) -> ExactNumber? {
    let digits = text.compactMap(\.wholeNumberValue)
    guard !digits.isEmpty, digits.count <= 15 else { return nil }
    return ExactNumber(digits.reduce(0) { $0 * 10 + $1 })
  }

  /// Pairs figures of the two lists that satisfy `test`, first come first served, and
  /// removes them from the lists.
  @discardableResult
  static func match(
    _ left: inout [Placed], _ right: inout [Placed], where test: (Placed, Placed) -> Bool
  ) -> [(Placed, Placed)] {
    var pairs: [(Placed, Placed)] = []
    var index = 0
    while index < left.count {
      if let other = right.firstIndex(where: { test(left[index], $0) }) {
        pairs.append((left.remove(at: index), right.remove(at: other)))
      } else {
        index += 1
      }
    }
    return pairs
  }

  /// Pairs the comparable figures left, nearest values first (`5100` with `5101`, not with
  /// the `1` of `Lager 1` written before it), and removes them from the lists.
  static func closest(_ left: inout [Placed], _ right: inout [Placed]) -> [(Placed, Placed)] {
    var candidates: [(distance: Double, i: Int, j: Int)] = []
    for (i, x) in left.enumerated() {
      for (j, y) in right.enumerated()
      where comparable(x, y) && !isVague(x, y) {
        let (a, b) = (abs(x.figure.value.doubleValue), abs(y.figure.value.doubleValue))
        let distance = a == b ? 0 : (min(a, b) > 0 ? max(a, b) / min(a, b) : .infinity)
        candidates.append((distance, i, j))
      }
    }
    candidates.sort { ($0.distance, $0.i, $0.j) < ($1.distance, $1.i, $1.j) }
    var usedLeft = Set<Int>()
    var usedRight = Set<Int>()
    var pairs: [(Int, Int)] = []
    for candidate in candidates
    where !usedLeft.contains(candidate.i) && !usedRight.contains(candidate.j) {
      usedLeft.insert(candidate.i)
      usedRight.insert(candidate.j)
      pairs.append((candidate.i, candidate.j))
    }
    pairs.sort { $0.0 < $1.0 }
    let result = pairs.map { (left[$0.0], right[$0.1]) }
    left = left.enumerated().filter { !usedLeft.contains($0.offset) }.map(\.element)
    right = right.enumerated().filter { !usedRight.contains($0.offset) }.map(\.element)
    return result
  }

  /// Whether two figures say the same amount (qualifier aside).
  static func sameValue(_ p: Placed, _ q: Placed) -> Bool {
    let (x, y) = (p.figure, q.figure)
    return x.value == y.value && x.upper == y.upper && sameKind(x, y)
      && (x.currency == nil || y.currency == nil || x.currency == y.currency)
      && sameUnitSize(p, q)
  }

  /// Whether two figures are of one kind, a sum of money read without its currency on one
  /// side (`3,2 Mrd. Euro`, `50 млн дирхамов`: currency words the facts stage missed) being
  /// of the kind of the other.
  static func sameKind(_ x: Figure, _ y: Figure) -> Bool {
    if x.kind == y.kind { return true }
    let kinds: Set<Figure.Kind> = [x.kind, y.kind]
    guard kinds == [.money, .count] else { return false }
    return (x.kind == .count ? x : y).currency == nil
  }

  /// Whether one is the other times a power of a thousand (`2.5 billion` / `2.5 million`).
  static func scaled(_ p: Placed, _ q: Placed) -> Bool {
    let (x, y) = (p.figure, q.figure)
    // In units of one dimension, the sizes count (`1,8 gigavat` / `1,8 Megawatt`).
    let (a, b) = (x.value.doubleValue * unitSize(p, q), y.value.doubleValue * unitSize(q, p))
    guard a > 0, b > 0, a != b, sameKind(x, y) else { return false }
    let ratio = max(a, b) / min(a, b)
    for power in [1e3, 1e6, 1e9, 1e12] where abs(ratio / power - 1) < 1e-9 { return true }
    return false
  }

  /// Whether two figures may be one claim: one kind and currency, and no two different
  /// counted things (`soldiers` is not `hospitals`).
  static func comparable(_ p: Placed, _ q: Placed) -> Bool {
    let (x, y) = (p.figure, q.figure)
    guard sameKind(x, y) else { return false }
    if let a = p.unit, let b = q.unit, a.unit.dimension != b.unit.dimension { return false }
    if let a = x.currency, let b = y.currency, a != b { return false }
    if let a = x.measure, let b = y.measure { return a.isCompatible(with: b) }
    return true
  }

  /// Whether two figures paired by what is left are surely one claim changed, not two
  /// claims: both written alike (digits, or words; or the last two figures left, `alone`),
  /// within one order of magnitude, not a
  /// range beside one of its own values (`298-303` / `303`), in the same unit if any, not a
  /// year against a number, and not two small numbers in words one apart that count nothing
  /// known (`sechs Bergsteiger` / `le chef et cinq alpinistes` is one team counted two ways). Else
  /// the pairing is a guess and its finding a warning.
  static func surelyOneClaim(_ p: Placed, _ q: Placed, alone: Bool = false) -> Bool {
    let (x, y) = (p.figure, q.figure)
    let words: Set<Figure.Form> = [.words]
    if words.contains(x.form) != words.contains(y.form) {
      // Words against digits (`vingt-deux conteneurs` / `32 containers`): one claim when
      // they count one known thing, or are the last figure of each side and the words are
      // no small number (those are restated freely: `les deux meilleurs`, `both`).
      let counted = x.measure?.counted != nil && y.measure?.counted != nil
      let worded = words.contains(x.form) ? x : y
      guard counted || (alone && worded.value.doubleValue > smallWordNumber),
        min(x.value.doubleValue, y.value.doubleValue) >= 2
      else { return false }
    }
    if words.contains(x.form), x.measure?.counted == nil || y.measure?.counted == nil,
      max(x.value.doubleValue, y.value.doubleValue) <= smallWordNumber,
      abs(x.value.doubleValue - y.value.doubleValue) == 1
    {
      return false
    }
    if p.isYear != q.isYear { return false }
    // A multiplier against a count, a fraction against a whole (`deux fois moins` /
    // `yarısı kadar`, half as many): one comparison said two ways.
    if (p.unit?.unit.dimension == "ratio") != (q.unit?.unit.dimension == "ratio") { return false }
    if x.kind == .count, (abs(x.value.doubleValue) < 1) != (abs(y.value.doubleValue) < 1) {
      return false
    }
    if let a = p.unit, let b = q.unit, a.unit != b.unit { return false }
    let (a, b) = (abs(x.value.doubleValue), abs(y.value.doubleValue))
    guard min(a, b) > 0, max(a, b) / min(a, b) <= maximumRatio else { return false }
    for (range, single) in [(x, y), (y, x)] where range.upper != nil && single.upper == nil {
      let (low, high) = (range.value.doubleValue, range.upper?.doubleValue ?? 0)
      if single.value.doubleValue >= low && single.value.doubleValue <= high { return false }
    }
    return true
  }

  /// The largest number in words that a translator may restate as another small number
  /// when nothing known is counted (`six climbers` / `the leader and five climbers`).
  static let smallWordNumber = 20.0

  /// The largest ratio of two values taken as one figure changed (`22` → `32`); beyond it
  /// two different figures are more likely (`2` and `8153`).
  static let maximumRatio = 10.0

  static func isVague(_ x: Placed, _ y: Placed) -> Bool {
    x.figure.qualifier == .vague || y.figure.qualifier == .vague
  }

  /// `≥ 22`, `2.5 billion EUR` as an editor reads it, with the words as written.
  static func describe(_ figure: Figure) -> String {
    "«\(figure.text)» (\(FigureMention.text(of: figure)))"
  }

  private static func finding(
    _ severity: Finding.Severity, _ kind: Finding.Kind, _ message: String, _ x: Placed, _ y: Placed,
    _ source: CheckSide,
    _ target: CheckSide
  ) -> Finding {
    Finding(
      severity, kind, message,
      source: source.evidence(x.paragraph, x.figure.expressionRange, factID: x.factID),
      target: target.evidence(y.paragraph, y.figure.expressionRange, factID: y.factID))
  }

  /// One side about a round amount, the other the same amount exactly in words (`une
  /// douzaine` / `a dozen`, `una veintena` / `twenty`): a translator's usual rendering.
  static func isRoundAmountInWords(_ x: Figure, _ y: Figure) -> Bool {
    let pair = [x, y]
    return pair.contains { $0.qualifier == .about }
      && pair.contains { $0.qualifier == .exact && $0.form == .words }
  }
}
