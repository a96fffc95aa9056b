import Foundation

/// The size limit and the hash of `WordTable`, which do not depend on its payload.
package enum WordTables {
  /// The most words with an id; later new words get id -1 (unknown to per-report tables).
  package static let limit = 200_000

  /// The FNV-1a hash of `word`.
  @inline(__always)
  package static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }
}

/// The distinct tokens of a report as written, each with its folded form, mask and id
/// (numbered from 0 in order of first sight), keyed by their UTF-8 bytes: the part of a
/// `WordTable` that does not depend on its payload.
///
/// An open-addressing table with a 64-bit FNV-1a hash of the bytes: cheaper than a
/// `Dictionary<String, …>`, which hashes every token with SipHash after a normalization check.
/// Equal bytes are equal words (paragraphs are NFC-normalized upstream). Not generic, so
/// that a look-up from another module never asks the runtime for a generic type's metadata
/// (`FoldedTokens` reads every token of a paragraph through it).
package struct WordIndex: Sendable {
  /// Per slot, the high 32 bits of its entry's hash and, below them, the entry number + 1
  /// (0: empty): one load per probe, one cache line.
  private var slots: [UInt64]
  /// Per entry, its folded form and mask.
  private var entries: [(folded: String, mask: UInt32)] = []
  /// The entries' bytes, one after the other; entry `i` is `bytes[ends[i - 1]..<ends[i]]`.
  private var bytes: [UInt8] = []
  private var ends: [Int] = []

  /// An empty index with room for about `capacity` words before it grows.
  package init(capacity: Int = 64) {
    var size = 64
    while size < capacity * 2 { size *= 2 }
    slots = [UInt64](repeating: 0, count: size)
    entries.reserveCapacity(capacity)
    ends.reserveCapacity(capacity)
    // Words of news copy average under eight bytes: room for them without regrowing.
    bytes.reserveCapacity(capacity * 8)
  }

  /// An index with no slots, which allocates nothing: the stand-in left in a table while its
  /// index is moved out to be read and written (`swap`). It is never searched.
  package static var standIn: WordIndex { WordIndex(slots: []) }

  private init(slots: [UInt64]) {
    self.slots = slots
  }

  /// The number of distinct words with an id.
  package var count: Int { entries.count }

  /// The folded form, mask and id of `word` (its bytes), if it was seen.
  package func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (String, UInt32, Int32)? {
    guard let id = id(of: word, hash: hash) else { return nil }
    let entry = Int(id)
    return (entries[entry].folded, entries[entry].mask, id)
  }

  /// The id of `word` (its bytes), if it was seen: `find` without the folded form and mask,
  /// for a reader that keeps what it needs of a word by id (the figure path).
  package func id(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    let tag = hash >> 32
    while true {
      let stored = slots[slot]
      if stored == 0 { return nil }
      if stored >> 32 == tag {
        let entry = Int(stored & 0xFFFF_FFFF) - 1
        if equals(entry, word) { return Int32(entry) }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Adds `word` (not yet in the index) and returns its id, or -1 past `WordTables.limit`.
  package mutating func insert(
    _ word: UnsafeBufferPointer<UInt8>, hash: UInt64, folded: String, mask: UInt32
  ) -> Int32 {
    guard entries.count < WordTables.limit else { return -1 }
    if (entries.count + 1) * 2 > slots.count { grow() }
    let id = entries.count
    entries.append((folded, mask))
    bytes.append(contentsOf: word)
    ends.append(bytes.count)
    place(entry: id, hash: hash)
    return Int32(id)
  }

  private func equals(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
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

  private mutating func place(entry: Int, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = (hash >> 32) << 32 | UInt64(entry + 1)
  }

  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    for entry in ends.indices {
      let start = entry == 0 ? 0 : ends[entry - 1]
      let hash = bytes.withUnsafeBufferPointer {
        WordTables.hash(UnsafeBufferPointer(rebasing: $0[start..<ends[entry]]))
      }
      place(entry: entry, hash: hash)
    }
  }
}

/// The distinct tokens of a report as written (`WordIndex`: folded form, mask, id) and what
/// a later stage keeps for each (`Payload`, by id).
package struct WordTable<Payload: Sendable>: Sendable {
  /// The most words with an id (`WordTables.limit`).
  package static var limit: Int { WordTables.limit }

  /// The words, their folded forms, masks and ids.
  package var index: WordIndex
  /// Per entry (by the id the table gave), its payload.
  package private(set) var payloads: [Payload] = []

  /// An empty table with room for about `capacity` words before it grows.
  package init(capacity: Int = 64) {
    index = WordIndex(capacity: capacity)
    payloads.reserveCapacity(capacity)
  }

  /// The number of distinct words with an id.
  package var count: Int { index.count }

  /// The FNV-1a hash of `word` (`WordTables.hash`).
  @inline(__always)
  package static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 { WordTables.hash(word) }

  /// The folded form, mask and id of `word` (its bytes), if it was seen.
  package func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (String, UInt32, Int32)? {
    index.find(word, hash: hash)
  }

  /// Adds `word` (not yet in the table) and returns its id, or -1 past `limit`.
  package mutating func insert(
    _ word: UnsafeBufferPointer<UInt8>, hash: UInt64, folded: String, mask: UInt32,
    payload: Payload
  ) -> Int32 {
    let id = index.insert(word, hash: hash, folded: folded, mask: mask)
    if id >= 0 { payloads.append(payload) }
    return id
  }

  /// Adds the payloads of the words `index` took since it held `count` words, in order
  /// (`payloads` holds one per word taken and maybe more: words past the limit got none).
  package mutating func appendPayloads(_ added: [Payload], since count: Int) {
    payloads.append(contentsOf: added.prefix(index.count - count))
  }
}
