/// One side's tokens with every key they carry in a round: the fixed anchor keys and the
/// lexicon keys (a source word's own stem; the source stems a target word translates to),
/// plus, for the target side, postings from each key to the tokens that carry it.
struct KeyedSide: Sendable {
  /// Where each token's keys start (`tokenCount + 1` entries).
  var keyStart: [Int] = [0]
  /// The keys.
  var keys: [Int32] = []
  /// Their strengths.
  var strengths: [Float] = []

  /// Builds the keys of `side`'s tokens: its anchor keys, then `extra(stem)` for each word.
  init(_ side: SideFeatures, extra: (Int32) -> [(Int32, Float)]) {
    keys.reserveCapacity(side.keys.count * 2)
    for token in 0..<side.tokenCount {
      for index in side.keyStart[token]..<side.keyStart[token + 1] {
        keys.append(side.keys[index])
        strengths.append(side.strengths[index])
      }
      let stem = side.tokenStem[token]
      if stem >= 0 {
        for (key, strength) in extra(stem) {
          keys.append(key)
          strengths.append(strength)
        }
      }
      keyStart.append(keys.count)
    }
  }
}

/// Postings from each key to the units and tokens of one side that carry it, by unit.
struct Postings: Sendable {
  /// Where each key's postings start (`keyCount + 1` entries).
  var start: [Int]
  /// The unit of each posting, ascending within a key.
  var unit: [Int32]
  /// The token of each posting.
  var token: [Int32]
  /// The strength of each posting.
  var strength: [Float]

  init(_ keyed: KeyedSide, _ side: SideFeatures, keyCount: Int) {
    var counts = [Int](repeating: 0, count: keyCount + 1)
    for key in keyed.keys { counts[Int(key) + 1] += 1 }
    for index in 1..<counts.count { counts[index] += counts[index - 1] }
    start = counts
    var fill = counts
    let total = keyed.keys.count
    unit = [Int32](repeating: 0, count: total)
    token = [Int32](repeating: 0, count: total)
    strength = [Float](repeating: 0, count: total)
    for unitIndex in 0..<side.count {
      for tokenIndex in side.tokens(of: unitIndex) {
        for index in keyed.keyStart[tokenIndex]..<keyed.keyStart[tokenIndex + 1] {
          let key = Int(keyed.keys[index])
          let slot = fill[key]
          fill[key] += 1
          unit[slot] = Int32(unitIndex)
          token[slot] = Int32(tokenIndex)
          strength[slot] = keyed.strengths[index]
        }
      }
    }
  }

  /// The first posting of `key` whose unit is at least `unitIndex`.
  func first(_ key: Int, atLeast unitIndex: Int) -> Int {
    var low = start[key]
    var high = start[key + 1]
    let target = Int32(unitIndex)
    while low < high {
      let middle = (low + high) / 2
      if unit[middle] < target { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
