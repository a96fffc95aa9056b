import ParallaxCorpus
import ParallaxText

/// Where a source ends: a content opener or a speech verb inside it, a name in apposition
/// or in quotation marks.
extension AttributionScan {
  /// The capitalized words of a name in quotation marks opening at `index` and, with
  /// `endingSentence`, ending the sentence (`«Россети»`, `«Газпром нефть»`, `«ОВД-Инфо»`): one
  /// to three words, the first capitalized.
  func quotedName(at index: Int, endingSentence: Bool = true) -> Range<Int>? {
    guard index + 2 < end, tokens[index].isAny(Self.openers), tokens[index + 1].kind == .word,
      tokens[index + 1].isCapitalized
    else { return nil }
    var close = index + 1
    // "«ОВД-Инфо»": a hyphen written tight inside the name joins its words.
    while close < end, close - index <= 3,
      tokens[close].kind == .word
        || (tokens[close].is("-") && !tokens[close].spaceBefore && close + 1 < end
          && tokens[close + 1].kind == .word && !tokens[close + 1].spaceBefore)
    {
      close += 1
    }
    guard close < end, close > index + 1, tokens[close].isAny(Self.closers),
      !endingSentence || close + 1 >= contentEnd
    else { return nil }
    return (index + 1)..<close
  }

  /// Where the reported content opens inside `phrase` (Arabic `بمقتل`, `إصابة`): the end of
  /// the source.
  func contentOpener(in phrase: Range<Int>) -> Int {
    guard !lexicon.contentOpeners.isEmpty, phrase.count > 1 else { return phrase.upperBound }
    for index in (phrase.lowerBound + 1)..<phrase.upperBound where tokens[index].kind == .word {
      if lexicon.contentOpeners.contains(keys[index]) { return index }
      for clitic in lexicon.clitics where keys[index].hasBytePrefix(clitic) {
        if lexicon.contentOpeners.contains(String(keys[index].dropFirst(clitic.count))) {
          return index
        }
      }
    }
    return phrase.upperBound
  }

  /// The first token of `phrase` (after its first) that starts a speech verb, or its end.
  func verbInside(_ phrase: Range<Int>) -> Int {
    guard phrase.count > 1 else { return phrase.upperBound }
    for index in (phrase.lowerBound + 1)..<phrase.upperBound
    where paragraph.has(index, TokenBits.cue) {
      if let found = singleCue(at: index), case .verb = found.kind { return index }
    }
    return phrase.upperBound
  }

  /// `source` run to a name set off by commas after it (`le préfet de police, Laurent
  /// Nuñez,`): capitalized words only, followed by a boundary.
  func withApposedName(_ source: Range<Int>) -> Range<Int> {
    guard !source.isEmpty, source.upperBound + 1 < contentEnd, tokens[source.upperBound].is(","),
      tokens[source.upperBound + 1].isCapitalized, tokens[source.upperBound + 1].kind == .word
    else { return source }
    let name = phrase(after: source.upperBound + 1, limit: 6)
    guard name.count >= 2,
      name.allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized }),
      // The name may end the sentence ("…, según el gobernador regional, Oleh Syniehubov.").
      name.upperBound == contentEnd || (name.upperBound < contentEnd && isBoundary(name.upperBound))
    else { return source }
    return source.lowerBound..<name.upperBound
  }
}
