import ParallaxCorpus
import ParallaxText

/// Comparable mode: units scored as the parallel mode scores them, but on candidate pairs
/// proposed by shared anchors rather than in a band, and linked by a consistent choice
/// (each unit in at most one link, merges of adjacent units) instead of a monotonic path.
struct ComparableAligner {
  let aligner: Aligner
  let options: ComparableOptions
  /// Whether unit 0 of both sides sums up its report (a headline, or the lead of a report
  /// that has none).
  var headlines = false
  /// Anchors from the facts stage for each unit of both sides, when known.
  var anchors: (first: [[UnitAnchor]], second: [[UnitAnchor]])?
  /// Who speaks in each unit of both sides (the facts stage's attributions), when known.
  var speakers: (first: SpeakerSpans, second: SpeakerSpans)?

  /// What comparable mode found, before it is dressed as a `ReportAlignment`.
  struct Result {
    var links: [UnitLink]
    /// The mean similarity of the pairs that are each other's best.
    var mutualMean: Double
    /// The share of both sides' matchable weight matched in their links.
    var linkedCoverage: Double
    /// Same, over all units (unlinked ones count as unmatched).
    var overallCoverage: Double
    /// Characters per unit, both sides (for the length evidence of `auto`).
    var sourceLengths: [Int]
    var targetLengths: [Int]
    /// Each link's similarity as the links were chosen (the evidence prior at full size).
    var selectionScores: [Double] = []
  }

  /// Aligns `source` with `target`; with `learning` false, the first pass only (no lexicon
  /// learned from its confident links): enough for `auto` to see whether two texts are a
  /// translation.
  /// `prepared`, when given, are the two sides already analyzed (`Aligner.prepare`).
  func align(
    _ source: AlignmentSide, _ target: AlignmentSide, learning: Bool = true,
    prepared: PreparedSides? = nil
  ) -> Result {
    let sides = prepared ?? aligner.prepare(source, target)
    var keys = sides.keys
    var a = sides.a
    var b = sides.b
    if let anchors {
      a = a.adding(anchors.first, keys: &keys)
      b = b.adding(anchors.second, keys: &keys)
    }
    // Function words weigh less; the evidence prior shrinks with each unit's weight, so that
    // it stays about one ordinary word of the unit as written.
    let functionWeight = Float(aligner.options.functionWordWeight)
    let undamped = (a.unitWeight, b.unitWeight)
    a = a.weighingFunctionWords(by: functionWeight)
    b = b.weighingFunctionWords(by: functionWeight)
    // Who speaks weighs less than what is said, and never links two units alone.
    let speakerWeight = Float(options.speakerWeight)
    a = a.weighingSpeakers(speakers?.first, by: speakerWeight)
    b = b.weighingSpeakers(speakers?.second, by: speakerWeight)
    let ratio = { (damped: [Float], full: [Float]) in
      zip(damped, full).map { $1 > 0 ? $0 / $1 : 1 }
    }
    let priorScale = (ratio(a.unitWeight, undamped.0), ratio(b.unitWeight, undamped.1))
    guard a.count > 0, b.count > 0 else {
      return Result(
        links: [], mutualMean: 0, linkedCoverage: 0, overallCoverage: 0,
        sourceLengths: a.unitLength, targetLengths: b.unitLength)
    }
    var known = KnownPairs(a: a, b: b, sameLanguage: source.language == target.language)
    known.add(
      aligner.lexicon, sourceLanguage: source.language, targetLanguage: target.language,
      dictionaryStrength: aligner.options.dictionaryStrength)
    var table = known.table
    // In one language every word could find its match (itself): a word the other text lacks
    // is a difference, and counts fully against the pair.
    let share = source.language == target.language ? 1 : aligner.options.unmatchableShare
    var pass = run(a, b, keys, table, share: share, priorScale: priorScale)
    // A lexicon learned from the confident links, when there are enough of them.
    let confident = zip(pass.links, pass.selectionScores).filter {
      $0.0.first.count + $0.0.second.count <= 3 && $0.1 >= pass.mutualMean * 0.8
    }.map(\.0)
    if learning, confident.count >= aligner.options.minimumLearningBeads {
      let stems = { (side: SideFeatures, units: [Int]) -> [Int32] in
        units.flatMap { side.tokens(of: $0) }.map { side.tokenStem[$0] }.filter { $0 >= 0 }
      }
      let learned = LexiconLearner().learn(
        confident.map { (stems(a, $0.first), stems(b, $0.second)) },
        sourceVocabulary: a.stems.count, targetVocabulary: b.stems.count)
      table = known.merged(with: learned)
      pass = run(a, b, keys, table, share: share, priorScale: priorScale)
    }
    return pass
  }

  private func run(
    _ a: SideFeatures, _ b: SideFeatures, _ keys: AnchorKeys, _ table: PairTable, share: Double,
    priorScale: ([Float], [Float])
  ) -> Result {
    let offset = Int32(keys.count)
    let keyCount = keys.count + a.stems.count
    let keyedA = KeyedSide(a) { [(offset + $0, 1)] }
    let keyedB = KeyedSide(b) { table.translations(of: $0, offset: offset) }
    let candidates = CandidatePairs(
      a: a, keyedA: keyedA, b: b, keyedB: keyedB,
      postingsB: Postings(keyedB, b, keyCount: keyCount), keyCount: keyCount,
      perUnit: options.candidatesPerUnit)
    let weights = Alignable.weights(
      a, keyedA, b, keyedB, keyCount: keyCount, share: Float(share))
    let prior = Float(aligner.options.evidencePrior)
    let scorer = PairScorer(
      candidates: candidates, sourceWeight: weights.source, targetWeight: weights.target,
      sourcePrior: Array(repeating: prior, count: a.count),
      targetPrior: Array(repeating: prior, count: b.count))
    // A link's score is told with the prior as large as the unit's words before its function
    // words were weighed down: a unit is as well covered by its own copy as it was.
    let shown = PairScorer(
      candidates: candidates, sourceWeight: weights.source, targetWeight: weights.target,
      sourcePrior: priorScale.0.map { $0 * prior }, targetPrior: priorScale.1.map { $0 * prior })
    let selector = LinkSelector(
      scorer: scorer, content: SharedContent(a: a, keyedA: keyedA, b: b, keyedB: keyedB),
      n: a.count, m: b.count, options: options, headlines: headlines)
    let groups = selector.select()
    let evidence = EvidenceCollector(a: a, b: b, keys: keys, table: table)
    var links = groups.map { group in
      UnitLink(
        first: group.source, second: group.target,
        score: (shown.similarity(group.source, group.target) * 1000).rounded() / 1000,
        evidence: group.source.flatMap { s in
          group.target.flatMap { t in evidence.collect(s..<(s + 1), t..<(t + 1)) }
        }.sorted { ($1.weight, $0.source) < ($0.weight, $1.source) }.prefix(8).map { $0 })
    }
    LongestRun.markMoved(&links)
    let coverage = scorer.coverage(of: groups, n: a.count, m: b.count)
    return Result(
      links: links, mutualMean: selector.mutualMean, linkedCoverage: coverage.linked,
      overallCoverage: coverage.overall, sourceLengths: a.unitLength, targetLengths: b.unitLength,
      selectionScores: groups.map { scorer.similarity($0.source, $0.target) })
  }
}
