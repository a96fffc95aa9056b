/// Folded forms of words keyed by their UTF-8 bytes, for the index build: one open-addressing
/// table over a byte arena (hashing a `String` key normalizes it, which cost more than the
/// folding it saved).
struct FoldCache {
  private var arena: [UInt8] = []
  /// Per entry: where its bytes start in `arena`, how many, and its folded form.
  private var words: [(start: Int, count: Int, folded: String)] = []
  /// Per slot: the high 32 bits of the hash, and below them the entry + 1 (0: empty).
  private var slots = [UInt64](repeating: 0, count: 1 << 12)

  /// FNV-1a of `word`.
  static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }

  /// The folded form stored for `word`, if any.
  func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while true {
      let stored = slots[slot]
      if stored == 0 { return nil }
      if stored >> 32 == hash >> 32 {
        let entry = words[Int(stored & 0xFFFF_FFFF) - 1]
        if entry.count == word.count,
          arena[entry.start..<entry.start + entry.count].elementsEqual(word)
        {
          return entry.folded
        }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Stores the folded form of `word` (not yet stored).
  mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, _ folded: String) {
    words.append((arena.count, word.count, folded))
    arena.append(contentsOf: word)
    if words.count * 2 > slots.count {
      slots = [UInt64](repeating: 0, count: slots.count * 2)
      for (index, entry) in words.enumerated() {
        let bytes = arena[entry.start..<entry.start + entry.count]
        var again: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { again = (again ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        place(index, hash: again)
      }
    } else {
      place(words.count - 1, hash: hash)
    }
  }

  private mutating func place(_ index: Int, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = (hash >> 32) << 32 | UInt64(index + 1)
  }
}
