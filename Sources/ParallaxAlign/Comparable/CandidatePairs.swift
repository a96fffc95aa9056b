/// The unit pairs comparable mode considers, with their matched weights: a sparse list, not
/// a matrix. Candidates come from the keys two units share (numbers, names, rare words,
/// lexicon pairs), each source unit keeping its best `perUnit` targets and each target unit
/// its best `perUnit` sources; on short inputs every pair sharing a key is kept. The matched
/// weights are those the parallel mode's `PairMatrix` computes for a pair, so that both modes
/// score a pair alike.
struct CandidatePairs: Sendable {
  /// One candidate pair with how much of each unit's weight finds a match in the other.
  struct Pair: Sendable, Hashable {
    var source: Int
    var target: Int
    /// Matched weight of the source unit against the target unit.
    var sourceMatched: Float
    /// Matched weight of the target unit against the source unit.
    var targetMatched: Float
  }

  /// The candidates, by source unit then target unit.
  private(set) var pairs: [Pair] = []
  /// Where each source unit's candidates start in `pairs` (`n + 1` entries).
  private(set) var rowStart: [Int] = [0]

  /// The matched weights of (s, t), zero when the pair is not a candidate.
  func values(_ s: Int, _ t: Int) -> (Float, Float) {
    guard s >= 0, s + 1 < rowStart.count else { return (0, 0) }
    for index in rowStart[s]..<rowStart[s + 1] where pairs[index].target == t {
      return (pairs[index].sourceMatched, pairs[index].targetMatched)
    }
    return (0, 0)
  }

  /// The candidates of source unit `s`.
  func row(_ s: Int) -> ArraySlice<Pair> { pairs[rowStart[s]..<rowStart[s + 1]] }

  /// Finds and weighs the candidates of `a` against `b`.
  ///
  /// On a long input a unit proposes candidates through its rarest keys only, until it has
  /// visited `perUnit × 64` postings (a common key still counts in the weights of the pairs
  /// rarer ones propose): the memory and time stay linear in the input.
  init(
    a: SideFeatures, keyedA: KeyedSide, b: SideFeatures, keyedB: KeyedSide, postingsB: Postings,
    keyCount: Int, perUnit: Int = 12, exhaustiveLimit: Int = 10_000
  ) {
    let n = a.count
    let m = b.count
    let exhaustive = n * m <= exhaustiveLimit
    let postingsBudget = perUnit * 64
    // Proposal scores: for each source unit, the summed weight of its rare keys each target
    // unit shares.
    var proposal = [Float](repeating: 0, count: m)
    var touched: [Int] = []
    var bySource: [[(Int, Float)]] = Array(repeating: [], count: n)
    var byTarget: [[(Int, Float)]] = Array(repeating: [], count: m)
    var unitKeys: [(key: Int, strength: Float, weight: Float)] = []
    for s in 0..<n {
      for token in a.tokens(of: s) {
        for index in keyedA.keyStart[token]..<keyedA.keyStart[token + 1] {
          let key = Int(keyedA.keys[index])
          guard postingsB.start[key + 1] > postingsB.start[key] else { continue }
          unitKeys.append((key, keyedA.strengths[index], a.tokenWeight[token]))
        }
      }
      if !exhaustive {
        // The rarest keys first, until the postings budget is spent: a unit whose words are
        // all common still proposes its best few candidates, in bounded time.
        unitKeys.sort {
          let first = postingsB.start[$0.key + 1] - postingsB.start[$0.key]
          let second = postingsB.start[$1.key + 1] - postingsB.start[$1.key]
          return first != second ? first < second : $0.key < $1.key
        }
      }
      var spent = 0
      for (key, strength, weight) in unitKeys {
        let start = postingsB.start[key]
        let end = postingsB.start[key + 1]
        if !exhaustive {
          if spent > 0 && spent + (end - start) > postingsBudget { break }
          spent += end - start
        }
        var last = -1
        for posting in start..<end {
          let unit = Int(postingsB.unit[posting])
          guard unit != last else { continue }
          last = unit
          if proposal[unit] == 0 { touched.append(unit) }
          proposal[unit] += weight * min(strength, postingsB.strength[posting])
        }
      }
      unitKeys.removeAll(keepingCapacity: true)
      var found = touched.map { ($0, proposal[$0]) }
      for unit in touched { proposal[unit] = 0 }
      touched.removeAll(keepingCapacity: true)
      // Among equal scores (a passage repeated), the unit nearest the source's place in its
      // own text first: a long text's copies are kept apart rather than all crowding the first.
      let place = Double(s) / Double(max(n, 1))
      func offDiagonal(_ t: Int) -> Double { abs(Double(t) / Double(max(m, 1)) - place) }
      found.sort {
        $0.1 != $1.1
          ? $0.1 > $1.1
          : offDiagonal($0.0) != offDiagonal($1.0)
            ? offDiagonal($0.0) < offDiagonal($1.0) : $0.0 < $1.0
      }
      if !exhaustive {
        for (unit, score) in found {
          Self.keep(
            &byTarget[unit], (s, score), limit: perUnit, n: n, m: m, target: unit)
        }
        found = Array(found.prefix(perUnit))
      }
      bySource[s] = found
    }
    if !exhaustive {
      for (t, list) in byTarget.enumerated() {
        for (s, score) in list where !bySource[s].contains(where: { $0.0 == t }) {
          bySource[s].append((t, score))
        }
      }
    }
    // Matched weights of each candidate, as `PairMatrix` computes them.
    var inSource = [Float](repeating: 0, count: keyCount)
    var inTarget = [Float](repeating: 0, count: keyCount)
    var sourceKeys: [Int] = []
    var targetKeys: [Int] = []
    for s in 0..<n {
      let targets = bySource[s].map(\.0).sorted()
      if targets.isEmpty {
        rowStart.append(pairs.count)
        continue
      }
      Self.fill(&inSource, &sourceKeys, keyedA, a.tokens(of: s))
      for t in targets {
        Self.fill(&inTarget, &targetKeys, keyedB, b.tokens(of: t))
        let sourceMatched = Self.matched(a, keyedA, a.tokens(of: s), against: inTarget)
        let targetMatched = Self.matched(b, keyedB, b.tokens(of: t), against: inSource)
        for key in targetKeys { inTarget[key] = 0 }
        targetKeys.removeAll(keepingCapacity: true)
        if sourceMatched > 0 || targetMatched > 0 {
          pairs.append(
            Pair(source: s, target: t, sourceMatched: sourceMatched, targetMatched: targetMatched))
        }
      }
      for key in sourceKeys { inSource[key] = 0 }
      sourceKeys.removeAll(keepingCapacity: true)
      rowStart.append(pairs.count)
    }
  }

