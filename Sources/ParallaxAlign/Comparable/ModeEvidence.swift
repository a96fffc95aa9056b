/// What `auto` reads to choose a mode: the comparable links and, across languages, the
/// parallel path.
///
/// Two texts in one language with most of their words matched are versions of one text
/// (comparable mode, the easy case). Two texts in two languages are a translation (parallel
/// mode) when the confident half of the comparable links, found with no notion of order,
/// keeps the order of both texts and lies on the parallel path: the parallel engine then
/// gets the merges, splits and omissions right where comparable mode is weakest. Anything
/// else (links that cross, links the parallel path does not make, or too few confident links
/// to tell: comparable mode links units in any order, so it is the safe default on short
/// texts) is comparable.
struct ModeEvidence {
  let sameLanguage: Bool
  /// The share of both sides' weight matched over all units.
  let overallCoverage: Double
  /// The share of units in a comparable link.
  let linkedShare: Double
  /// The share of the confident half of the comparable links that moved.
  let movedShare: Double
  /// The share of the confident comparable links' unit pairs the parallel path also makes.
  let agreement: Double?
  /// How many links the confident half holds.
  let confidentCount: Int
  let options: ComparableOptions

  init(
    _ result: ComparableAligner.Result, parallel: [UnitLink]?, sameLanguage: Bool,
    options: ComparableOptions
  ) {
    self.sameLanguage = sameLanguage
    self.options = options
    overallCoverage = result.overallCoverage
    let units = result.sourceLengths.count + result.targetLengths.count
    let linked = result.links.reduce(0) { $0 + $1.first.count + $1.second.count }
    linkedShare = units > 0 ? Double(linked) / Double(units) : 0
    // A weak link out of order is as often a wrong link as a moved unit: only the confident
    // half counts.
    let median = result.links.map(\.score).sorted().dropFirst(result.links.count / 2).first ?? 0
    var confident = result.links.filter { $0.score >= median }
    LongestRun.markMoved(&confident)
    confidentCount = confident.count
    movedShare =
      confident.isEmpty ? 0 : Double(confident.filter(\.moved).count) / Double(confident.count)
    if let parallel {
      let path = Set(parallel.flatMap { link in link.pairs.map { [$0.first, $0.second] } })
      let pairs = confident.flatMap { link in link.pairs.map { [$0.first, $0.second] } }
      agreement =
        pairs.isEmpty ? 0 : Double(pairs.filter { path.contains($0) }.count) / Double(pairs.count)
    } else {
      agreement = nil
    }
  }

  /// Whether the parallel path could still make the decision parallel: the confident links
  /// do not cross and are enough (the parallel mode needs both, whatever the path says).
  var couldBeParallel: Bool { movedShare <= 0.1 && confidentCount >= options.parallelEvidence }

  func decision(automatic: Bool) -> ModeDecision {
    let percent = { (value: Double) in "\(Int((value * 100).rounded())) %" }
    let versions = sameLanguage && overallCoverage >= options.versionsCoverage
    var measures =
      "\(percent(linkedShare)) of the units linked, \(percent(movedShare)) of the confident "
      + "links moved, \(percent(overallCoverage)) of the words matched"
    if let agreement { measures += ", \(percent(agreement)) of them on the parallel path" }
    guard automatic else {
      return ModeDecision(
        mode: .comparable, versions: versions, automatic: false,
        reason: "comparable mode was asked for (\(measures))")
    }
    if versions {
      return ModeDecision(
        mode: .comparable, versions: true, automatic: true,
        reason: "versions of one text: one language and \(percent(overallCoverage)) of the "
          + "words matched (\(measures))")
    }
    if let agreement, agreement >= options.parallelAgreement, movedShare <= 0.1,
      confidentCount >= options.parallelEvidence
    {
      return ModeDecision(
        mode: .parallel, versions: false, automatic: true,
        reason: "parallel: the confident links keep both texts' order and lie on the "
          + "parallel path (\(measures))")
    }
    let why =
      linkedShare == 0
      ? "no unit has a counterpart"
      : sameLanguage
        ? "one language with few words shared: two texts on one event"
        : movedShare > 0.1
          ? "links cross"
          : confidentCount < options.parallelEvidence
            ? "too few confident links to call it a translation"
            : agreement == nil
              ? "most figures are not given as often in one text as in the other"
              : agreement ?? 0 < options.parallelAgreement
                ? "the links leave the parallel path"
                : "too few confident links to call it a translation"
    return ModeDecision(
      mode: .comparable, versions: false, automatic: true,
      reason: "comparable: \(why) (\(measures))")
  }
}
