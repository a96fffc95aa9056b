import Foundation

/// Gale–Church's length model: the target length of a translation is about `ratio` times
/// the source length, with a variance growing with the length; the cost of a pair of
/// lengths is −log of the probability of a deviation at least as large.
struct LengthModel: Sendable, Hashable {
  /// Target characters per source character.
  var ratio: Double
  /// Variance of the target length per character.
  var variance: Double

  /// A model with this ratio and Gale and Church's variance (6.8 per character).
  init(ratio: Double) {
    self.ratio = ratio
    variance = 6.8
  }

  /// The standardized deviation of a pair of lengths.
  func deviation(_ source: Int, _ target: Int) -> Double {
    let expected = Double(source) * ratio
    let scale = max(1, (expected + Double(target)) / 2)
    return (Double(target) - expected) / (variance * scale).squareRoot()
  }

  /// The two-sided probability of a deviation at least as large as this pair's.
  func probability(_ source: Int, _ target: Int) -> Double {
    erfc(abs(deviation(source, target)) / 2.0.squareRoot())
  }

  /// −log of `probability`, at most 25.
  func cost(_ source: Int, _ target: Int) -> Double {
    if source == 0 && target == 0 { return 0 }
    return min(25, -log(max(probability(source, target), 1e-11)))
  }

  /// A lower bound of `cost` without `erfc` and `log`: erfc(x) ≤ e^(−x²) for x ≥ 0, so
  /// −log erfc(x) ≥ x², with x = |deviation| / √2 (and the cap of 25 kept); shrunk by one
  /// part in a thousand, far more than the rounding of either side.
  func costBound(_ source: Int, _ target: Int) -> Double {
    if source == 0 && target == 0 { return 0 }
    let d = deviation(source, target)
    return min(25, d * d / 2) * 0.999
  }

  /// Re-estimates the ratio and the variance from pairs of lengths believed to be translations (the
  /// median squared deviation, which resists the bad pairs among them), kept in 2…40.
  mutating func refine(_ pairs: [(Int, Int)]) {
    let good = pairs.filter { $0.0 > 0 && $0.1 > 0 }
    if good.count >= 20 {
      let sourceTotal = good.reduce(0) { $0 + $1.0 }
      let targetTotal = good.reduce(0) { $0 + $1.1 }
      let refined = Double(targetTotal) / Double(sourceTotal)
      // Confident beads are translations: their ratio may correct a plausible first guess,
      // not override the languages' typical ratio by more than its tolerance.
      let off = max(refined / ratio, ratio / refined)
      if off <= LengthRatios.tolerance { ratio = refined }
    }
    let squares = pairs.compactMap { source, target -> Double? in
      guard source > 0, target > 0 else { return nil }
      let expected = Double(source) * ratio
      let scale = max(1, (expected + Double(target)) / 2)
      let difference = Double(target) - expected
      return difference * difference / scale
    }.sorted()
    guard squares.count >= 20 else { return }
    // For a normal deviation the median of its square is 0.455 times the variance.
    variance = min(40, max(2, squares[squares.count / 2] / 0.455))
  }
}
