/// Learns word correspondences from aligned units: IBM Model 1 estimated by EM in both
/// directions, each pair scored by the geometric mean of its two translation probabilities
/// (a pair must explain itself both ways, which keeps function words that co-occur with
/// everything out).
///
/// The aligner uses it to bootstrap a lexicon from its own confident beads; the glossary's
/// `suggest` ranks term pairs of aligned units with it.
public struct LexiconLearner: Sendable {
  /// EM iterations per direction.
  public var iterations = 5
  /// The smallest score (geometric mean of both probabilities) a pair keeps.
  public var minimumScore = 0.1
  /// The fewest aligned pairs both words must co-occur in.
  public var minimumCount = 2
  /// The most pairs kept per target word, best first.
  public var maximumPerWord = 3

  /// A learner with the default settings.
  public init() {}

  /// A learned pair of word ids with its score (0–1) and co-occurrence count.
  public struct Pair: Sendable, Hashable {
    /// The source word's id.
    public var source: Int32
    /// The target word's id.
    public var target: Int32
    /// √(p(target | source) · p(source | target)).
    public var score: Double
    /// In how many aligned pairs the two co-occur.
    public var count: Int
    /// Dice's coefficient of the two: 2 · `count` / (pairs holding the source + pairs holding
    /// the target); how consistently they go together, whatever their frequency.
    public var dice: Double = 0
  }

  /// Learns pairs from aligned units given as word ids (`0..<sourceVocabulary`,
  /// `0..<targetVocabulary`); the result is sorted by target, then score, descending.
  public func learn(
    _ pairs: [(source: [Int32], target: [Int32])], sourceVocabulary: Int, targetVocabulary: Int
  ) -> [Pair] {
    // One slot per distinct co-occurring (source, target) pair; per aligned pair the slots of
    // its cells, target-major, so both EM directions read flat arrays.
    var slotSource: [Int32] = []
    var slotTarget: [Int32] = []
    var cells: [Int32] = []
    var shapes: [(start: Int, sources: Int, targets: Int)] = []
    var slotCount: [Int] = []
    var sourceOccurrences = [Int](repeating: 0, count: sourceVocabulary)
    var targetOccurrences = [Int](repeating: 0, count: targetVocabulary)
    // Room for the slots up front (bounded: the cells count repeats), not grown by doubling.
    let cellBound = pairs.reduce(0) { $0 + $1.source.count * $1.target.count }
    var slotOf = PairSlots(capacity: min(cellBound, 1 << 18))
    cells.reserveCapacity(min(cellBound, 1 << 20))
    for pair in pairs {
      let sources = Array(Set(pair.source)).sorted()
      let targets = Array(Set(pair.target)).sorted()
      guard !sources.isEmpty, !targets.isEmpty else { continue }
      for source in sources where sourceOccurrences.indices.contains(Int(source)) {
        sourceOccurrences[Int(source)] += 1
      }
      for target in targets where targetOccurrences.indices.contains(Int(target)) {
        targetOccurrences[Int(target)] += 1
      }
      shapes.append((cells.count, sources.count, targets.count))
      for target in targets {
        for source in sources {
          let (slot, added) = slotOf.slot(
            PairSlots.key(source, target), orAdd: Int32(slotSource.count))
          if added {
            slotSource.append(source)
            slotTarget.append(target)
            slotCount.append(0)
          }
          slotCount[Int(slot)] += 1
          cells.append(slot)
        }
      }
    }
    guard !slotSource.isEmpty else { return [] }
    let forward = estimate(
      cells: cells, shapes: shapes, slotGiven: slotSource, slotPredicted: slotTarget,
      givenVocabulary: sourceVocabulary, predictedVocabulary: targetVocabulary,
      predictedMajor: true)
    let backward = estimate(
      cells: cells, shapes: shapes, slotGiven: slotTarget, slotPredicted: slotSource,
      givenVocabulary: targetVocabulary, predictedVocabulary: sourceVocabulary,
      predictedMajor: false)
    var result: [Pair] = []
    for slot in 0..<slotSource.count where slotCount[slot] >= minimumCount {
      let score = (forward[slot] * backward[slot]).squareRoot()
      guard score >= minimumScore else { continue }
      let occurrences =
        sourceOccurrences[Int(slotSource[slot])] + targetOccurrences[Int(slotTarget[slot])]
      result.append(
        Pair(
          source: slotSource[slot], target: slotTarget[slot], score: score,
          count: slotCount[slot],
          dice: occurrences > 0 ? 2 * Double(slotCount[slot]) / Double(occurrences) : 0))
    }
    result.sort {
      ($0.target, -$0.score, $0.source) < ($1.target, -$1.score, $1.source)
    }
    var kept: [Pair] = []
    var run = 0
    for (index, pair) in result.enumerated() {
      run = index > 0 && result[index - 1].target == pair.target ? run + 1 : 0
      if run < maximumPerWord { kept.append(pair) }
    }
    return kept
  }

