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

/// Datelines: `ŞANLIURFA (AA) - Şanlıurfa Valiliği, …`, `القاهرة - أ ش أ: …` open a report's
/// first paragraph with the place (in capitals where the script has them), the agency in
/// brackets or after a dash up to a second one or a colon: no source, the content starts
/// after them.
extension AttributionScan {
  /// The dashes that close a dateline when spaced on both sides.
  private static let datelineDashes: Set<Unicode.Scalar> = ["-", "–", "—"]

  /// The token after a dateline opening the paragraph at `index`, or `nil`: one to three
  /// words (the first in capitals, or in a script without them), an optional group in
  /// brackets, a spaced dash; then up to four words of an agency and a second spaced dash or
  /// a colon.
  static func datelineEnd(at index: Int, paragraph: AnalyzedParagraph, end: Int) -> Int? {
    let tokens = paragraph.tokens
    guard index < end, (0..<index).allSatisfy({ tokens[$0].kind == .punctuation }),
      tokens[index].kind == .word, tokens[index].isAllCaps || tokens[index].script == .arabic
    else { return nil }
    var cursor = index + 1
    while cursor < end, cursor - index < 3, tokens[cursor].kind == .word,
      tokens[cursor].isCapitalized || tokens[cursor].script == .arabic
    {
      cursor += 1
    }
    if cursor < end, tokens[cursor].is("(") {
      let close = (cursor + 1..<min(end, cursor + 6)).first { tokens[$0].is(")") }
      guard let close else { return nil }
      cursor = close + 1
    }
    guard let after = spacedDash(at: cursor, tokens: tokens, end: end) else { return nil }
    // "القاهرة - أ ش أ - أعلنت …", "القاهرة - أ ش أ: أعلنت …": the agency after the place,
    // closed by a second dash or a colon.
    var probe = after
    while probe < end, probe - after < 4, tokens[probe].kind == .word { probe += 1 }
    guard probe > after, probe + 1 < end else { return after }
    if tokens[probe].is(":") { return probe + 1 }
    return spacedDash(at: probe, tokens: tokens, end: end) ?? after
  }

  /// The token after a dash at `index` with white space on both sides, or `nil`.
  private static func spacedDash(at index: Int, tokens: [Token], end: Int) -> Int? {
    guard index + 1 < end, tokens[index].isAny(datelineDashes), tokens[index].spaceBefore,
      tokens[index + 1].spaceBefore
    else { return nil }
    return index + 1
  }
}
