import ParallaxText

/// Which dictionary headwords can match the words of a text, judged from their first bytes
/// before a headword is stemmed (stemming every headword is most of a dictionary's cost).
///
/// A headword's key (its folded Snowball stem) equals a text word's key only when both words
/// start with the key, save the last letter or two a stemmer may rewrite (`fly` → `fli`). So
/// a headword passes when its first four bytes are the first four of a text word (as written
/// lowercase, folded) or of a key of four letters or more, or when its first three are those
/// of a key of at most four letters (`arts` and `art` share the key `art`) and it has at
/// most ten bytes. A headword that starts outside ASCII (`über`, `été`) always passes.
struct HeadwordFilter: Sendable {
  private var four = Set<UInt32>()
  private var three = Set<UInt32>()

  /// The filter for `words` of a text and their `keys`.
  init(words: Set<String>, keys: Set<String>) {
    for word in words {
      for form in [word, TextFolding.fold(word)] {
        if let prefix = Self.prefix(of: form.utf8, count: 4) { four.insert(prefix) }
      }
    }
    for key in keys {
      if let prefix = Self.prefix(of: key.utf8, count: 4) { four.insert(prefix) }
      if key.utf8.count <= 4, let prefix = Self.prefix(of: key.utf8, count: 3) {
        three.insert(prefix)
      }
    }
  }

  /// Whether the headword written `bytes` may match.
  func admits(_ bytes: some Collection<UInt8>) -> Bool {
    guard let prefix = Self.prefix(of: bytes, count: 4) else { return true }
    if four.contains(prefix) { return true }
    // A key of at most four letters is left by a suffix of at most six (`bewegungen`,
    // `runnings`): a longer headword cannot have it.
    guard bytes.count <= 10, let short = Self.prefix(of: bytes, count: 3) else { return false }
    return three.contains(short)
  }

  /// The first `count` bytes (fewer for a shorter word), ASCII letters lowercased, with their
  /// number, as one value; nil when one of them is not ASCII.
  static func prefix(of bytes: some Collection<UInt8>, count: Int) -> UInt32? {
    var value: UInt32 = 0
    var taken: UInt32 = 0
    for byte in bytes.prefix(count) {
      guard byte < 0x80 else { return nil }
      let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
      value = value << 7 | UInt32(lower)
      taken += 1
    }
    return value | taken << 28
  }
}
