/// The part of the (source prefix × target prefix) grid the dynamic programme explores:
/// for each number of source units consumed `i` (0…n), the target prefixes `low[i]…high[i]`.
/// Both bounds never decrease, so every bead's start lies in the band when its end does.
struct Band: Sendable {
  var low: [Int]
  var high: [Int]

  /// A band of half-width `width` around the diagonal from (0, 0) to (n, m).
  static func diagonal(_ n: Int, _ m: Int, width: Int) -> Band {
    var low: [Int] = []
    var high: [Int] = []
    for i in 0...n {
      let center = n == 0 ? 0 : (i * m + n / 2) / n
      low.append(max(0, center - width))
      high.append(min(m, center + width))
    }
    low[n] = min(low[n], m)
    high[n] = m
    return Band(low: low, high: high).monotone()
  }

  /// A band of half-width `width` around a path of grid points.
  static func around(_ path: [(Int, Int)], _ n: Int, _ m: Int, width: Int) -> Band {
    var low = [Int](repeating: m, count: n + 1)
    var high = [Int](repeating: 0, count: n + 1)
    for (i, j) in path {
      for row in max(0, i - width)...min(n, i + width) {
        low[row] = min(low[row], max(0, j - width))
        high[row] = max(high[row], min(m, j + width))
      }
    }
    low[0] = 0
    high[n] = m
    return Band(low: low, high: high).monotone()
  }

  /// Bounds made non-decreasing (low from the end, high from the start) and non-empty.
  private func monotone() -> Band {
    var low = self.low
    var high = self.high
    let n = low.count - 1
    for i in 1...max(n, 1) where i <= n { high[i] = max(high[i], high[i - 1]) }
    if n >= 1 {
      for i in stride(from: n - 1, through: 0, by: -1) { low[i] = min(low[i], low[i + 1]) }
    }
    for i in 0...n where low[i] > high[i] { low[i] = high[i] }
    return Band(low: low, high: high)
  }

  /// Whether a path comes within `margin` of a band edge that is not the grid's edge.
  func touchesEdge(_ path: [(Int, Int)], m: Int, margin: Int) -> Bool {
    path.contains { i, j in
      (low[i] > 0 && j - low[i] < margin) || (high[i] < m && high[i] - j < margin)
    }
  }

  /// The number of grid cells in the band.
  var cellCount: Int { zip(low, high).reduce(0) { $0 + $1.1 - $1.0 + 1 } }
}
