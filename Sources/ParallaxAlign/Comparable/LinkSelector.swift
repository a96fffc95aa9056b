/// Chooses a consistent set of links among scored candidate pairs: each unit in at most one
/// link per side, 1-1 links taken best first, and a unit joining a link when it covers part
/// of the other side's unit that the link left uncovered (a merge: `¶1↔¶1, ¶1↔¶2`); a unit
/// not adjacent to the link's units on its side must cover more (`¶1↔¶3, ¶3↔¶3`).
struct LinkSelector {
  /// A chosen link: source and target units, ascending.
  struct Group: Sendable, Hashable {
    var source: [Int]
    var target: [Int]
  }

  let scorer: PairScorer
  /// The content each pair shares: a pair sharing only weak keys is never linked.
  let content: SharedContent
  let n: Int
  let m: Int
  let options: ComparableOptions
  /// Whether unit 0 of both sides sums up its report (a headline, or the lead of a report
  /// that has none).
  var headlines = false

  /// The candidate pairs with their 1-1 similarity, best first (ties by position).
  private var ranked: [(pair: CandidatePairs.Pair, similarity: Double)] {
    scorer.candidates.pairs.map { pair in
      let bonus = headlines && pair.source == 0 && pair.target == 0 ? options.headlineBonus : 0
      return (pair, scorer.similarity(pair) + bonus)
    }.sorted {
      $0.similarity != $1.similarity
        ? $0.similarity > $1.similarity
        : ($0.pair.source, $0.pair.target) < ($1.pair.source, $1.pair.target)
    }
  }

  /// The mean similarity of the pairs that are each other's best candidate: the level of a
  /// good pair in these two texts.
  var mutualMean: Double {
    var bestOfSource = [(Int, Double)](repeating: (-1, 0), count: n)
    var bestOfTarget = [(Int, Double)](repeating: (-1, 0), count: m)
    for (pair, similarity) in ranked {
      if bestOfSource[pair.source].0 < 0 { bestOfSource[pair.source] = (pair.target, similarity) }
      if bestOfTarget[pair.target].0 < 0 { bestOfTarget[pair.target] = (pair.source, similarity) }
    }
    var total = 0.0
    var count = 0
    for (s, best) in bestOfSource.enumerated() where best.0 >= 0 {
      if bestOfTarget[best.0].0 == s {
        total += best.1
        count += 1
      }
    }
    return count > 0 ? total / Double(count) : 0
  }

  /// The links.
  func select() -> [Group] {
    let ranked = self.ranked
    let threshold = max(options.linkThreshold, options.relativeThreshold * mutualMean)
    var state = State(n: n, m: m)
    var seenSource = [Bool](repeating: false, count: n)
    var seenTarget = [Bool](repeating: false, count: m)
    for (pair, similarity) in ranked {
      let s = pair.source
      let t = pair.target
      // Whether this is the unit's best candidate (the first pair of it in the ranking).
      let bestOfSource = !seenSource[s]
      let bestOfTarget = !seenTarget[t]
      seenSource[s] = true
      seenTarget[t] = true
      let strong = similarity >= threshold
      switch (state.groupOfSource[s], state.groupOfTarget[t]) {
      case (-1, -1):
        guard strong, sharesContent(s, t) else { continue }
        state.link(s, t)
      case (_, -1): state.mergeTarget(t, into: s, best: bestOfTarget && strong, self)
      case (-1, _): state.mergeSource(s, into: t, best: bestOfSource && strong, self)
      default: continue
      }
    }
    return state.groups.sorted { ($0.source.first ?? 0) < ($1.source.first ?? 0) }
  }

  /// The links taken so far.
  private struct State {
    var groups: [Group] = []
    var groupOfSource: [Int]
    var groupOfTarget: [Int]

    init(n: Int, m: Int) {
      groupOfSource = [Int](repeating: -1, count: n)
      groupOfTarget = [Int](repeating: -1, count: m)
    }

    mutating func link(_ s: Int, _ t: Int) {
      groupOfSource[s] = groups.count
      groupOfTarget[t] = groups.count
      groups.append(Group(source: [s], target: [t]))
    }

    /// Target unit `t` joins the link of source unit `s` when the selector allows it.
    mutating func mergeTarget(_ t: Int, into s: Int, best: Bool, _ selector: LinkSelector) {
      let g = groupOfSource[s]
      guard selector.mayJoin(groups[g], target: true, s: s, t: t, best: best) else { return }
      groups[g].target = (groups[g].target + [t]).sorted()
      groupOfTarget[t] = g
    }

    /// Source unit `s` joins the link of target unit `t` when the selector allows it.
    mutating func mergeSource(_ s: Int, into t: Int, best: Bool, _ selector: LinkSelector) {
      let g = groupOfTarget[t]
      guard selector.mayJoin(groups[g], target: false, s: s, t: t, best: best) else { return }
      groups[g].source = (groups[g].source + [s]).sorted()
      groupOfSource[s] = g
    }
  }

  /// Whether a unit may join `group` through the candidate pair (`s`, `t`) — the target `t`
  /// when `target`, else the source `s`: it must cover part of the other side's one unit
  /// that the link left uncovered. A unit next to the link's units joins on `mergeCoverage`;
  /// one further away (a comparable text may retell `¶1` and `¶3` in one paragraph) needs
  /// `distantMergeCoverage`.
  func mayJoin(_ group: Group, target: Bool, s: Int, t: Int, best: Bool) -> Bool {
    // The shared content is the dearest test (a pass over both units' keys): asked last.
    guard !isHeadline(group) else { return false }
    let units = target ? group.target : group.source
    let other = target ? group.source : group.target
    guard other.count == 1, units.count < options.maximumGroup else { return false }
    let share = target ? scorer.targetShare(s, t) : scorer.sourceShare(s, t)
    let next = adjacent(target ? t : s, units)
    // A unit whose best counterpart is the link's unit, next to the link's units, with a
    // pair above the link threshold, continues that link (the earlier tolls a translation
    // puts in a paragraph of their own): it joins on `continuationCoverage`.
    if best, next, share >= options.continuationCoverage { return sharesContent(s, t) }
    guard share >= (next ? options.mergeCoverage : options.distantMergeCoverage) else {
      return false
    }
    let gain =
      target
      ? scorer.sourceCoverage(s, by: units + [t]) - scorer.sourceCoverage(s, by: units)
      : scorer.targetCoverage(t, by: units + [s]) - scorer.targetCoverage(t, by: units)
    return gain >= options.mergeGain && sharesContent(s, t)
  }

  /// Whether `s` and `t` share content beyond weak keys.
  private func sharesContent(_ s: Int, _ t: Int) -> Bool {
    let minimum = Float(options.minimumContent)
    return content.weight(s, t) >= minimum
  }

  /// Whether a link joins the two headlines: a headline sums up the whole report, so the
  /// paragraphs it shares words with do not merge into it.
  private func isHeadline(_ group: Group) -> Bool {
    headlines && group.source == [0] && group.target == [0]
  }

  /// Whether `unit` is next to one of `units`.
  private func adjacent(_ unit: Int, _ units: [Int]) -> Bool {
    units.contains { abs($0 - unit) == 1 }
  }
}
