/// The weight of each unit that can take part in a match: a token counts fully when one of
/// its keys occurs somewhere on the other side, and only by `share` when none does (a word
/// no anchor and no lexicon pair relates to anything there tells nothing about where its
/// unit belongs, and should not dilute the evidence of the words that do).
enum Alignable {
  static func weights(
    _ a: SideFeatures, _ keyedA: KeyedSide, _ b: SideFeatures, _ keyedB: KeyedSide,
    keyCount: Int, share: Float
  ) -> (source: [Float], target: [Float]) {
    var inA = [Bool](repeating: false, count: keyCount)
    for key in keyedA.keys { inA[Int(key)] = true }
    var inB = [Bool](repeating: false, count: keyCount)
    for key in keyedB.keys { inB[Int(key)] = true }
    return (
      unitWeights(a, keyedA, present: inB, share), unitWeights(b, keyedB, present: inA, share)
    )
  }

  private static func unitWeights(
    _ side: SideFeatures, _ keyed: KeyedSide, present: [Bool], _ share: Float
  ) -> [Float] {
    var weights = [Float](repeating: 0, count: side.count)
    for unit in 0..<side.count {
      var total: Float = 0
      for token in side.tokens(of: unit) {
        let keys = keyed.keys[keyed.keyStart[token]..<keyed.keyStart[token + 1]]
        let matchable = keys.contains { present[Int($0)] }
        total += side.tokenWeight[token] * (matchable ? 1 : share)
      }
      weights[unit] = total
    }
    return weights
  }
}
