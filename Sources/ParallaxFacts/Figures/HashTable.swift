/// An open-addressing table keyed by 64-bit token hashes (already well mixed), cheaper than
/// `Dictionary` with SipHash on the per-token hot path.
struct HashTable<Value: Sendable>: Sendable {
  private var keys: [UInt64]
  private var values: [Value?]
  private var mask: Int
  /// How many entries it holds.
  private(set) var count = 0

  /// An empty table with room for about `capacity / 2` entries (a power of two ≥ 16).
  init(capacity: Int = 16) {
    var size = 16
    while size < capacity { size *= 2 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Value?](repeating: nil, count: size)
    mask = size - 1
  }

  /// The value for `key`.
  subscript(key: UInt64) -> Value? {
    get {
      // The key is compared before the value is read: no copy of a value on a mismatch.
      var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
      while values[slot] != nil {
        if keys[slot] == key { return values[slot] }
        slot = (slot + 1) & mask
      }
      return nil
    }
    set {
      guard let newValue else { return }
      if (count + 1) * 2 > keys.count { grow() }
      var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
      while values[slot] != nil, keys[slot] != key { slot = (slot + 1) & mask }
      if values[slot] == nil { count += 1 }
      keys[slot] = key
      values[slot] = newValue
    }
  }

  /// Whether `key` is present (without copying its value).
  func contains(_ key: UInt64) -> Bool {
    var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
    while values[slot] != nil {
      if keys[slot] == key { return true }
      slot = (slot + 1) & mask
    }
    return false
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    values = [Value?](repeating: nil, count: oldKeys.count * 2)
    mask = keys.count - 1
    count = 0
    for (key, value) in zip(oldKeys, oldValues) {
      if let value { self[key] = value }
    }
  }
}
