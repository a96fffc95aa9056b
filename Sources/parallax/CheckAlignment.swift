import ParallaxCheck
import ParallaxCompare

/// The paragraph pairs of a source and its translation.
///
/// Stand-in until the aligner (ParallaxAlign, parallel mode) is on main: one to one by
/// position, the surplus of the longer side left unpaired.
enum CheckAlignment {
  static func pairs(_ source: CheckSide, _ target: CheckSide) -> [ParagraphPair] {
    let left = source.report.paragraphs.map(\.index)
    let right = target.report.paragraphs.map(\.index)
    var pairs: [ParagraphPair] = []
    for position in 0..<max(left.count, right.count) {
      pairs.append(
        ParagraphPair(
          left: position < left.count ? [left[position]] : [],
          right: position < right.count ? [right[position]] : [], score: 0))
    }
    return pairs
  }
}
