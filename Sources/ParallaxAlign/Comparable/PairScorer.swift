/// The parallel mode's similarity on candidate pairs: for each unit of a group, the share of
/// its matchable weight (plus the evidence prior) matched in the other side's units,
/// combined over those units as independent chances (`BeadSearch.coverage`), averaged over
/// the group's units.
struct PairScorer {
  let candidates: CandidatePairs
  let sourceWeight: [Float]
  let targetWeight: [Float]
  /// The evidence prior of each source unit (`AlignerOptions.evidencePrior`, scaled by how
  /// much of the unit's weight its function words took away).
  let sourcePrior: [Float]
  /// The same for each target unit.
  let targetPrior: [Float]

  /// The share of source unit `s` matched in target unit `t`.
  func sourceShare(_ s: Int, _ t: Int) -> Double {
    Double(min(1, candidates.values(s, t).0 / (sourceWeight[s] + sourcePrior[s])))
  }

  /// The share of target unit `t` matched in source unit `s`.
  func targetShare(_ s: Int, _ t: Int) -> Double {
    Double(min(1, candidates.values(s, t).1 / (targetWeight[t] + targetPrior[t])))
  }

  /// The coverage of source unit `s` by the target units `targets`.
  func sourceCoverage(_ s: Int, by targets: [Int]) -> Double {
    1 - targets.reduce(1.0) { $0 * (1 - sourceShare(s, $1)) }
  }

  /// The coverage of target unit `t` by the source units `sources`.
  func targetCoverage(_ t: Int, by sources: [Int]) -> Double {
    1 - sources.reduce(1.0) { $0 * (1 - targetShare($1, t)) }
  }

  /// The similarity of a group: the mean coverage of its units.
  func similarity(_ sources: [Int], _ targets: [Int]) -> Double {
    guard !sources.isEmpty, !targets.isEmpty else { return 0 }
    let total =
      sources.reduce(0) { $0 + sourceCoverage($1, by: targets) }
      + targets.reduce(0) { $0 + targetCoverage($1, by: sources) }
    return total / Double(sources.count + targets.count)
  }

  /// The 1-1 similarity of a candidate pair.
  func similarity(_ pair: CandidatePairs.Pair) -> Double {
    let s = Double(
      min(1, pair.sourceMatched / (sourceWeight[pair.source] + sourcePrior[pair.source])))
    let t = Double(
      min(1, pair.targetMatched / (targetWeight[pair.target] + targetPrior[pair.target])))
    return (s + t) / 2
  }

  /// The share of both sides' weight matched: within the linked units, and over all units.
  func coverage(of groups: [LinkSelector.Group], n: Int, m: Int) -> (
    linked: Double, overall: Double
  ) {
    var matched = 0.0
    var linkedWeight = 0.0
    for group in groups {
      for s in group.source {
        let weight = Double(sourceWeight[s] + sourcePrior[s])
        matched += sourceCoverage(s, by: group.target) * weight
        linkedWeight += weight
      }
      for t in group.target {
        let weight = Double(targetWeight[t] + targetPrior[t])
        matched += targetCoverage(t, by: group.source) * weight
        linkedWeight += weight
      }
    }
    let total =
      zip(sourceWeight, sourcePrior).reduce(0.0) { $0 + Double($1.0 + $1.1) }
      + zip(targetWeight, targetPrior).reduce(0.0) { $0 + Double($1.0 + $1.1) }
    return (
      linkedWeight > 0 ? matched / linkedWeight : 0, total > 0 ? matched / total : 0
    )
  }
}
