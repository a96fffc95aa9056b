import ParallaxCompare
import ParallaxCore
import ParallaxFacts
import ParallaxText

/// Paragraphs left out where the aligner cannot show them alone: a source paragraph the
/// aligner joined to its neighbours in a 2-1, 3-1 or 3-2 pair (parallel mode prefers a merge
/// to a gap), or
/// a paragraph the translator split in two and half of which is gone. Both show as a
/// translation shorter than the document's own length ratio predicts; the figures say which
/// part is gone (all the figures of one source paragraph without counterpart, or its names,
/// none left over in the translation).
enum OmissionCheck {
  /// The share of the expected length below which length alone says something is left out.
  static let omittedShare = 0.6
  /// The share below which a shortfall backed by unmatched figures is an omission.
  static let shortShare = 0.9
  /// The share of the expected length that the rest must reach once the missing source
  /// paragraph is set aside (`¶4 + ¶5` → `¶4'`: the translation fits ¶4 alone).
  static let fittingShare = 0.75
  /// The fewest letters a source side needs to be judged (titles and labels are not).
  static let minimumLetters = 80
  /// The fewest pairs the document's ratio is taken from.
  static let minimumPairs = 3

  /// The omissions among `pairs`, given the figure findings already made.
  static func check(
    _ pairs: [ParagraphPair], source: CheckSide, target: CheckSide, findings: [Finding]
  ) -> [Finding] {
    let sized = pairs.filter(\.isMatched).map { pair in
      (
        pair, pair.left.map { letters(source.paragraph($0)?.text ?? "") },
        letters(pair.right.compactMap { target.paragraph($0)?.text }.joined(separator: " "))
      )
    }
    let ratios = sized.compactMap { _, left, right -> Double? in
      let total = left.reduce(0, +)
      return total >= minimumLetters / 2 && right > 0 ? Double(right) / Double(total) : nil
    }.sorted()
    guard ratios.count >= minimumPairs else { return [] }
    let ratio = ratios[ratios.count / 2]
    var dropped: [Int: Int] = [:]
    var namesGone: [Int: Int] = [:]
    var added: Set<Int> = []
    for finding in findings {
      if finding.kind == .figureDropped, let paragraph = finding.source?.paragraph {
        dropped[paragraph, default: 0] += 1
      }
      if finding.kind == .entityDropped
        || (finding.kind == .termMissing && finding.severity == .warning),
        let paragraph = finding.source?.paragraph
      {
        namesGone[paragraph, default: 0] += 1
      }
      if finding.kind == .figureAdded, let paragraph = finding.target?.paragraph {
        added.insert(paragraph)
      }
    }
    /// Whether every exact figure of source paragraph `index` has no counterpart, and one
    /// figure or name of it at least; the translation has no figure left over; and none of
    /// those values is in the translation of the pairs around (`am 6. und 7. Juli` moved to
    /// the next paragraph by the translator is not gone).
    func figuresGone(_ index: Int, _ pair: ParagraphPair, near: [Int]) -> Bool {
      let figures = (source.facts(index)?.figures ?? []).filter { $0.qualifier != .vague }
      let gone = dropped[index] ?? 0
      guard gone + (namesGone[index] ?? 0) > 0, gone >= figures.count,
        !pair.right.contains(where: added.contains)
      else { return false }
      let values = Set(figures.map(\.value))
      return !near.contains { paragraph in
        (target.facts(paragraph)?.figures ?? []).contains { values.contains($0.value) }
      }
    }
    let splitter = SentenceSplitter(language: source.language)
    var result: [Finding] = []
    for (position, (pair, left, right)) in sized.enumerated() {
      let total = left.reduce(0, +)
      guard total >= minimumLetters else { continue }
      let share = Double(right) / (ratio * Double(total))
      guard share < shortShare else { continue }
      if pair.left.count >= 2 {
        // The source paragraph whose figures are all gone, or whose removal leaves a pair
        // of the usual ratio when the translation is far too short.
        let near = [position - 1, position + 1].filter(sized.indices.contains).flatMap {
          sized[$0].0.right
        }
        let byFigures = pair.left.indices.filter {
          figuresGone(pair.left[$0], pair, near: near)
        }
        let byLength =
          share < omittedShare
          ? pair.left.indices.filter { k in
            Double(right) >= fittingShare * ratio * Double(total - left[k])
          } : []
        // Figures are surer evidence than names (an unknown name is often a misreading).
        let withFigures = byFigures.filter { (dropped[pair.left[$0]] ?? 0) > 0 }
        // Three source paragraphs or more against a shorter translation are often lines of
        // one sentence condensed (`Grenoble-Paris : B.Arthaud ) … Orell Füssli 1956 )`):
        // only a figure gone that is no year says one of them is missing.
        let candidates =
          pair.left.count > 2
          ? withFigures.filter { hasFigureNotYear(pair.left[$0], source) }
          : withFigures.count == 1 ? withFigures : byFigures.count == 1 ? byFigures : byLength
        guard let k = candidates.max(by: { left[$0] < left[$1] }) else { continue }
        let index = pair.left[k]
        result.append(
          Finding(
            .error, .segmentMissing,
            "\(SegmentCheck.name(index, source)) has no translation (the translation of "
              + "\(pair.left.map { SegmentCheck.name($0, source) }.joined(separator: " + ")) "
              + "renders only the rest)",
            source: source.evidence(index),
            target: pair.right.first.map { target.evidence($0) }))
      } else if pair.left.count == 1, let index = pair.left.first, share < omittedShare,
        splitter.sentences(in: source.paragraph(index)?.text ?? "").count >= 2
      {
        // A part of a paragraph gone: an error when figures show it, else a warning.
        let sure = (dropped[index] ?? 0) > 0 && !pair.right.contains(where: added.contains)
        result.append(
          Finding(
            sure ? .error : .warning, .segmentMissing,
            "\(SegmentCheck.name(index, source)) is translated only in part: the translation "
              + "has \(Int((share * 100).rounded())) % of the length expected"
              + (sure ? " and lacks its figures" : ""),
            source: source.evidence(index),
            target: pair.right.first.map { target.evidence($0) }))
      }
    }
    return result
  }

  /// Whether source paragraph `index` has an exact figure that is not a year.
  static func hasFigureNotYear(_ index: Int, _ source: CheckSide) -> Bool {
    let text = source.paragraph(index)?.text ?? ""
    return (source.facts(index)?.figures ?? []).contains {
      $0.qualifier != .vague
        && !FigureCheck.isYearLike($0, written: $0.range.slice(of: text))
    }
  }

  /// The letters and digits of `text`.
  static func letters(_ text: String) -> Int {
    var count = 0
    for scalar in text.unicodeScalars {
      // ASCII answered without a Unicode property look-up: letters and digits only.
      if scalar.isASCII {
        let value = scalar.value | 0x20
        if (0x61...0x7A).contains(value) || (0x30...0x39).contains(scalar.value) { count += 1 }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        count += 1
      }
    }
    return count
  }
}
