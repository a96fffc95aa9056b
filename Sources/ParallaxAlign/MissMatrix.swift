/// For every unit pair the `PairMatrix` stores, the share of each unit's weight the other
/// unit leaves unmatched, `1 − min(1, matched / weight)`: the factor `BeadSearch.coverage`
/// multiplies. Made once per search instead of once per bead that holds the pair; the same
/// floating-point operations in the same order, so the same values.
struct MissMatrix: Sendable {
  /// The shares, laid out as the `PairMatrix`'s weights: `source` holds the source unit's
  /// unmatched share against the target unit, `target` the target unit's.
  private let shares: PairMatrix

  /// The unmatched shares of `pairs`, each unit's weight being its weight plus `prior`
  /// (a unit whose weight is not positive is never asked for).
  init(_ pairs: PairMatrix, sourceWeight: [Float], targetWeight: [Float], prior: Float) {
    var source = [Float](repeating: 1, count: pairs.source.count)
    var target = [Float](repeating: 1, count: pairs.target.count)
    for s in 0..<(pairs.rowStart.count - 1) {
      let sourceUnitWeight = sourceWeight[s] + prior
      for offset in 0..<(pairs.rowStart[s + 1] - pairs.rowStart[s]) {
        let index = pairs.rowStart[s] + offset
        let targetUnitWeight = targetWeight[pairs.first[s] + offset] + prior
        source[index] = 1 - min(1, pairs.source[index] / sourceUnitWeight)
        target[index] = 1 - min(1, pairs.target[index] / targetUnitWeight)
      }
    }
    var shares = pairs
    shares.source = source
    shares.target = target
    self.shares = shares
  }

  /// The unmatched shares of source unit `s` and target unit `t`; 1 outside the stored pairs
  /// (nothing matched there).
  @inline(__always)
  func values(_ s: Int, _ t: Int) -> (Float, Float) { shares.values(s, t, outside: 1) }
}
