/// A set of token keys of the figure data, looked up by a token's FNV hash and then its key
/// in place (`HashTable`): what `Set<String>` answered, without hashing the key with SipHash
/// at every number.
struct TokenKeySet: Sendable {
  private var table = HashTable<Bool>()

  /// An empty set.
  init() {}

  /// The set of `keys`.
  init(_ keys: some Sequence<String>) {
    for key in keys { insert(key) }
  }

  /// Adds `key`.
  mutating func insert(_ key: String) {
    table[FigureView.hash(key), key: key] = true
  }

  /// Whether the set is empty.
  var isEmpty: Bool { table.count == 0 }

  /// Whether `key` is in the set.
  func contains(_ key: String) -> Bool {
    table.contains(FigureView.hash(key), key: key)
  }

  /// Whether the key of token `index` of `tokens` is in the set (its hash and key read in
  /// place: no string hashed or copied).
  @inline(__always)
  func contains(_ tokens: [FigureToken], _ index: Int) -> Bool {
    table.contains(tokens[index].hash, tokens, index)
  }
}
