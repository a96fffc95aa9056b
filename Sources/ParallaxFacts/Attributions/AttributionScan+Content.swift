import ParallaxCorpus
import ParallaxText

/// What an attribution covers: the content before or after its cue, relative clauses, figures
/// inside a source.
extension AttributionScan {
  /// Whether the token at `index` of `source` is the quantity of a figure that counts
  /// something named (`iki güvenlik kaynağı` counts the speakers), not a number in a name
  /// (`Emergencias 112 Andalucía`); where every noun is capitalized (German: phrase
  /// continuers), a figure never is (`meldete die Polizei Köln 37 Festnahmen`).
  func isFigureQuantity(_ index: Int, in source: Range<Int>) -> Bool {
    guard !measured.isEmpty, measured[index] else { return false }
    return !lexicon.phraseContinuers.isEmpty
      || !isNumberInName(index, phraseStart: source.lowerBound)
  }

  /// Content after `index`: past a comma and a complementizer, to the sentence end.
  func content(after index: Int) -> Range<Int> {
    var first = index
    while first < contentEnd,
      tokens[first].is(",") || tokens[first].is("،")
        || isIn(first, TokenBits.complementizers)
    {
      first += 1
    }
    return first..<max(first, contentEnd)
  }

  /// The relative clause set off by commas right before the comma at `index` ("…, que
  /// aportará unos 400 millones, según fuentes del sector"): a trailing prepositional cue
  /// attaches to the nearest clause, so it reports only that one.
  func relativeClause(before index: Int) -> Range<Int>? {
    guard index > contentStart, isBoundary(index - 1) else { return nil }
    let first = segmentStart(before: index - 1)
    guard first > contentStart, first < index - 1, tokens[first - 1].is(","),
      isRelativePronoun(first)
    else { return nil }
    return first..<(index - 1)
  }

  /// Content before the comma at `index`: from the sentence start.
  func content(before index: Int) -> Range<Int> {
    var last = index
    while last > contentStart, tokens[last - 1].is(",") || tokens[last - 1].is("،") { last -= 1 }
    return contentStart..<max(contentStart, last)
  }
}
