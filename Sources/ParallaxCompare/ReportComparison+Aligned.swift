import ParallaxAlign
import ParallaxFacts

extension ParagraphPair {
  /// The links of `alignment` as pairs in the first report's order, each paragraph with no
  /// counterpart alone where it falls in its own report's order; `first` and `second` are
  /// the paragraph numbers of the two reports' units (¶0 the headline).
  public static func pairs(_ alignment: ReportAlignment, first: [Int], second: [Int])
    -> [ParagraphPair]
  {
    func number(_ numbers: [Int], _ unit: Int) -> Int {
      unit < numbers.count ? numbers[unit] : unit
    }
    var pairs = alignment.links.map { link in
      ParagraphPair(
        left: link.first.map { number(first, $0) }, right: link.second.map { number(second, $0) },
        score: link.score, moved: link.moved)
    }
    pairs += alignment.unmatchedFirst.map {
      ParagraphPair(left: [number(first, $0)], right: [], score: 0)
    }
    pairs.sort { ($0.left.first ?? Int.max) < ($1.left.first ?? Int.max) }
    for unit in alignment.unmatchedSecond {
      let right = number(second, unit)
      let after = pairs.lastIndex { !$0.right.isEmpty && ($0.right.max() ?? -1) < right }
      pairs.insert(ParagraphPair(left: [], right: [right], score: 0), at: after.map { $0 + 1 } ?? 0)
    }
    return pairs
  }
}

extension ReportComparison {
  /// Aligns two analyzed reports paragraph by paragraph (the aligner in auto mode) and
  /// compares them: what `parallax compare` shows. The alignment's diagnostics are returned
  /// beside the comparison.
  public static func aligned(
    _ a: AnalyzedReport, _ b: AnalyzedReport, names: Glossary = Glossary(),
    versions: Bool? = nil, aligner: Aligner = Aligner()
  ) -> (comparison: ReportComparison, alignment: ReportAlignment) {
    let alignment = aligner.align(a, b, unit: .paragraph, mode: .auto)
    let pairs = ParagraphPair.pairs(
      alignment, first: a.paragraphs.map(\.index), second: b.paragraphs.map(\.index))
    return (ReportComparison(a, b, pairs: pairs, names: names, versions: versions), alignment)
  }
}
