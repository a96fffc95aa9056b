/// The content two units share: the matched weight of the tokens that are not weak
/// (`SideFeatures.tokenWeak`: function words, marks, small numbers, dates, weekdays). Two
/// units are linked only when it reaches `ComparableOptions.minimumContent`: unrelated
/// reports of one day share a weekday, a `22` and `the` ↔ `les` pairs, and nothing else.
struct SharedContent {
  let a: SideFeatures
  let keyedA: KeyedSide
  let b: SideFeatures
  let keyedB: KeyedSide

  /// The weight of source unit `s`'s content tokens matched by content tokens of target
  /// unit `t`, each at its best shared key.
  func weight(_ s: Int, _ t: Int) -> Float {
    var strongest: [Int32: Float] = [:]
    for token in b.tokens(of: t) where !b.tokenWeak[token] {
      for index in keyedB.keyStart[token]..<keyedB.keyStart[token + 1] {
        let key = keyedB.keys[index]
        strongest[key] = max(strongest[key] ?? 0, keyedB.strengths[index])
      }
    }
    guard !strongest.isEmpty else { return 0 }
    var total: Float = 0
    for token in a.tokens(of: s) where !a.tokenWeak[token] {
      var best: Float = 0
      for index in keyedA.keyStart[token]..<keyedA.keyStart[token + 1] {
        if let other = strongest[keyedA.keys[index]] {
          best = max(best, min(keyedA.strengths[index], other))
        }
      }
      total += a.tokenWeight[token] * best
    }
    return total
  }
}
