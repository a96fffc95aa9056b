import ParallaxCorpus
import ParallaxText

extension FigureAnalyzer {
  /// How many words a member noun's group may stand from it: after it (`ستة عناصر من
  /// الشرطة`), or before the figure (`في صفوف الشرطة العراقية 31 عنصرا`).
  static let memberGroupWords = 3

  /// A counted noun that names members of a group (`عناصر`, `أفراد`: a `member.*` concept)
  /// counts the group it belongs to when the clause names one (`group.police`, or a counted
  /// noun): after it, past short function words only (`عناصر من الشرطة`), else among the few
  /// words before the figure, in its clause (`في صفوف قوات النظام بـ58 عنصرا`). Without a
  /// group the member's own concept stays.
  func applyMemberGroup(
    _ after: [MeasureWord], before start: Int, sentences: [Int], _ measure: inout Measure
  ) {
    guard let counted = measure.counted,
      let position = after.firstIndex(where: {
        tokens[$0.index].start == counted.range.start && $0.has("member")
      })
    else { return }
    var next = position + 1
    while next < after.count, next - position <= Self.memberGroupWords,
      after[next].word == after[next - 1].word + 1, after[next].clause == after[position].clause
    {
      if let group = groupConcept(after[next].concepts) {
        measure.counted = Measure.Part(
          concept: group,
          range: TextRange(tokens[after[next].index].start, tokens[after[next].index].end))
        return
      }
      guard after[next].short || after[next].has("affiliation") else { break }
      next += 1
    }
    var cursor = start - 1
    var words = 0
    while cursor >= 0, words < Self.memberGroupWords + 1,
      sentences[cursor] == sentences[start], tokens[cursor].kind != .punct
    {
      if tokens[cursor].kind == .word {
        words += 1
        let concepts = concepts(cursor)
        if concepts.contains(where: { $0.part == "event" }) { return }
        if let group = concepts.first(where: { $0.part == "group" })?.id {
          measure.counted = Measure.Part(
            concept: group, range: TextRange(tokens[cursor].start, tokens[cursor].end))
          return
        }
      }
      cursor -= 1
    }
  }

  /// The group a word names: a `group.*` concept, else a specific counted noun.
  private func groupConcept(_ concepts: [MeasureLexicon.Concept]) -> String? {
    if let group = concepts.first(where: { $0.part == "group" }) { return group.id }
    if concepts.contains(where: { $0.part == "member" }) { return nil }
    return concepts.first { $0.part == "counted" && $0.id != Measure.anyone }?.id
  }
}
