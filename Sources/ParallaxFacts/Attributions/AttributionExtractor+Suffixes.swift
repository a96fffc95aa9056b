import ParallaxCorpus
import ParallaxText

/// Case suffixes a source does not keep: the name that speaks is written without them.
extension AttributionExtractor {
  /// The range of `source` (token indices; `written` is the source before its speaker was
  /// found) without the case suffix that ends it, or `nil` when it keeps its end:
  /// - a suffix after an apostrophe (`[source-end-suffixes]`: `Ortakaya Madencilik
  ///   A.Ş.'nin verdiği bilgiye göre` → `Ortakaya Madencilik A.Ş.`);
  /// - a genitive glued to a one-word possessor of a report noun that was taken off
  ///   (`Valinin açıkladığı son verilere göre` → `Vali`). Only a possessor ending of three
  ///   letters (`-nin`, after a vowel) is cut: a name may end like a short one (`Putin`).
  func withoutCaseSuffix(
    _ source: Range<Int>, written: Range<Int>, in paragraph: AnalyzedParagraph
  ) -> TextRange? {
    let tokens = paragraph.tokens
    let keys = paragraph.keys
    let last = source.upperBound - 1
    guard tokens[last].kind == .word else { return nil }
    if source.count == 1, source != written {
      let key = keys[last]
      let ending = lexicon.possessorSuffixes.filter {
        $0.count >= 3 && key.hasByteSuffix($0) && key.count >= $0.count + 3
      }.max { $0.count < $1.count }
      guard let ending else { return nil }
      let word = tokens[last].range
      return TextRange(word.start, word.end - ending.unicodeScalars.count)
    }
    guard !lexicon.sourceEndSuffixes.isEmpty, source.count > 2,
      lexicon.sourceEndSuffixes.contains(keys[last]),
      tokens[last - 1].is("'") || tokens[last - 1].is("’"), !tokens[last].spaceBefore
    else { return nil }
    return paragraph.textRange(source.lowerBound..<(last - 1))
  }
}
