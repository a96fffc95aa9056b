/// Chooses a consistent set of links among scored candidate pairs: each unit in at most one
/// link per side, 1-1 links taken best first, and a unit joining a link when it is adjacent
/// to the link's units on its side and covers part of the other side's unit that the link
/// left uncovered (a merge: `¶1↔¶1, ¶1↔¶2`).
struct LinkSelector {
  /// A chosen link: source and target units, ascending.
  struct Group: Sendable, Hashable {
    var source: [Int]
    var target: [Int]
  }

  let scorer: PairScorer
  let n: Int
  let m: Int
  let options: ComparableOptions
  /// Whether unit 0 of both sides is a headline.
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
    var groups: [Group] = []
    var groupOfSource = [Int](repeating: -1, count: n)
    var groupOfTarget = [Int](repeating: -1, count: m)
    for (pair, similarity) in ranked {
      let s = pair.source
      let t = pair.target
      switch (groupOfSource[s], groupOfTarget[t]) {
      case (-1, -1):
        guard similarity >= threshold else { continue }
        groupOfSource[s] = groups.count
        groupOfTarget[t] = groups.count
        groups.append(Group(source: [s], target: [t]))
      case (let g, -1):
        // t may join the link of s.
        let group = groups[g]
        guard !isHeadline(group), group.target.count < options.maximumGroup,
          group.source.count == 1,
          adjacent(t, group.target), scorer.targetShare(s, t) >= options.mergeCoverage,
          scorer.sourceCoverage(s, by: group.target + [t])
            - scorer.sourceCoverage(s, by: group.target) >= options.mergeGain
        else { continue }
        groups[g].target = (group.target + [t]).sorted()
        groupOfTarget[t] = g
      case (-1, let g):
        // s may join the link of t.
        let group = groups[g]
        guard !isHeadline(group), group.source.count < options.maximumGroup,
          group.target.count == 1,
          adjacent(s, group.source), scorer.sourceShare(s, t) >= options.mergeCoverage,
          scorer.targetCoverage(t, by: group.source + [s])
            - scorer.targetCoverage(t, by: group.source) >= options.mergeGain
        else { continue }
        groups[g].source = (group.source + [s]).sorted()
        groupOfSource[s] = g
      default:
        continue
      }
    }
    return groups.sorted { ($0.source.first ?? 0) < ($1.source.first ?? 0) }
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
