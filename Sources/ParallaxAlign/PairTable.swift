/// Word correspondences in use in a round: for each target stem, the source stems it may
/// translate, each with a strength and where the pair comes from.
struct PairTable: Sendable {
  /// Per target stem, its source stems.
  private(set) var byTarget: [Int32: [(source: Int32, strength: Float, origin: Evidence.Kind)]] =
    [:]

  /// How many pairs the table holds.
  var pairCount: Int { byTarget.values.reduce(0) { $0 + $1.count } }

  /// Adds a pair, keeping the stronger strength (and its origin) when it is known.
  mutating func add(source: Int32, target: Int32, strength: Float, origin: Evidence.Kind) {
    // Modified in place (`default:`): no copy of the list.
    Self.add(source, strength, origin, to: &byTarget[target, default: []])
  }

  private static func add(
    _ source: Int32, _ strength: Float, _ origin: Evidence.Kind,
    to list: inout [(source: Int32, strength: Float, origin: Evidence.Kind)]
  ) {
    if let index = list.firstIndex(where: { $0.source == source }) {
      if strength > list[index].strength { list[index] = (source, strength, origin) }
    } else {
      list.append((source, strength, origin))
    }
  }

  /// The lexicon keys of a target stem: its source stems shifted by `offset`.
  func translations(of target: Int32, offset: Int32) -> [(Int32, Float)] {
    (byTarget[target] ?? []).map { (offset + $0.source, $0.strength) }
  }

  /// The pair's strength and origin, if the table has it.
  func pair(source: Int32, target: Int32) -> (strength: Float, origin: Evidence.Kind)? {
    guard let found = byTarget[target]?.first(where: { $0.source == source }) else { return nil }
    return (found.strength, found.origin)
  }
}

/// The pairs known before aligning: dictionaries and glossaries given as words, and, when
/// both sides are in one language, every stem with itself.
struct KnownPairs: Sendable {
  private(set) var table = PairTable()
  private let sourceStems: [String: Int32]
  private let targetStems: [String: Int32]

  init(a: SideFeatures, b: SideFeatures, sameLanguage: Bool) {
    var sourceStems: [String: Int32] = [:]
    for (index, stem) in a.stems.enumerated() { sourceStems[stem] = Int32(index) }
    var targetStems: [String: Int32] = [:]
    for (index, stem) in b.stems.enumerated() { targetStems[stem] = Int32(index) }
    self.sourceStems = sourceStems
    self.targetStems = targetStems
    if sameLanguage {
      for (index, stem) in b.stems.enumerated() {
        if let source = sourceStems[stem] {
          table.add(source: source, target: Int32(index), strength: 1, origin: .identical)
        }
      }
    }
  }

  /// Adds word pairs, folded and stemmed as each side's words are; a phrase stands for its
  /// longest word. Pairs whose words do not occur in the texts are dropped.
  mutating func add(
    _ entries: [LexiconEntry], sourceLanguage: String, targetLanguage: String,
    dictionaryStrength: Double
  ) {
    guard !entries.isEmpty else { return }
    let sourceStemmer = WordStemmer(language: sourceLanguage)
    let targetStemmer = WordStemmer(language: targetLanguage)
    for entry in entries {
      guard let source = sourceStems[sourceStemmer.key(entry.source)],
        let target = targetStems[targetStemmer.key(entry.target)]
      else { continue }
      let factor = entry.origin == .dictionary ? dictionaryStrength : 1
      table.add(
        source: source, target: target, strength: Float(entry.score * factor), origin: entry.origin)
    }
  }

  /// The known pairs with learned ones added.
  func merged(with learned: [LexiconLearner.Pair]) -> PairTable {
    var merged = table
    for pair in learned {
      merged.add(
        source: pair.source, target: pair.target, strength: Float(pair.score), origin: .learned)
    }
    return merged
  }
}
