/// A paragraph's tokens with their folded forms, folded once per distinct word.
public struct FoldedTokens: Sendable {
  /// The tokens.
  public let tokens: [Token]
  /// `TextFolding.fold` of each token's text.
  public let keys: [String]

  /// Tokenizes and folds `text`, memoising folds in `cache`.
  public init(_ text: String, cache: inout [String: String]) {
    let tokens = Tokenizer.tokens(text)
    var keys: [String] = []
    keys.reserveCapacity(tokens.count)
    for token in tokens {
      if token.kind != .word, token.text.utf8.count == 1 {
        keys.append(token.text)
      } else if let known = cache[token.text] {
        keys.append(known)
      } else {
        let folded = TextFolding.fold(token.text)
        if cache.count < 200_000 { cache[token.text] = folded }
        keys.append(folded)
      }
    }
    self.tokens = tokens
    self.keys = keys
  }

  /// The number of tokens.
  public var count: Int { tokens.count }
}
