import ParallaxText

/// What the figure scanner needs of one distinct token as written, computed once per word
/// (the facts stage memoises it with the word's folded form), so that a paragraph's figure
/// tokens are built from its shared tokens instead of by a second tokenization.
struct FigureWord: Sendable {
  /// The figure token's kind.
  var kind: FigureToken.Kind
  /// The figure token's key and its hash.
  var key: String
  var hash: UInt64
  var nonASCIIDigits: Bool
  var capitalized: Bool
  var punct: UInt32
  /// The measure concepts of a word (`kind == .word`; empty for other kinds).
  var concepts: [MeasureLexicon.Concept] = []
  /// `FigureToken.flags` for a word (`flagsKnown` with what the scanner asks of it).
  var flags: UInt8 = 0
  /// Whether the figure tokenizer reads the token's text as exactly one token of the same
  /// kind (a word, a digit run, one mark). Where it does not (a combining mark opening a
  /// token, digits of a script it does not know), the paragraph is tokenized again instead.
  var agrees: Bool

  /// A token that cannot be derived (`agrees` is false).
  static let disagreeing = FigureWord(
    kind: .punct, key: "", hash: 0, nonASCIIDigits: false, capitalized: false, punct: 0,
    agrees: false)
}

extension FigureTokenizer {
  /// The figure reading of one token of the shared tokenizer, `written` as in the text.
  func word(_ written: String, kind: Token.Kind) -> FigureWord {
    let read = tokens(Array(written.unicodeScalars))
    guard read.count == 1, let token = read.first, token.start == 0,
      token.end == written.unicodeScalars.count
    else { return .disagreeing }
    let agrees: Bool
    switch (kind, token.kind) {
    case (.word, .word), (.number, .digits), (.punctuation, .punct),
      (.punctuation, .fractionGlyph):
      agrees = true
    default:
      agrees = false
    }
    return FigureWord(
      kind: token.kind, key: token.key, hash: token.hash, nonASCIIDigits: token.nonASCIIDigits,
      capitalized: token.capitalized, punct: token.punct, agrees: agrees)
  }

  /// The figure tokens of a paragraph from its shared tokens, `nil` when one of them does
  /// not read the same way (`FigureWord.agrees`) or white space between them is not white
  /// space to the figure tokenizer: then `tokens(_:)` must read the paragraph itself.
  ///
  /// Equal to `tokens(scalars)` otherwise: the figure tokenizer's reading of a token depends
  /// on the token's scalars only, and its gaps on the scalars between tokens.
  func tokens(
    _ shared: FoldedTokens, words: WordTable<FigureWord>, scalars: [Unicode.Scalar]
  ) -> [FigureToken]? {
    var result: [FigureToken] = []
    result.reserveCapacity(shared.count)
    var previousEnd = 0
    let ids = shared.ids
    for index in shared.tokens.indices {
      let id = Int(ids[index])
      guard id >= 0 else { return nil }
      let start = shared.tokens[index].range.start
      let end = shared.tokens[index].range.end
      var gap: UInt8 = 0
      if start > previousEnd {
        for position in previousEnd..<start where !FigureTokenizer.isSpace(scalars[position]) {
          return nil
        }
        gap =
          start - previousEnd == 1 && FigureTokenizer.isSingleSpace(scalars[previousEnd]) ? 1 : 2
      }
      let word = words.payload(id)
      guard word.agrees else { return nil }
      result.append(
        FigureToken(
          kind: word.kind, start: start, end: end, gap: gap, nonASCIIDigits: word.nonASCIIDigits,
          capitalized: word.capitalized, key: word.key, hash: word.hash, punct: word.punct,
          word: Int32(id), flags: word.flags))
      previousEnd = end
    }
    for position in previousEnd..<scalars.count where !FigureTokenizer.isSpace(scalars[position]) {
      return nil
    }
    return result
  }
}
