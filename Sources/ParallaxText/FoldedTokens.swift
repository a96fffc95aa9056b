/// A paragraph's tokens with their folded forms, folded once per distinct word.
public struct FoldedTokens: Sendable {
  /// The tokens.
  public let tokens: [Token]
  /// `TextFolding.fold` of each token's text.
  public let keys: [String]
  /// The paragraph's UTF-8 bytes.
  public let utf8: [UInt8]
  /// Per token, the bits a classifier gave its folded form (which lexicons it may start an
  /// entry of), so that scans skip lookups that cannot match.
  public let masks: [UInt32]

  /// Tokenizes and folds `text`, memoising folds in `cache`; every mask bit is set.
  public init(_ text: String, cache: inout [String: String]) {
    var masked: [String: (String, UInt32)] = [:]
    self.init(text, cache: &masked) { _ in UInt32.max }
    for (key, value) in masked where cache.count < 200_000 { cache[key] = value.0 }
  }

  /// Tokenizes and folds `text`; `classify` gives each distinct folded word its mask once,
  /// memoised with the fold in `cache`.
  public init(
    _ text: String, cache: inout [String: (String, UInt32)], classify: (String) -> UInt32
  ) {
    let utf8 = Array(text.utf8)
    let tokens = utf8.withUnsafeBufferPointer { Tokenizer.tokens(utf8: $0) }
    var keys: [String] = []
    var masks: [UInt32] = []
    keys.reserveCapacity(tokens.count)
    masks.reserveCapacity(tokens.count)
    for token in tokens {
      if let known = cache[token.text] {
        keys.append(known.0)
        masks.append(known.1)
      } else {
        let folded =
          token.kind != .word && token.text.utf8.count == 1
          ? token.text : TextFolding.fold(token.text)
        let mask = classify(folded)
        if cache.count < 200_000 { cache[token.text] = (folded, mask) }
        keys.append(folded)
        masks.append(mask)
      }
    }
    self.tokens = tokens
    self.keys = keys
    self.utf8 = utf8
    self.masks = masks
  }

  /// Whether token `index` has any of `bits` in its mask.
  @inline(__always)
  public func has(_ index: Int, _ bits: UInt32) -> Bool { masks[index] & bits != 0 }

  /// The text of tokens `range` as written, spaces between them included.
  public func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty, range.upperBound <= tokens.count else { return "" }
    let first = tokens[range.lowerBound].utf8Range.lowerBound
    let last = tokens[range.upperBound - 1].utf8Range.upperBound
    return String(decoding: utf8[first..<last], as: UTF8.self)
  }

  /// The number of tokens.
  public var count: Int { tokens.count }
}
