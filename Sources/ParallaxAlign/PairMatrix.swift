/// For every source unit s and target unit t near the band: how much of s's weight finds a
/// match in t (`source`) and how much of t's weight finds a match in s (`target`). A
/// token's match is its best key shared with the other unit, at the weaker of the two
/// strengths.
struct PairMatrix: Sendable {
  /// The first target unit stored for each source unit.
  var first: [Int]
  /// Where each source unit's row starts in the value arrays.
  var rowStart: [Int]
  /// Matched weight of the source unit against the target unit.
  var source: [Float]
  /// Matched weight of the target unit against the source unit.
  var target: [Float]

  /// The stored target units of source unit `s`.
  func columns(_ s: Int) -> Range<Int> { first[s]..<(first[s] + rowStart[s + 1] - rowStart[s]) }

  /// Matched weights of (s, t), `outside` outside the stored band.
  @inline(__always)
  func values(_ s: Int, _ t: Int, outside: Float = 0) -> (Float, Float) {
    let offset = t - first[s]
    let start = rowStart[s]
    guard offset >= 0, start + offset < rowStart[s + 1] else { return (outside, outside) }
    return (source[start + offset], target[start + offset])
  }

  /// Computes the matrix for the unit pairs the band's beads can reach.
  init(
    band: Band, a: SideFeatures, keyedA: KeyedSide, b: SideFeatures, postingsB: Postings,
    keyCount: Int
  ) {
    let n = a.count
    let m = b.count
    first = []
    rowStart = [0]
    for s in 0..<n {
      let low = min(band.low[max(0, s - 3)], m)
      let high = max(low, min(m, band.high[min(n, s + 4)]))
      first.append(low)
      rowStart.append(rowStart[s] + (high - low))
    }
    let total = rowStart[n]
    var sourceValues = [Float](repeating: 0, count: total)
    var targetValues = [Float](repeating: 0, count: total)
    var bestByUnit = [Float](repeating: 0, count: m)
    var touchedUnits: [Int] = []
    var bestByToken = [Float](repeating: 0, count: b.tokenCount)
    var touchedTokens: [Int] = []
    var keyStrength = [Float](repeating: 0, count: keyCount)
    var unitKeys: [Int] = []
    for s in 0..<n {
      let low = first[s]
      let high = low + rowStart[s + 1] - rowStart[s]
      guard high > low else { continue }
      let base = rowStart[s] - low
      // Source side: each token's best match in each target unit.
      for token in a.tokens(of: s) {
        let weight = a.tokenWeight[token]
        for index in keyedA.keyStart[token]..<keyedA.keyStart[token + 1] {
          let key = Int(keyedA.keys[index])
          let strength = keyedA.strengths[index]
          if keyStrength[key] == 0 { unitKeys.append(key) }
          keyStrength[key] = max(keyStrength[key], strength)
          var posting = postingsB.first(key, atLeast: low)
          let end = postingsB.start[key + 1]
          while posting < end {
            let unit = Int(postingsB.unit[posting])
            if unit >= high { break }
            let shared = min(strength, postingsB.strength[posting])
            if bestByUnit[unit] == 0 { touchedUnits.append(unit) }
            if shared > bestByUnit[unit] { bestByUnit[unit] = shared }
            posting += 1
          }
        }
        for unit in touchedUnits {
          sourceValues[base + unit] += weight * bestByUnit[unit]
          bestByUnit[unit] = 0
        }
        touchedUnits.removeAll(keepingCapacity: true)
      }
      // Target side: each target token's best match among this unit's keys.
      for key in unitKeys {
        let strength = keyStrength[key]
        var posting = postingsB.first(key, atLeast: low)
        let end = postingsB.start[key + 1]
        while posting < end {
          let unit = Int(postingsB.unit[posting])
          if unit >= high { break }
          let token = Int(postingsB.token[posting])
          let shared = min(strength, postingsB.strength[posting])
          if bestByToken[token] == 0 { touchedTokens.append(token) }
          if shared > bestByToken[token] { bestByToken[token] = shared }
          posting += 1
        }
        keyStrength[key] = 0
      }
      unitKeys.removeAll(keepingCapacity: true)
      for token in touchedTokens {
        let unit = Int(b.tokenUnit[token])
        targetValues[base + unit] += b.tokenWeight[token] * bestByToken[token]
        bestByToken[token] = 0
      }
      touchedTokens.removeAll(keepingCapacity: true)
    }
    source = sourceValues
    target = targetValues
  }
}
