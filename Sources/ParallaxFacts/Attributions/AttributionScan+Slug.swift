import ParallaxText

/// Wire slugs: `UPDATE 2-Turkey says …` opens with the version mark of a wire headline.
extension AttributionScan {
  /// The token after a wire slug at `index`: a slug word of the data (`wire-slugs`) written
  /// in capitals, optional digits, then a hyphen (`UPDATE 2-`, `REFILE-`); `nil` when none.
  static func wireSlugEnd(
    at index: Int, paragraph: AnalyzedParagraph, lexicon: CueLexicon, end: Int
  )
    -> Int?
  {
    guard !lexicon.wireSlugs.isEmpty, index < end, paragraph.tokens[index].kind == .word,
      paragraph.tokens[index].isAllCaps, lexicon.wireSlugs.contains(paragraph.keys[index])
    else { return nil }
    var cursor = index + 1
    if cursor < end, paragraph.tokens[cursor].kind == .number { cursor += 1 }
    guard cursor + 1 < end, paragraph.tokens[cursor].is("-") else { return nil }
    return cursor + 1
  }
}
