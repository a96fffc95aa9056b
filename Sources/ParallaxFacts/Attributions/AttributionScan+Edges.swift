import ParallaxCorpus
import ParallaxText

/// Where a phrase or a clause really ends: acronyms written with dots, numbers inside names,
/// pronouns that are acronyms, figures right after a verb.
extension AttributionScan {
  /// Whether the dot at `index` closes an acronym written with dots (`the U.N. said`,
  /// `U.S. officials`): a single capital between two dots, inside the sentence.
  func isAcronymDot(_ index: Int) -> Bool {
    guard tokens[index].is("."), !tokens[index].spaceBefore, index >= start + 3,
      index + 1 < end
    else { return false }
    let letter = tokens[index - 1]
    return letter.kind == .word && letter.isCapitalized && letter.scalarCount == 1
      && !letter.spaceBefore && tokens[index - 2].is(".")
      && tokens[index - 3].kind == .word && tokens[index - 3].scalarCount == 1
  }

  /// Whether the word at `index` is a relative pronoun: on the list, and not an acronym in
  /// capitals (`the WHO said` is the organization, not `who`).
  func isRelativePronoun(_ index: Int) -> Bool {
    isIn(index, TokenBits.relativePronouns)
      && !(tokens[index].isAllCaps && tokens[index].scalarCount > 1)
  }

  /// Whether the number at `index` belongs to a name (`Emergencias 112 Andalucía`,
  /// `Artículo 19`): it follows a capitalized word of the phrase, and the phrase ends right
  /// after it, or after one capitalized word more.
  func isNumberInName(_ index: Int, phraseStart: Int) -> Bool {
    guard index > phraseStart, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized
    else { return false }
    func closes(_ probe: Int) -> Bool { probe >= contentEnd || isBoundary(probe) }
    if closes(index + 1) { return true }
    return tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized
      && closes(index + 2)
  }

  /// Whether a figure's quantity follows the verb ending at `index` (`…, la police en a
  /// compté 480 000`): the verb's object is the figure, so the verb reports what follows it.
  func figureFollows(_ index: Int) -> Bool {
    var probe = index
    while probe < contentEnd, taken[probe] || isIn(probe, TokenBits.sourceSkips) { probe += 1 }
    guard probe < contentEnd, !isBoundary(probe) else { return false }
    return tokens[probe].kind == .number || (!counted.isEmpty && counted[probe])
  }
}
