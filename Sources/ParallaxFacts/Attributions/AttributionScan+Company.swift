import ParallaxText

/// Cues that count only in some company: prepositions before a possessor and a report noun,
/// verbs outside a hyphenated adjective.
extension AttributionScan {
  /// How far, in tokens, the report noun may stand after the preposition
  /// (`by the Health Ministry's latest official tally`).
  static let possessiveReach = 10

  /// Whether the preposition at `cue` cues a source only before a possessor and a report
  /// noun (`possessive` in the data) and none follows.
  func lacksPossessor(_ cue: Range<Int>) -> Bool {
    !lexicon.possessivePrepositions.isEmpty
      && lexicon.possessivePrepositions.contains(CueLexicon.key(paragraph.text(cue)))
      && !possessorAndReportNoun(after: cue.upperBound)
  }

  /// Whether a possessor (`the UN's`, `officials'`) and then a report noun (`tally`,
  /// `count`) follow `index` within the clause: `By the UN's latest tally`, `by Moscow's
  /// count`; a bare `by` (`killed by shelling`, `by nightfall`) is no cue.
  func possessorAndReportNoun(after index: Int) -> Bool {
    var possessor = false
    var cursor = index
    while cursor < min(contentEnd, index + Self.possessiveReach), !isBoundary(cursor) {
      let key = keys[cursor]
      if key == "'" || key == "’" {
        possessor = true
      } else if possessor,
        lexicon.sourceMarks.longestMatch(in: keys, from: cursor, limit: cursor + 1)?.value
          == .reportNoun
      {
        return true
      }
      cursor += 1
    }
    return false
  }

  /// Whether the word at `index` ends a hyphenated adjective (`Istanbul-listed`): a verb
  /// there is no cue.
  func inCompoundAdjective(_ index: Int) -> Bool {
    index > start && tokens[index - 1].is("-") && !tokens[index].spaceBefore
      && !tokens[index - 1].spaceBefore
  }
}
