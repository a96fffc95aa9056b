import ParallaxCorpus
import ParallaxText

/// Where an inverted source after a speech verb ends: a content opener inside it, or a
/// name in quotation marks that is all of it.
extension AttributionScan {
  /// The capitalized words of a name in quotation marks opening at `index` and ending the
  /// sentence (`«Россети»`, `«Газпром нефть»`): one to three words, the first capitalized.
  func quotedName(at index: Int) -> Range<Int>? {
    guard index + 2 < end, tokens[index].isAny(Self.openers), tokens[index + 1].kind == .word,
      tokens[index + 1].isCapitalized
    else { return nil }
    var close = index + 1
    while close < end, close - index <= 3, tokens[close].kind == .word { close += 1 }
    guard close < end, close > index + 1, tokens[close].isAny(Self.closers), close + 1 >= contentEnd
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
}
