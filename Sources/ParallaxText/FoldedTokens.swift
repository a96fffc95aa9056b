/// A paragraph's tokens with their folded forms, folded once per distinct word.
public struct FoldedTokens: Sendable {
  /// The tokens.
  public let tokens: [Token]
  /// `TextFolding.fold` of each token's text.
  public let keys: [String]
  /// The paragraph's UTF-8 bytes.
  public let utf8: [UInt8]

  /// Tokenizes and folds `text`, memoising folds in `cache`.
  public init(_ text: String, cache: inout [String: String]) {
    let utf8 = Array(text.utf8)
    let tokens = utf8.withUnsafeBufferPointer { Tokenizer.tokens(utf8: $0) }
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
    self.utf8 = utf8
  }

  /// The text of tokens `range` as written, spaces between them included.
  public func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty, range.upperBound <= tokens.count else { return "" }
    let bytes =
      tokens[range.lowerBound].utf8Range
      .lowerBound..<tokens[range.upperBound - 1].utf8Range.upperBound
    return String(decoding: utf8[bytes], as: UTF8.self)
  }

  /// The number of tokens.
  public var count: Int { tokens.count }
}
