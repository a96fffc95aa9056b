import Foundation

/// The dynamic programme: the cheapest monotonic sequence of beads from (0, 0) to (n, m)
/// inside a band, with every bead's cost made of similarity, length and prior.
struct BeadSearch {
  /// A bead found: its shape and start, its similarity and length probability.
  struct Found: Sendable, Hashable {
    var sourceStart: Int
    var sourceCount: Int
    var targetStart: Int
    var targetCount: Int
    var similarity: Double
    var lengthProbability: Double
  }

  let a: SideFeatures
  let b: SideFeatures
  /// The unit pairs' unmatched shares (`MissMatrix`, made from the pairs' matched weights).
  let misses: MissMatrix
  /// Each source unit's weight that could find a match on the other side (`Alignable`).
  let sourceWeight: [Float]
  /// Each target unit's weight that could find a match on the other side.
  let targetWeight: [Float]
  let length: LengthModel
  let options: AlignerOptions
  /// The mean similarity of good 1-1 beads so far (0 before any lexicon).
  let meanSimilarity: Double
  let types: [BeadType]

  /// `AlignerOptions.evidencePrior` as a weight.
  private var evidencePrior: Float { Float(options.evidencePrior) }

  /// The similarity of source units `s` and target units `t`: the mean coverage of their
  /// units (`coverage`).
  func similarity(_ s: Range<Int>, _ t: Range<Int>) -> Double {
    guard !s.isEmpty, !t.isEmpty else { return 0 }
    return coverage(s, t) / Double(s.count + t.count)
  }

  /// The summed coverage of the bead's units: for each unit, the share of its weight matched
  /// on the other side, combined over the other side's units as independent chances
  /// (1 − Π(1 − share)), so that a word matched in two units does not count twice.
  func coverage(_ s: Range<Int>, _ t: Range<Int>) -> Double {
    var total: Float = 0
    for source in s {
      guard sourceWeight[source] + evidencePrior > 0 else { continue }
      var missed: Float = 1
      for target in t { missed *= misses.values(source, target).0 }
      total += 1 - missed
    }
    for target in t {
      guard targetWeight[target] + evidencePrior > 0 else { continue }
      var missed: Float = 1
      for source in s { missed *= misses.values(source, target).1 }
      total += 1 - missed
    }
    return Double(total)
  }

  /// The cost of leaving one unit of `length` characters unmatched.
  func skipCost(_ characters: Int) -> Double {
    let credit = 1 - options.skipCredit * meanSimilarity
    guard characters > 0 else { return 0.1 }
    return options.similarityWeight * credit + options.skipPenalty
  }

  /// The cheapest path through `band`, as beads in order.
  func run(band: Band) -> [Found] {
    let n = a.count
    let m = b.count
    var rowStart = [0]
    for i in 0...n { rowStart.append(rowStart[i] + band.high[i] - band.low[i] + 1) }
    var cost = [Double](repeating: .infinity, count: rowStart[n + 1])
    var back = [UInt8](repeating: 255, count: rowStart[n + 1])
    var sourcePrefix = [0]
    for unit in 0..<n { sourcePrefix.append(sourcePrefix[unit] + a.unitLength[unit]) }
    var targetPrefix = [0]
    for unit in 0..<m { targetPrefix.append(targetPrefix[unit] + b.unitLength[unit]) }
    cost[0] = 0
    for i in 0...n {
      for j in band.low[i]...band.high[i] {
        let here = rowStart[i] + j - band.low[i]
        if i == 0 && j == 0 { continue }
        var best = Double.infinity
        var bestType: UInt8 = 255
        for (index, type) in types.enumerated() {
          let i0 = i - type.source
          let j0 = j - type.target
          guard i0 >= 0, j0 >= 0, j0 >= band.low[i0], j0 <= band.high[i0] else { continue }
          let previous = cost[rowStart[i0] + j0 - band.low[i0]]
          guard previous < best else { continue }
          let beadCost = self.cost(
            type, i0..<i, j0..<j, sourcePrefix[i] - sourcePrefix[i0],
            targetPrefix[j] - targetPrefix[j0], after: previous, best: best)
          if previous + beadCost < best {
            best = previous + beadCost
            bestType = UInt8(index)
          }
        }
        cost[here] = best
        back[here] = bestType
      }
    }
    var found: [Found] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      let index = back[rowStart[i] + j - band.low[i]]
      guard index != 255 else { break }
      let type = types[Int(index)]
      let i0 = i - type.source
      let j0 = j - type.target
      let paired = type.source > 0 && type.target > 0
      found.append(
        Found(
          sourceStart: i0, sourceCount: type.source, targetStart: j0, targetCount: type.target,
          similarity: paired ? similarity(i0..<i, j0..<j) : 0,
          lengthProbability: paired
            ? length.probability(
              sourcePrefix[i] - sourcePrefix[i0], targetPrefix[j] - targetPrefix[j0])
            : 0))
      i = i0
      j = j0
    }
    // Unreachable only if the band were broken; every unit still gets a bead.
    for unit in stride(from: j - 1, through: 0, by: -1) {
      found.append(
        Found(
          sourceStart: 0, sourceCount: 0, targetStart: unit, targetCount: 1,
          similarity: 0, lengthProbability: 0))
    }
    for unit in stride(from: i - 1, through: 0, by: -1) {
      found.append(
        Found(
          sourceStart: unit, sourceCount: 1, targetStart: 0, targetCount: 0,
          similarity: 0, lengthProbability: 0))
    }
    return found.reversed()
  }

  /// The bead's cost; `.infinity` instead when `previous` plus its length and merge terms
  /// alone reach `best` (the similarity term is never negative, so the bead would not be
  /// chosen).
  private func cost(
    _ type: BeadType, _ s: Range<Int>, _ t: Range<Int>, _ sourceLength: Int, _ targetLength: Int,
    after previous: Double, best: Double
  ) -> Double {
    if type.target == 0 { return skipCost(sourceLength) }
    if type.source == 0 { return skipCost(targetLength) }
    let mergeTerm = options.mergePenalty * Double(type.extraUnits)
    // The length term is never negative either: no need for it when the merge term alone
    // reaches `best`.
    if options.similarityWeight >= 0, options.lengthWeight >= 0, previous + mergeTerm >= best {
      return .infinity
    }
    // The same test on a cheap lower bound of the length term first: when it already
    // reaches `best`, the exact term (≥ the bound, and rounding is monotonic) would too, and
    // `erfc` and `log` are not needed.
    if options.similarityWeight >= 0, options.lengthWeight >= 0,
      previous + (options.lengthWeight * length.costBound(sourceLength, targetLength) + mergeTerm)
        >= best
    {
      return .infinity
    }
    let lengthTerm = options.lengthWeight * length.cost(sourceLength, targetLength)
    // previous + ((similarity + length) + merge) ≥ previous + (length + merge) in floating
    // point too, rounding being monotonic: skipping the coverage changes no choice.
    if options.similarityWeight >= 0, previous + (lengthTerm + mergeTerm) >= best {
      return .infinity
    }
    let covered = coverage(s, t)
    return options.similarityWeight * (Double(s.count + t.count) - covered) + lengthTerm
      + mergeTerm
  }
}
