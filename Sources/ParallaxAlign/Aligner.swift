import ParallaxCore
import ParallaxText

/// Aligns two sequences of units in parallel (monotonic) mode: units in, beads out.
///
/// A first pass in a wide band around the diagonal scores beads by length and by anchors
/// that cross languages (numbers, identical and cognate words, punctuation, URLs, glossary
/// terms, dictionary pairs). Its confident beads teach a lexicon (`LexiconLearner`), and each
/// following round aligns again in a narrow band around the previous path with the lexicon.
public struct Aligner: Sendable {
  /// The weights and limits.
  public var options: AlignerOptions
  /// Word pairs known before aligning (dictionaries, glossaries), source word first.
  public var lexicon: [LexiconEntry]
  /// Multi-word terms known in several languages.
  public var terms: [AlignmentTerm]

  /// An aligner with these weights, known word pairs and terms.
  public init(
    options: AlignerOptions = AlignerOptions(), lexicon: [LexiconEntry] = [],
    terms: [AlignmentTerm] = []
  ) {
    self.options = options
    self.lexicon = lexicon
    self.terms = terms
  }

  /// Aligns `source` with `target`.
  public func align(_ source: AlignmentSide, _ target: AlignmentSide) -> Alignment {
    align(source, target, prepared: prepare(source, target))
  }

  /// Both sides analyzed (words, stems, anchors, glossary terms), with the anchor keys they
  /// share: what the parallel and the comparable engines both start from.
  func prepare(_ source: AlignmentSide, _ target: AlignmentSide) -> PreparedSides {
    var keys = AnchorKeys()
    let cross = ScriptSample.dominant(source.units) != ScriptSample.dominant(target.units)
    let sourceTerms = termTrie(source.language, &keys)
    let targetTerms = termTrie(target.language, &keys)
    let a = SideAnalyzer(
      language: source.language, crossScript: cross, options: options, glossary: sourceTerms
    ).analyze(source.units, keys: &keys)
    let b = SideAnalyzer(
      language: target.language, crossScript: cross, options: options, glossary: targetTerms
    ).analyze(target.units, keys: &keys)
    return PreparedSides(a: a, b: b, keys: keys)
  }

