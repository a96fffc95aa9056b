import ParallaxAlign
import ParallaxCompare

/// The aligner's links as the paragraph pairs the compare and check stages read.
enum AlignmentPairs {
  /// The links of `alignment` as pairs in the first report's order, each paragraph with no
  /// counterpart alone where it falls in its own report's order; `first` and `second` are
  /// the paragraph numbers of the two reports' units (¶0 the headline).
  static func pairs(_ alignment: ReportAlignment, first: [Int], second: [Int]) -> [ParagraphPair] {
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
