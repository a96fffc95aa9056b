/// The edges of a name trie below its root: (parent node, word number) → child node, in one
/// open-addressing table whose slots hold the whole key beside the child. A probe compares
/// the whole key, so it is exact, and costs one memory access, not a hop to the child's
/// record and to its key's bytes. (The root's edges are an array indexed by word number.)
struct TrieEdges: Sendable {
  private struct Slot: Sendable {
    /// The parent node in the high 32 bits, the word number below.
    var key: UInt64
    /// The child node; 0 (the root, nobody's child) marks an empty slot.
    var child: Int32
  }

  private var slots: [Slot]
  private var count = 0

  /// An empty table with room for about `capacity` edges before it grows.
  init(capacity: Int) {
    var size = 1 << 10
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(key: 0, child: 0), count: size)
  }

  @inline(__always)
  private static func key(_ parent: Int, _ word: Int) -> UInt64 {
    UInt64(truncatingIfNeeded: parent) << 32 | UInt64(truncatingIfNeeded: word)
  }

  @inline(__always)
  private func home(_ key: UInt64) -> Int {
    // Fibonacci hashing: the high bits of the product, as many as the table needs.
    let bits = UInt64(slots.count.trailingZeroBitCount)
    return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
  }

  /// The child of `parent` by word `word`, if any.
  func child(_ parent: Int, _ word: Int) -> Int? {
    let key = Self.key(parent, word)
    let mask = slots.count - 1
    var slot = home(key)
    while true {
      let stored = slots[slot]
      if stored.child == 0 { return nil }
      if stored.key == key { return Int(stored.child) }
      slot = (slot + 1) & mask
    }
  }

  /// The child of `parent` by word `word`; when there is none, `next` becomes it (and
  /// `added` is true).
  mutating func child(_ parent: Int, _ word: Int, orAdd next: Int) -> (child: Int, added: Bool) {
    let key = Self.key(parent, word)
    let mask = slots.count - 1
    var slot = home(key)
    while true {
      let stored = slots[slot]
      if stored.child == 0 { break }
      if stored.key == key { return (Int(stored.child), false) }
      slot = (slot + 1) & mask
    }
    slots[slot] = Slot(key: key, child: Int32(next))
    count += 1
    if count * 2 > slots.count { grow() }
    return (next, true)
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(key: 0, child: 0), count: old.count * 2)
    let mask = slots.count - 1
    for stored in old where stored.child != 0 {
      var slot = home(stored.key)
      while slots[slot].child != 0 { slot = (slot + 1) & mask }
      slots[slot] = stored
    }
  }
}