  /// `align(_:_:)` on sides already analyzed.
  func align(_ source: AlignmentSide, _ target: AlignmentSide, prepared: PreparedSides)
    -> Alignment
  {
    let keys = prepared.keys
    let a = prepared.a
    let b = prepared.b
    let estimate = LengthRatios.estimate(
      sourceLength: a.totalLength, targetLength: b.totalLength, source.language, target.language)
    var length = LengthModel(ratio: estimate.ratio)
    var diagnostics: [Diagnostic] = []
    let n = a.count
    let m = b.count
    if n == 0 || m == 0 {
      if n + m > 0 {
        let empty = n == 0 ? source : target
        diagnostics.append(
          Diagnostic(
            .warning, SourceLocation(path: empty.name),
            "no units to align: every unit of the other side is left unmatched"))
      }
      let beads =
        (0..<n).map { Bead(source: [$0], target: [], score: 0) }
        + (0..<m).map { Bead(source: [], target: [$0], score: 0) }
      return Alignment(
        beads: beads, lengthRatio: length.ratio, lexiconSize: 0, meanSimilarity: 0,
        diagnostics: diagnostics)
    }
    if LengthRatios.table.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: "Parallax_ParallaxAlign.resources/Resources/lengths.tsv"),
          "cannot read the typical length ratios; every language counts 1.0"))
    }
    if estimate.distrusted {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: target.name),
          "the texts' lengths differ far more than \(source.language) and \(target.language) "
            + "translations do (\(a.totalLength) against \(b.totalLength) characters): "
            + "content is missing on one side; the typical ratio is used"))
    }
    var known = KnownPairs(a: a, b: b, sameLanguage: source.language == target.language)
    known.add(
      lexicon, sourceLanguage: source.language, targetLanguage: target.language,
      dictionaryStrength: options.dictionaryStrength)

    // First pass: anchors, known pairs and lengths, in a band that widens until the path
    // keeps off its edges.
    var width = max(options.firstBand, 8)
    var band = Band.diagonal(n, m, width: width)
    var found: [BeadSearch.Found]
    repeat {
      found = search(a, b, keys, known.table, length, 0, BeadType.firstPass, band)
      let path = Self.path(found)
      if width >= max(n, m) || !band.touchesEdge(path, m: m, margin: 4) { break }
      width *= 2
      band = Band.diagonal(n, m, width: width)
    } while true
    length.refine(
      found.filter { $0.sourceCount == 1 && $0.targetCount == 1 }.map {
        (a.unitLength[$0.sourceStart], b.unitLength[$0.targetStart])
      })
    var mean = Self.meanSimilarity(found)
    var table = known.table
    for _ in 0..<max(options.lexiconRounds, 1) {
      let learned = learn(found, a, b)
      table = known.merged(with: learned)
      band = Band.around(Self.path(found), n, m, width: options.refineBand)
      found = search(a, b, keys, table, length, mean, BeadType.all, band)
      mean = Self.meanSimilarity(found)
    }
    let evidence = EvidenceCollector(a: a, b: b, keys: keys, table: table)
    let beads = found.map { bead -> Bead in
      let s = bead.sourceStart..<(bead.sourceStart + bead.sourceCount)
      let t = bead.targetStart..<(bead.targetStart + bead.targetCount)
      guard !s.isEmpty, !t.isEmpty else {
        return Bead(source: Array(s), target: Array(t), score: 0)
      }
      let similarity = min(1, bead.similarity / max(mean, 0.05))
      return Bead(
        source: Array(s), target: Array(t),
        score: (similarity + bead.lengthProbability) / 2,
        evidence: options.collectsEvidence ? evidence.collect(s, t) : [])
    }
    diagnostics += AlignmentWarnings.check(
      beads, source: source, target: target, meanSimilarity: mean)
    return Alignment(
      beads: beads, lengthRatio: length.ratio, lexiconSize: table.pairCount,
      meanSimilarity: mean, diagnostics: diagnostics)
  }

  private func search(
    _ a: SideFeatures, _ b: SideFeatures, _ keys: AnchorKeys, _ table: PairTable,
    _ length: LengthModel, _ mean: Double, _ types: [BeadType], _ band: Band
  ) -> [BeadSearch.Found] {
    let offset = Int32(keys.count)
    let keyCount = keys.count + a.stems.count
    let keyedA = KeyedSide(a) { [(offset + $0, 1)] }
    let keyedB = KeyedSide(b) { table.translations(of: $0, offset: offset) }
    let pairs = PairMatrix(
      band: band, a: a, keyedA: keyedA, b: b, postingsB: Postings(keyedB, b, keyCount: keyCount),
      keyCount: keyCount)
    let weights = Alignable.weights(
      a, keyedA, b, keyedB, keyCount: keyCount, share: Float(options.unmatchableShare))
    let misses = MissMatrix(
      pairs, sourceWeight: weights.source, targetWeight: weights.target,
      prior: Float(options.evidencePrior))
    return BeadSearch(
      a: a, b: b, misses: misses, sourceWeight: weights.source, targetWeight: weights.target,
      length: length, options: options, meanSimilarity: mean, types: types
    ).run(band: band)
  }

  /// Learns a lexicon from the confident beads: paired beads of up to three units whose
  /// lengths agree and whose neighbours are paired too.
  private func learn(_ found: [BeadSearch.Found], _ a: SideFeatures, _ b: SideFeatures)
    -> [LexiconLearner.Pair]
  {
    var pairs: [(source: [Int32], target: [Int32])] = []
    for (index, bead) in found.enumerated() {
      guard bead.sourceCount > 0, bead.targetCount > 0,
        bead.sourceCount + bead.targetCount <= 3, bead.lengthProbability >= 0.1
      else { continue }
      let neighbours = [index - 1, index + 1].filter { found.indices.contains($0) }
      guard neighbours.allSatisfy({ found[$0].sourceCount > 0 && found[$0].targetCount > 0 })
      else { continue }
      let stems = { (side: SideFeatures, start: Int, count: Int) -> [Int32] in
        (start..<(start + count)).flatMap { side.tokens(of: $0) }.map { side.tokenStem[$0] }
          .filter { $0 >= 0 }
      }
      pairs.append(
        (
          stems(a, bead.sourceStart, bead.sourceCount),
          stems(b, bead.targetStart, bead.targetCount)
        ))
    }
    guard pairs.count >= options.minimumLearningBeads else { return [] }
    if pairs.count > 6000 {
      let step = Double(pairs.count) / 6000
      pairs = (0..<6000).map { pairs[Int(Double($0) * step)] }
    }
    return LexiconLearner().learn(
      pairs, sourceVocabulary: a.stems.count, targetVocabulary: b.stems.count)
  }

  private func termTrie(_ language: String, _ keys: inout AnchorKeys) -> PhraseTrie<Int32>? {
    guard !terms.isEmpty else { return nil }
    let stemmer = Stemmer(language: language)
    var trie = PhraseTrie<Int32>()
    for term in terms {
      let id = keys.id("g" + term.id)
      for variant in term.variants[language] ?? [] {
        let words = Tokenizer.tokens(variant).filter { $0.kind == .word }.map { token in
          let folded = TextFolding.fold(token.text(in: variant))
          return stemmer?.stem(folded) ?? folded
        }
        trie.insert(keys: words, id)
      }
    }
    return trie
  }

  /// The grid points a sequence of beads passes through.
  static func path(_ found: [BeadSearch.Found]) -> [(Int, Int)] {
    [(0, 0)] + found.map { ($0.sourceStart + $0.sourceCount, $0.targetStart + $0.targetCount) }
  }

  /// The mean similarity of the 1-1 beads whose lengths agree (of all paired beads when
  /// there is no such 1-1 bead).
  static func meanSimilarity(_ found: [BeadSearch.Found]) -> Double {
    var good = found.filter {
      $0.sourceCount == 1 && $0.targetCount == 1 && $0.lengthProbability >= 0.2
    }
    if good.isEmpty { good = found.filter { $0.sourceCount > 0 && $0.targetCount > 0 } }
    guard !good.isEmpty else { return 0 }
    return good.reduce(0) { $0 + $1.similarity } / Double(good.count)
  }
}
