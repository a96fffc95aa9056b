/// The slot number of each (source, target) word pair the lexicon learner has seen, in an
/// open-addressing table keyed by the pair packed in 64 bits: one multiplication to hash a
/// key instead of `Hasher`'s SipHash, which was a fifth of the learner's time.
struct PairSlots {
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private var shift: UInt64
  /// The slot of the one key equal to `empty` (ids -1 and -1), kept aside.
  private var emptyKeySlot: Int32?
  /// How many pairs are stored.
  private(set) var count = 0

  /// An empty table with room for `capacity` pairs before it grows.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: Self.empty, count: size)
    values = [Int32](repeating: 0, count: size)
    mask = size - 1
    shift = UInt64(64 - size.trailingZeroBitCount)
  }

  /// The mark of a free place (a real key equal to it is kept in `emptyKeySlot`).
  private static let empty = UInt64.max

  /// The pair of word ids `source` and `target` as one key.
  static func key(_ source: Int32, _ target: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: source)) << 32 | UInt64(UInt32(bitPattern: target))
  }

  @inline(__always)
  private func home(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The slot of `key`, or `next` stored as its slot when the key is new.
  mutating func slot(_ key: UInt64, orAdd next: Int32) -> (slot: Int32, added: Bool) {
    if key == Self.empty {
      if let known = emptyKeySlot { return (known, false) }
      emptyKeySlot = next
      count += 1
      return (next, true)
    }
    var index = home(key)
    while true {
      let found = keys[index]
      if found == key { return (values[index], false) }
      if found == Self.empty { break }
      index = (index + 1) & mask
    }
    keys[index] = key
    values[index] = next
    count += 1
    if count * 2 > keys.count { grow() }
    return (next, true)
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    let size = keys.count * 2
    keys = [UInt64](repeating: Self.empty, count: size)
    values = [Int32](repeating: 0, count: size)
    mask = size - 1
    shift = UInt64(64 - size.trailingZeroBitCount)
    for (index, key) in oldKeys.enumerated() where key != Self.empty {
      var position = home(key)
      while keys[position] != Self.empty { position = (position + 1) & mask }
      keys[position] = key
      values[position] = oldValues[index]
    }
  }
}
