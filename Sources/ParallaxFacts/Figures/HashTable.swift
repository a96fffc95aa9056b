/// An open-addressing table of string keys looked up by their 64-bit hash (token hashes,
/// already well mixed), cheaper than `Dictionary` with SipHash on the per-token hot path.
///
/// The hash only finds the slot: every entry keeps its key, and a lookup whose hash matches
/// compares the key too, so two keys with one hash are two entries, never one word taken
/// for another. Lookups that would build the key (a phrase's joined keys) take it as a
/// closure, called only when a stored hash matches.
struct HashTable<Value: Sendable>: Sendable {
  private var hashes: [UInt64]
  private var keys: [String]
  private var values: [Value?]
  private var mask: Int
  /// How many entries it holds.
  private(set) var count = 0

  /// An empty table with room for about `capacity / 2` entries (a power of two ≥ 16).
  init(capacity: Int = 16) {
    var size = 16
    while size < capacity { size *= 2 }
    hashes = [UInt64](repeating: 0, count: size)
    keys = [String](repeating: "", count: size)
    values = [Value?](repeating: nil, count: size)
    mask = size - 1
  }

  @inline(__always)
  private func home(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
  }

  /// The slot holding `key` (whose hash is `hash`), or `nil`; `key` is called only when a
  /// slot's hash matches.
  @inline(__always)
  private func slot(_ hash: UInt64, _ key: () -> String) -> Int? {
    var slot = home(hash)
    // The hash is compared before the key, the key before the value is read: no string
    // compared and no value copied on a mismatch.
    while values[slot] != nil {
      if hashes[slot] == hash, keys[slot] == key() { return slot }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// The value for `key`, whose hash is `hash`.
  subscript(hash: UInt64, key key: String) -> Value? {
    get { slot(hash, { key }).flatMap { values[$0] } }
    set {
      guard let newValue else { return }
      if let found = slot(hash, { key }) {
        values[found] = newValue
        return
      }
      if (count + 1) * 2 > hashes.count { grow() }
      var slot = home(hash)
      while values[slot] != nil { slot = (slot + 1) & mask }
      count += 1
      hashes[slot] = hash
      keys[slot] = key
      values[slot] = newValue
    }
  }

  /// The value for the key of token `index` of `tokens`, whose hash is `hash` (the key
  /// compared in place, only when a stored hash matches).
  @inline(__always)
  func value(_ hash: UInt64, _ tokens: [FigureToken], _ index: Int) -> Value? {
    var slot = home(hash)
    while values[slot] != nil {
      if hashes[slot] == hash, keys[slot] == tokens[index].key { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Whether the key of token `index` of `tokens` (whose hash is `hash`) is present.
  @inline(__always)
  func contains(_ hash: UInt64, _ tokens: [FigureToken], _ index: Int) -> Bool {
    var slot = home(hash)
    while values[slot] != nil {
      if hashes[slot] == hash, keys[slot] == tokens[index].key { return true }
      slot = (slot + 1) & mask
    }
    return false
  }

  /// The value for the key `key()` builds, whose hash is `hash` (built only on a hash match).
  func value(_ hash: UInt64, key: () -> String) -> Value? {
    slot(hash, key).flatMap { values[$0] }
  }

  /// Whether `key` (whose hash is `hash`) is present, without copying its value.
  func contains(_ hash: UInt64, key: String) -> Bool {
    slot(hash, { key }) != nil
  }

  /// Whether the key `key()` builds (whose hash is `hash`) is present.
  func contains(_ hash: UInt64, key: () -> String) -> Bool {
    slot(hash, key) != nil
  }

  private mutating func grow() {
    let oldHashes = hashes
    let oldKeys = keys
    let oldValues = values
    hashes = [UInt64](repeating: 0, count: oldHashes.count * 2)
    keys = [String](repeating: "", count: oldHashes.count * 2)
    values = [Value?](repeating: nil, count: oldHashes.count * 2)
    mask = hashes.count - 1
    count = 0
    for index in oldHashes.indices {
      if let value = oldValues[index] { self[oldHashes[index], key: oldKeys[index]] = value }
    }
  }
}
