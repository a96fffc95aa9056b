/// A paragraph's tokens with their folded forms, folded once per distinct word.
package struct FoldedTokens: Sendable {
  /// The tokens.
  package let tokens: [Token]
  /// `TextFolding.fold` of each token's text.
  package let keys: [String]
  /// The paragraph's UTF-8 bytes.
  package let utf8: [UInt8]
  /// Per token, the bits a classifier gave its folded form (which lexicons it may start an
  /// entry of), so that scans skip lookups that cannot match.
  package let masks: [UInt32]
  /// Per token, the number of its distinct text in the word table it was folded with: equal
  /// texts have equal ids, so per-report tables can be arrays instead of hash sets.
  package let ids: [Int32]

  /// Tokenizes and folds `text`; `resolve` gives each distinct token (its UTF-8 bytes as
  /// written, their `WordTables.hash` and its kind) its folded form, mask and payload once,
  /// memoised in `table` (which also numbers the tokens).
  package init<Payload>(
    _ text: String, table: inout WordTable<Payload>,
    resolve: (UnsafeBufferPointer<UInt8>, UInt64, Token.Kind) -> (String, UInt32, Payload)
  ) {
    // The tokens are read through the table's index, which is not generic (no look-up of
    // the table type's metadata per token); only a new word's payload is.
    // The index is moved out of the table while they are read and back after, so that it
    // is referenced once: an insertion never copies it.
    let before = table.count
    var index = WordIndex.standIn
    swap(&index, &table.index)
    var added: [Payload] = []
    self.init(text, index: &index) { bytes, hash, kind in
      let (folded, mask, payload) = resolve(bytes, hash, kind)
      added.append(payload)
      return (folded, mask)
    }
    swap(&index, &table.index)
    if !added.isEmpty { table.appendPayloads(added, since: before) }
  }

  /// Tokenizes and folds `text`; `resolve` gives each distinct token (its UTF-8 bytes as
  /// written, their `WordTables.hash` and its kind) its folded form and mask once, memoised
  /// in `index` (which also numbers the tokens).
  package init(
    _ text: String, index: inout WordIndex,
    resolve: (UnsafeBufferPointer<UInt8>, UInt64, Token.Kind) -> (String, UInt32)
  ) {
    let utf8 = Array(text.utf8)
    var keys: [String] = []
    var masks: [UInt32] = []
    var ids: [Int32] = []
    let tokens = utf8.withUnsafeBufferPointer { buffer in
      let tokens = Tokenizer.tokens(utf8: buffer)
      keys.reserveCapacity(tokens.count)
      masks.reserveCapacity(tokens.count)
      ids.reserveCapacity(tokens.count)
      for token in tokens {
        let word = UnsafeBufferPointer(rebasing: buffer[token.utf8Range])
        let hash = WordTables.hash(word)
        if let known = index.find(word, hash: hash) {
          keys.append(known.0)
          masks.append(known.1)
          ids.append(known.2)
          continue
        }
        let (folded, mask) = resolve(word, hash, token.kind)
        ids.append(index.insert(word, hash: hash, folded: folded, mask: mask))
        keys.append(folded)
        masks.append(mask)
      }
      return tokens
    }
    self.tokens = tokens
    self.keys = keys
    self.utf8 = utf8
    self.masks = masks
    self.ids = ids
  }

  /// Whether token `index` has any of `bits` in its mask.
  @inline(__always)
  package func has(_ index: Int, _ bits: UInt32) -> Bool { masks[index] & bits != 0 }

  /// The text of tokens `range` as written, spaces between them included.
  package func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty, range.upperBound <= tokens.count else { return "" }
    let first = tokens[range.lowerBound].utf8Range.lowerBound
    let last = tokens[range.upperBound - 1].utf8Range.upperBound
    return String(decoding: utf8[first..<last], as: UTF8.self)
  }

  /// The text of token `index` as written.
  package func text(_ index: Int) -> String { tokens[index].text(in: utf8) }

  /// The number of tokens.
  package var count: Int { tokens.count }
}
