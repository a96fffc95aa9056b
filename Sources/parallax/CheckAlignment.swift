import ParallaxAlign
import ParallaxCheck
import ParallaxCompare

/// The paragraph pairs of a source and its translation: the aligner in parallel mode (merged
/// and split paragraphs become 1-2 and 2-1 pairs, dropped ones stand alone); the segments of
/// a bilingual file (XLIFF, TMX) are pairs already and stay one to one.
enum CheckAlignment {
  static func pairs(_ source: CheckSide, _ target: CheckSide) -> [ParagraphPair] {
    let left = source.report.paragraphs.map(\.index)
    let right = target.report.paragraphs.map(\.index)
    guard source.segmentIDs == nil, target.segmentIDs == nil, !left.isEmpty, !right.isEmpty else {
      return (0..<max(left.count, right.count)).map { position in
        ParagraphPair(
          left: position < left.count ? [left[position]] : [],
          right: position < right.count ? [right[position]] : [], score: 0)
      }
    }
    // Only the pairs and their scores are read: no evidence per bead, no entity links.
    var options = AlignerOptions()
    options.collectsEvidence = false
    let alignment = Aligner(options: options).align(
      source.report, target.report, facts: (source.facts, target.facts), unit: .paragraph,
      mode: .parallel, linkEntities: false)
    return ParagraphPair.pairs(alignment, first: left, second: right)
  }
}