  /// Learns pairs from aligned units given as words (stems, folded forms); sorted by score,
  /// descending, then by the words.
  public func learn(_ pairs: [(source: [String], target: [String])]) -> [LexiconEntry] {
    var sourceIDs: [String: Int32] = [:]
    var targetIDs: [String: Int32] = [:]
    var sourceWords: [String] = []
    var targetWords: [String] = []
    let numbered = pairs.map { pair in
      (
        source: pair.source.map { word -> Int32 in
          if let id = sourceIDs[word] { return id }
          sourceIDs[word] = Int32(sourceWords.count)
          sourceWords.append(word)
          return Int32(sourceWords.count - 1)
        },
        target: pair.target.map { word -> Int32 in
          if let id = targetIDs[word] { return id }
          targetIDs[word] = Int32(targetWords.count)
          targetWords.append(word)
          return Int32(targetWords.count - 1)
        }
      )
    }
    return learn(numbered, sourceVocabulary: sourceWords.count, targetVocabulary: targetWords.count)
      .map {
        LexiconEntry(
          source: sourceWords[Int($0.source)], target: targetWords[Int($0.target)],
          score: $0.score, count: $0.count, origin: .learned, dice: $0.dice)
      }
      .sorted { ($1.score, $0.source, $0.target) < ($0.score, $1.source, $1.target) }
  }

  /// IBM Model 1: p(predicted | given) per slot, with an empty word on the given side.
  private func estimate(
    cells: [Int32], shapes: [(start: Int, sources: Int, targets: Int)], slotGiven: [Int32],
    slotPredicted: [Int32], givenVocabulary: Int, predictedVocabulary: Int, predictedMajor: Bool
  ) -> [Double] {
    let slots = slotGiven.count
    var probability = [Double](repeating: 1 / Double(max(predictedVocabulary, 1)), count: slots)
    let nullProbability = 1 / Double(max(predictedVocabulary, 1))
    var counts = [Double](repeating: 0, count: slots)
    var totals = [Double](repeating: 0, count: givenVocabulary)
    // Cells are target-major: cell (t, s) at start + t·sources + s. A predicted word's cells
    // lie `predictedStride` apart from one predicted word to the next and `givenStride` apart
    // within it (the order of the sums is the one the estimate was defined with).
    cells.withUnsafeBufferPointer { cells in
      for _ in 0..<iterations {
        for index in counts.indices { counts[index] = 0 }
        for index in totals.indices { totals[index] = 0 }
        probability.withUnsafeBufferPointer { probability in
          counts.withUnsafeMutableBufferPointer { counts in
            for shape in shapes {
              let predictedCount = predictedMajor ? shape.targets : shape.sources
              let givenCount = predictedMajor ? shape.sources : shape.targets
              let predictedStride = predictedMajor ? shape.sources : 1
              let givenStride = predictedMajor ? 1 : shape.sources
              for predicted in 0..<predictedCount {
                let first = shape.start + predicted * predictedStride
                var denominator = nullProbability
                for given in 0..<givenCount {
                  denominator += probability[Int(cells[first + given * givenStride])]
                }
                for given in 0..<givenCount {
                  let slot = Int(cells[first + given * givenStride])
                  counts[slot] += probability[slot] / denominator
                }
              }
            }
          }
        }
        for slot in 0..<slots { totals[Int(slotGiven[slot])] += counts[slot] }
        for slot in 0..<slots {
          let total = totals[Int(slotGiven[slot])]
          probability[slot] = total > 0 ? counts[slot] / total : 0
        }
      }
    }
    return probability
  }
}