  /// Keeps the `limit` best of a target unit's list of sources, best first; among equal
  /// scores the source nearest the target's place in its text wins.
  private static func keep(
    _ list: inout [(Int, Float)], _ item: (Int, Float), limit: Int, n: Int, m: Int, target: Int
  ) {
    let place = Double(target) / Double(max(m, 1))
    func better(_ x: (Int, Float), than y: (Int, Float)) -> Bool {
      if x.1 != y.1 { return x.1 > y.1 }
      let dx = abs(Double(x.0) / Double(max(n, 1)) - place)
      let dy = abs(Double(y.0) / Double(max(n, 1)) - place)
      return dx < dy
    }
    if list.count == limit, let last = list.last, !better(item, than: last) { return }
    var index = list.count
    while index > 0, better(item, than: list[index - 1]) { index -= 1 }
    list.insert(item, at: index)
    if list.count > limit { list.removeLast() }
  }

  /// Writes the strongest strength of each key `tokens` carry into `strengths`.
  private static func fill(
    _ strengths: inout [Float], _ used: inout [Int], _ keyed: KeyedSide, _ tokens: Range<Int>
  ) {
    for token in tokens {
      for index in keyed.keyStart[token]..<keyed.keyStart[token + 1] {
        let key = Int(keyed.keys[index])
        if strengths[key] == 0 { used.append(key) }
        strengths[key] = max(strengths[key], keyed.strengths[index])
      }
    }
  }

  /// The weight of `tokens` matched by the keys in `other`: each token at its best key.
  private static func matched(
    _ side: SideFeatures, _ keyed: KeyedSide, _ tokens: Range<Int>, against other: [Float]
  ) -> Float {
    var total: Float = 0
    for token in tokens {
      var best: Float = 0
      for index in keyed.keyStart[token]..<keyed.keyStart[token + 1] {
        best = max(best, min(keyed.strengths[index], other[Int(keyed.keys[index])]))
      }
      total += side.tokenWeight[token] * best
    }
    return total
  }
}
