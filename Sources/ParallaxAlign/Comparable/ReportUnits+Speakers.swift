import ParallaxCore
import ParallaxFacts

extension ReportUnits {
  /// Who speaks in each unit (`SpeakerSpans`): the sources, reporting cues and channels of
  /// the attributions the facts stage found in its paragraph, in the unit's own scalar
  /// offsets (a sentence keeps the parts that fall inside it).
  func speakers(_ facts: ReportFacts) -> SpeakerSpans {
    var byParagraph: [Int: [TextRange]] = [:]
    for paragraph in facts.paragraphs {
      var ranges: [TextRange] = []
      for attribution in paragraph.attributions {
        ranges += [
          attribution.sourceRange, attribution.cueRange, attribution.cueTailRange,
          attribution.channelRange,
        ].compactMap { $0 }
      }
      if !ranges.isEmpty { byParagraph[paragraph.index] = ranges.sorted() }
    }
    return SpeakerSpans(
      ranges: zip(paragraphOfUnit, unitStart).enumerated().map { unit, place in
        let (paragraph, start) = place
        guard let ranges = byParagraph[paragraph] else { return [] }
        let end = start + side.units[unit].unicodeScalars.count
        return ranges.compactMap { range in
          let lower = max(range.start, start)
          let upper = min(range.end, end)
          return lower < upper ? TextRange(lower - start, upper - start) : nil
        }
      })
  }
}
