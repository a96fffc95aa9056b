import Foundation

/// The size limit and the hash of `WordTable`, which do not depend on its payload.
public enum WordTables {
  /// The most words with an id; later new words get id -1 (unknown to per-report tables).
  public static let limit = 200_000

  /// The FNV-1a hash of `word`.
  @inline(__always)
  public static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }
}

/// The distinct tokens of a report as written, each with its folded form, mask, id
/// (numbered from 0 in order of first sight) and what a later stage keeps for it
/// (`Payload`), keyed by their UTF-8 bytes.
///
/// An open-addressing table with a 64-bit FNV-1a hash of the bytes: cheaper than a
/// `Dictionary<String, …>`, which hashes every token with SipHash after a normalization check.
/// Equal bytes are equal words (paragraphs are NFC-normalized upstream).
///
/// Its methods are `@inlinable` so that a client module (the facts stage) gets them
/// specialized for its payload type: unspecialized, every look-up asks the runtime for the
/// generic type's metadata (13 % more instructions for the facts stage). This replaced the
/// `-cross-module-optimization` flag, which a versioned dependency may not use.
public struct WordTable<Payload: Sendable>: Sendable {
  /// The most words with an id (`WordTables.limit`).
  public static var limit: Int { WordTables.limit }

  /// Per slot, the high 32 bits of its entry's hash and, below them, the entry number + 1
  /// (0: empty): one load per probe, one cache line.
  @usableFromInline var slots: [UInt64]
  /// Per entry, its folded form and mask.
  @usableFromInline var entries: [(folded: String, mask: UInt32)] = []
  /// Per entry, its payload.
  @usableFromInline var payloads: [Payload] = []
  /// The entries' bytes, one after the other; entry `i` is `bytes[ends[i - 1]..<ends[i]]`.
  @usableFromInline var bytes: [UInt8] = []
  @usableFromInline var ends: [Int] = []

  /// An empty table with room for about `capacity` words before it grows.
  @inlinable
  public init(capacity: Int = 64) {
    var size = 64
    while size < capacity * 2 { size *= 2 }
    slots = [UInt64](repeating: 0, count: size)
    entries.reserveCapacity(capacity)
    payloads.reserveCapacity(capacity)
    ends.reserveCapacity(capacity)
    // Words of news copy average under eight bytes: room for them without regrowing.
    bytes.reserveCapacity(capacity * 8)
  }

  /// The number of distinct words with an id.
  @inlinable
  public var count: Int { entries.count }

  /// The FNV-1a hash of `word` (`WordTables.hash`).
  @inline(__always)
  public static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 { WordTables.hash(word) }

  /// The payload of entry `id` (an id this table gave).
  @inlinable @inline(__always)
  public func payload(_ id: Int) -> Payload { payloads[id] }

  /// The folded form, mask and id of `word` (its bytes), if it was seen.
  @inlinable
  public func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (String, UInt32, Int32)? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    let tag = hash >> 32
    while true {
      let stored = slots[slot]
      if stored == 0 { return nil }
      if stored >> 32 == tag {
        let entry = Int(stored & 0xFFFF_FFFF) - 1
        if equals(entry, word) {
          return (entries[entry].folded, entries[entry].mask, Int32(entry))
        }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Adds `word` (not yet in the table) and returns its id, or -1 past `limit`.
  @inlinable
  public mutating func insert(
    _ word: UnsafeBufferPointer<UInt8>, hash: UInt64, folded: String, mask: UInt32,
    payload: Payload
  ) -> Int32 {
    guard entries.count < Self.limit else { return -1 }
    if (entries.count + 1) * 2 > slots.count { grow() }
    let id = entries.count
    entries.append((folded, mask))
    payloads.append(payload)
    bytes.append(contentsOf: word)
    ends.append(bytes.count)
    place(entry: id, hash: hash)
    return Int32(id)
  }

  @inlinable
  func equals(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = entry == 0 ? 0 : ends[entry - 1]
    let end = ends[entry]
    guard end - start == word.count else { return false }
    guard let wordStart = word.baseAddress, !word.isEmpty else { return true }
    return bytes.withUnsafeBufferPointer { stored in
      guard let base = stored.baseAddress else { return false }
      // Most words are short: compare them in place, without calling memcmp.
      if word.count <= 16 {
        for offset in 0..<word.count where base[start + offset] != wordStart[offset] {
          return false
        }
        return true
      }
      return memcmp(base + start, wordStart, word.count) == 0
    }
  }

  @inlinable
  mutating func place(entry: Int, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = (hash >> 32) << 32 | UInt64(entry + 1)
  }

  @usableFromInline
  mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    for entry in ends.indices {
      let start = entry == 0 ? 0 : ends[entry - 1]
      let hash = bytes.withUnsafeBufferPointer {
        Self.hash(UnsafeBufferPointer(rebasing: $0[start..<ends[entry]]))
      }
      place(entry: entry, hash: hash)
    }
  }
}
