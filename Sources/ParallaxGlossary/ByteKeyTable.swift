/// Distinct byte strings (the folded words of a name index, the words as written while it is
/// built), numbered from 0 in order of first sight: one open-addressing table over a byte
/// arena. A `Dictionary<String, …>` hashes every key with SipHash after a normalization
/// check, which cost more than the folding it saved.
///
/// In the arena each key's number and length precede its bytes, so a probe whose hash bits
/// match reads one place (number, length and bytes on one cache line for a word), and
/// compares the bytes: two keys with one hash stay two keys (`GlossaryIndexTests` adds a
/// pair with one hash).
struct ByteKeyTable: Sendable {
  /// Per key: its number and its length (4 bytes each, little-endian), then its bytes.
  private var arena: [UInt8] = []
  /// Per key, where its record starts in `arena`.
  private var records: [UInt32] = []
  /// Per slot: the high 32 bits of the key's hash, and below them its record's offset + 1
  /// (0: empty).
  private var slots: [UInt64]

  /// The bytes before a key's own: its number and its length.
  private static let header = 8

  /// An empty table with room for about `capacity` keys before it grows.
  init(capacity: Int) {
    var size = 1 << 10
    while size < capacity * 2 { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
    records.reserveCapacity(capacity)
    arena.reserveCapacity(capacity * (Self.header + 10))
  }

  /// The number of keys.
  var count: Int { records.count }

  /// The FNV-1a hash of `bytes`.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }

  /// The number of `bytes`, if it is a key (`hash` its hash).
  func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    let tag = hash >> 32
    return arena.withUnsafeBytes { arena in
      while true {
        let stored = slots[slot]
        if stored == 0 { return nil }
        if stored >> 32 == tag {
          let record = Int(stored & 0xFFFF_FFFF) - 1
          let length = Int(arena.loadUnaligned(fromByteOffset: record + 4, as: UInt32.self))
          let start = record + Self.header
          if length == bytes.count, Self.holds(arena, bytes, at: start) {
            return Int(arena.loadUnaligned(fromByteOffset: record, as: UInt32.self))
          }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Whether `arena` holds `bytes` at `start`, compared byte by byte in place (the
  /// generic `elementsEqual` of two buffer types walked both through iterators).
  @inline(__always)
  private static func holds(
    _ arena: UnsafeRawBufferPointer, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> Bool {
    for offset in 0..<bytes.count where arena[start + offset] != bytes[offset] { return false }
    return true
  }

  /// Adds `bytes` (not a key yet, `hash` its hash) and returns its number.
  mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let key = count
    let record = arena.count
    withUnsafeBytes(of: UInt32(key).littleEndian) { arena.append(contentsOf: $0) }
    withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { arena.append(contentsOf: $0) }
    arena.append(contentsOf: bytes)
    records.append(UInt32(record))
    if (key + 1) * 2 > slots.count {
      slots = [UInt64](repeating: 0, count: slots.count * 2)
      for other in 0..<key { place(Int(records[other]), hash: Self.hash(self.bytes(other))) }
    }
    place(record, hash: hash)
    return key
  }

  /// The number of `bytes`, added when it is no key yet.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = Self.hash(bytes)
    return find(bytes, hash: hash) ?? add(bytes, hash: hash)
  }

  /// The bytes of key `key`.
  func bytes(_ key: Int) -> ArraySlice<UInt8> {
    let start = Int(records[key]) + Self.header
    let end = key + 1 < records.count ? Int(records[key + 1]) : arena.count
    return arena[start..<end]
  }

  private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.withUnsafeBufferPointer { hash($0) }
  }

  private mutating func place(_ record: Int, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = (hash >> 32) << 32 | UInt64(record + 1)
  }
}
