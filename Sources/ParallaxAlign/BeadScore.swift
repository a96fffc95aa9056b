/// Strict and lax precision, recall and F1 of beads against a gold alignment, as
/// `../shared/bench/README.md` defines them (vecalign's scorer): precision over every
/// predicted group with a non-empty side; recall with gold and prediction swapped and the
/// groups with an empty side left out; strict counts equal groups, lax groups sharing at
/// least one source and one target unit with a gold group.
public struct BeadScore: Sendable, Hashable {
  /// Strict precision.
  public var strictPrecision: Double
  /// Strict recall.
  public var strictRecall: Double
  /// Lax precision.
  public var laxPrecision: Double
  /// Lax recall.
  public var laxRecall: Double

  /// Strict F1.
  public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
  /// Lax F1.
  public var laxF1: Double { Self.f1(laxPrecision, laxRecall) }

  /// A group: source indices and target indices.
  public typealias Group = (source: [Int], target: [Int])

  /// Scores `predicted` groups against `gold` groups.
  public init(predicted: [Group], gold: [Group]) {
    let full = { (groups: [Group]) in groups.filter { !$0.source.isEmpty && !$0.target.isEmpty } }
    (strictPrecision, laxPrecision) = Self.precision(predicted, against: gold)
    (strictRecall, laxRecall) = Self.precision(full(gold), against: full(predicted))
  }

  /// Reads groups written one per line as `[0, 1]:[2]` or `[0, 1]:[2]:0.83`; `nil` for a
  /// line of another shape.
  public static func parse(_ text: String) -> [Group]? {
    var groups: [Group] = []
    for line in text.split(whereSeparator: \.isNewline) {
      let parts = line.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count >= 2, let source = indices(parts[0]), let target = indices(parts[1])
      else { return nil }
      groups.append((source, target))
    }
    return groups
  }

  private static func indices(_ text: Substring) -> [Int]? {
    let trimmed = text.trimmingPrefix(" ")
    guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { return nil }
    let inner = trimmed.dropFirst().dropLast()
    var result: [Int] = []
    for item in inner.split(separator: ",") {
      guard let value = Int(item.filter { $0 != " " }) else { return nil }
      result.append(value)
    }
    return result
  }

  private static func precision(_ test: [Group], against gold: [Group]) -> (Double, Double) {
    var exact = Set<[[Int]]>()
    var targetsOfSource: [Int: Set<Int>] = [:]
    for group in gold {
      exact.insert([group.source, group.target])
      for source in group.source { targetsOfSource[source, default: []].formUnion(group.target) }
    }
    var count = 0
    var strict = 0
    var lax = 0
    for group in test where !(group.source.isEmpty && group.target.isEmpty) {
      count += 1
      if exact.contains([group.source, group.target]) {
        strict += 1
        lax += 1
      } else {
        let reachable = group.source.reduce(into: Set<Int>()) {
          $0.formUnion(targetsOfSource[$1] ?? [])
        }
        if !reachable.isDisjoint(with: group.target) { lax += 1 }
      }
    }
    guard count > 0 else { return (0, 0) }
    return (Double(strict) / Double(count), Double(lax) / Double(count))
  }

  private static func f1(_ precision: Double, _ recall: Double) -> Double {
    precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
  }
}
