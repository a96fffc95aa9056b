import Foundation
import ParallaxText

extension GlossaryNameIndex {
  /// The growing trie while `GlossaryNameIndex.init` reads the entries.
  struct Builder {
    var parents: [Int32] = [-1]
    var keyStarts: [UInt32] = [0, 0]
    var arena: [UInt8] = []
    var slots: [UInt64]
    /// (node, posting) in glossary order.
    var postings: [(Int32, Posting)] = []
    var hasCombiningKeys = false
    /// Folded forms of the non-ASCII words met so far (names share first names and words).
    private var folded = FoldCache()

    /// An empty trie with edge slots for about `expectedNodes` nodes.
    init(expectedNodes: Int) {
      var count = 1 << 12
      while count < expectedNodes * 2 { count <<= 1 }
      slots = [UInt64](repeating: 0, count: count)
      parents.reserveCapacity(expectedNodes)
      keyStarts.reserveCapacity(expectedNodes + 1)
      arena.reserveCapacity(expectedNodes * 8)
    }

    /// The tokens of the variant being added, reused from variant to variant.
    private var tokens: [Token] = []

    /// Lower-cased ASCII words, reused from word to word.
    private var scratch = [UInt8](repeating: 0, count: 64)

    /// Adds `variant` as its folded tokens; returns its last node (nil when it has no token)
    /// and its posting flags.
    mutating func add(_ variant: String) -> (node: Int?, flags: UInt8) {
      var variant = variant
      let acronym = NameKeys.isAcronym(variant)
      var tokens = self.tokens
      self.tokens = []
      defer { self.tokens = tokens }
      return variant.withUTF8 { bytes in
        Tokenizer.tokens(utf8: bytes, into: &tokens)
        guard let first = tokens.first else { return (nil, 0) }
        var node = 0
        for token in tokens {
          node = addWord(UnsafeBufferPointer(rebasing: bytes[token.utf8Range]), under: node)
        }
        var flags: UInt8 = first.isCapitalized ? Posting.capitalized : 0
        if acronym { flags |= Posting.acronym }
        return (node, flags)
      }
    }

    /// Adds the folded form of `word` under `node` (`TextFolding.fold`; ASCII is lower-cased
    /// on the spot, other words folded once and remembered).
    private mutating func addWord(_ word: UnsafeBufferPointer<UInt8>, under node: Int) -> Int {
      if !word.contains(where: { $0 >= 0x80 }) {
        if scratch.count < word.count { scratch = [UInt8](repeating: 0, count: word.count) }
        var lowered = scratch
        scratch = []
        defer { scratch = lowered }
        for (index, byte) in word.enumerated() {
          lowered[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        return lowered.withUnsafeBufferPointer {
          insert(UnsafeBufferPointer(rebasing: $0[0..<word.count]), under: node)
        }
      }
      let hash = FoldCache.hash(word)
      var key: String
      if let known = folded.find(word, hash: hash) {
        key = known
      } else {
        key = TextFolding.fold(String(decoding: word, as: UTF8.self))
        if Self.hasCombining(key) {
          hasCombiningKeys = true
          key = key.precomposedStringWithCanonicalMapping
        }
        folded.insert(word, hash: hash, key)
      }
      return key.withUTF8 { insert($0, under: node) }
    }

    /// The child of `node` by the key `bytes`, added when missing.
    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, under node: Int) -> Int {
      var hash = Self.seed(node)
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
      if let found = find(node, bytes, hash: hash) { return found }
      let child = parents.count
      parents.append(Int32(node))
      arena.append(contentsOf: bytes)
      keyStarts.append(UInt32(arena.count))
      if (child + 1) * 2 > slots.count {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for other in 1..<child { place(other, hash: self.hash(other)) }
      }
      place(child, hash: hash)
      return child
    }

    private func find(_ node: Int, _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      let tag = hash >> 32
      return arena.withUnsafeBufferPointer { arena in
        while true {
          let stored = slots[slot]
          if stored == 0 { return nil }
          if stored >> 32 == tag {
            let child = Int(stored & 0xFFFF_FFFF) - 1
            let start = Int(keyStarts[child])
            if Int(parents[child]) == node, Int(keyStarts[child + 1]) - start == bytes.count,
              UnsafeBufferPointer(rebasing: arena[start..<start + bytes.count]).elementsEqual(bytes)
            {
              return child
            }
          }
          slot = (slot + 1) & mask
        }
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
