import Foundation
import ParallaxText

extension GlossaryNameIndex {
  /// The growing trie while `GlossaryNameIndex.init` reads the entries.
  struct Builder {
    var parents: [Int32] = [-1]
    var keyStarts: [UInt32] = [0, 0]
    var arena: [UInt8] = []
    var slots = [UInt64](repeating: 0, count: 1 << 12)
    /// (node, posting) in glossary order.
    var postings: [(Int32, Posting)] = []
    var hasCombiningKeys = false
    /// Folded forms of the non-ASCII words met so far (names share first names and words).
    private var folded = FoldCache()

    /// The folded token keys of `variant` and its posting flags.
    mutating func keys(of variant: String) -> (keys: [String], flags: UInt8) {
      var variant = variant
      let acronym = NameKeys.isAcronym(variant)
      return variant.withUTF8 { bytes in
        let tokens = Tokenizer.tokens(utf8: bytes)
        guard let first = tokens.first else { return ([], 0) }
        var keys: [String] = []
        keys.reserveCapacity(tokens.count)
        for token in tokens {
          keys.append(key(UnsafeBufferPointer(rebasing: bytes[token.utf8Range])))
        }
        var flags: UInt8 = first.isCapitalized ? Posting.capitalized : 0
        if acronym { flags |= Posting.acronym }
        return (keys, flags)
      }
    }

    /// The folded form of a word (`TextFolding.fold`: ASCII is lowercased on the spot).
    private mutating func key(_ word: UnsafeBufferPointer<UInt8>) -> String {
      if !word.contains(where: { $0 >= 0x80 }) {
        return String(unsafeUninitializedCapacity: word.count) { buffer in
          for (index, byte) in word.enumerated() {
            buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          }
          return word.count
        }
      }
      let hash = FoldCache.hash(word)
      if let known = folded.find(word, hash: hash) { return known }
      var key = TextFolding.fold(String(decoding: word, as: UTF8.self))
      if Self.hasCombining(key) {
        hasCombiningKeys = true
        key = key.precomposedStringWithCanonicalMapping
      }
      folded.insert(word, hash: hash, key)
      return key
    }

    /// Adds the phrase `keys`; returns its last node.
    mutating func insert(_ keys: [String]) -> Int {
      var node = 0
      for key in keys {
        if let next = find(node, key) {
          node = next
          continue
        }
        let child = parents.count
        parents.append(Int32(node))
        arena.append(contentsOf: key.utf8)
        keyStarts.append(UInt32(arena.count))
        if (child + 1) * 2 > slots.count {
          slots = [UInt64](repeating: 0, count: slots.count * 2)
          for other in 1..<child { place(other, hash: hash(other)) }
        }
        place(child, hash: hash(child))
        node = child
      }
      return node
    }

    private func find(_ node: Int, _ key: String) -> Int? {
      var hash = Self.seed(node)
      for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      let tag = hash >> 32
      while true {
        let stored = slots[slot]
        if stored == 0 { return nil }
        if stored >> 32 == tag {
          let child = Int(stored & 0xFFFF_FFFF) - 1
          if Int(parents[child]) == node,
            arena[Int(keyStarts[child])..<Int(keyStarts[child + 1])].elementsEqual(key.utf8)
          {
            return child
          }
        }
        slot = (slot + 1) & mask
      }
    }

    /// The hash of the edge into `child`, from its parent and key bytes.
    private func hash(_ child: Int) -> UInt64 {
      var hash = Self.seed(Int(parents[child]))
      for index in Int(keyStarts[child])..<Int(keyStarts[child + 1]) {
        hash = (hash ^ UInt64(arena[index])) &* 0x0000_0100_0000_01B3
      }
      return hash
    }

    private mutating func place(_ child: Int, hash: UInt64) {
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = (hash >> 32) << 32 | UInt64(child + 1)
    }

    /// The FNV-1a start of an edge's hash from `node`.
    static func seed(_ node: Int) -> UInt64 {
      0xcbf2_9ce4_8422_2325 ^ (UInt64(truncatingIfNeeded: node) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Whether `key` holds a combining mark (a key that may have another canonically
    /// equivalent spelling).
    static func hasCombining(_ key: String) -> Bool {
      for byte in key.utf8 where byte >= 0x80 {
        return key.unicodeScalars.contains {
          $0.value >= 0x300 && $0.properties.canonicalCombiningClass != .notReordered
        }
      }
      return false
    }
  }
}
