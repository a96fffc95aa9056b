/// The cheap evidence `auto` reads before any search: whether the facts stage's anchors
/// (figures, dates, names) of two long texts in two languages keep one order along the
/// diagonal, as a translation's do. When they clearly do, the parallel engine alone is run;
/// anything less clear goes through both searches and `ModeEvidence`.
struct AnchorOrder {
  /// How many anchor pairs were read (each key's k-th unit on one side with its k-th unit on
  /// the other, for keys both sides give equally often).
  let pairs: Int
  /// The share of them that keep the order of both texts (the longest run in order).
  let inOrder: Double
  /// The share of them near the diagonal.
  let nearDiagonal: Double

  /// The most a pair may stray from the diagonal, as a share of each side's length.
  static let diagonalReach = 0.1
  /// The share of anchor pairs that must keep the order and stay near the diagonal.
  static let required = 0.95

  /// How many figure values both texts give.
  let sharedFigures: Int
  /// The share of those each text gives equally often: a translation repeats each figure as
  /// often as its original does.
  let figuresEquallyOften: Double
  /// The fewest figure values both texts must give for their counts to say anything.
  static let minimumFigures = 3

  /// The evidence of `first` against `second` (anchors per unit), or `nil` when there is too
  /// little to read: fewer than `2 × minimumLinks` units on a side or unit counts far apart.
  init?(_ first: [[UnitAnchor]], _ second: [[UnitAnchor]], minimumLinks: Int) {
    let (n, m) = (first.count, second.count)
    guard min(n, m) >= 2 * minimumLinks, 4 * min(n, m) >= 3 * max(n, m) else { return nil }
    func positions(_ side: [[UnitAnchor]]) -> [String: [Int]] {
      var result: [String: [Int]] = [:]
      for (unit, anchors) in side.enumerated() {
        for key in Set(anchors.map(\.key)) { result[key, default: []].append(unit) }
      }
      return result
    }
    let (a, b) = (positions(first), positions(second))
    let figures = a.keys.filter { $0.hasPrefix("f") && b[$0] != nil }
    sharedFigures = figures.count
    figuresEquallyOften =
      figures.isEmpty
      ? 1 : Double(figures.filter { a[$0]?.count == b[$0]?.count }.count) / Double(figures.count)
    var found: [(Int, Int)] = []
    for (key, units) in a {
      guard let others = b[key], others.count == units.count else { continue }
      found += zip(units, others).map { ($0, $1) }
    }
    pairs = found.count
    minimumPairs = 2 * minimumLinks
    found.sort { $0 < $1 }
    let near = found.filter {
      abs(Double($0.0) / Double(n) - Double($0.1) / Double(m)) <= Self.diagonalReach
    }
    let total = Double(max(found.count, 1))
    nearDiagonal = Double(near.count) / total
    inOrder = Double(Self.longestNonDecreasing(found.map(\.1))) / total
  }

  /// How many anchor pairs the order needs to say anything.
  let minimumPairs: Int

  /// Whether the anchors clearly keep one order along the diagonal.
  var saysTranslation: Bool {
    pairs >= minimumPairs && inOrder >= Self.required && nearDiagonal >= Self.required
      && figuresEquallyOften >= 0.5
  }

  /// Whether the texts clearly are no translation of each other: most figure values both
  /// give are given a different number of times.
  var saysNoTranslation: Bool { sharedFigures >= Self.minimumFigures && figuresEquallyOften < 0.5 }

  /// The length of the longest non-decreasing subsequence of `values` (patience sorting).
  static func longestNonDecreasing(_ values: [Int]) -> Int {
    var tails: [Int] = []
    for value in values {
      var (low, high) = (0, tails.count)
      while low < high {
        let middle = (low + high) / 2
        if tails[middle] <= value { low = middle + 1 } else { high = middle }
      }
      if low == tails.count { tails.append(value) } else { tails[low] = value }
    }
    return tails.count
  }
}
