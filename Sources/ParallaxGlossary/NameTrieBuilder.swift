import Foundation
import ParallaxText

extension GlossaryNameIndex {
  /// The growing trie while `GlossaryNameIndex.init` reads the entries.
  struct Builder {
    /// The distinct folded words, numbered.
    var words: ByteKeyTable
    var parents: [Int32] = [-1]
    var nodeWords: [Int32] = [-1]
    /// Per word, the root's child by it (0: none).
    var rootChildren: [Int32] = []
    var edges: TrieEdges
    /// (node, posting) in glossary order.
    var postings: [(Int32, Posting)] = []
    var hasCombiningKeys = false
    /// The non-ASCII words as written met so far (names share first names and words), and
    /// per such word the number of its folded form: each is folded once.
    private var written: ByteKeyTable
    private var writtenFolded: [Int32] = []

    /// An empty trie with room for the variants of about `expectedEntries` entries.
    init(expectedEntries: Int) {
      // About 1.1 distinct words and 3.4 nodes per concept in a generated glossary.
      words = ByteKeyTable(capacity: expectedEntries + expectedEntries / 4)
      written = ByteKeyTable(capacity: expectedEntries)
      edges = TrieEdges(capacity: expectedEntries * 3)
      parents.reserveCapacity(expectedEntries * 4)
      nodeWords.reserveCapacity(expectedEntries * 4)
      rootChildren.reserveCapacity(expectedEntries + expectedEntries / 4)
    }

    /// The words of the entry being added (its languages repeat most of them): their bytes
    /// as written one after the other, and per word its end there and its number. Looked up
    /// in place, they spare a probe of the large tables.
    private var entryBytes: [UInt8] = []
    private var entryWords: [(end: Int, number: Int)] = []

    /// Forgets the words of the entry before.
    mutating func startEntry() {
      entryBytes.removeAll(keepingCapacity: true)
      entryWords.removeAll(keepingCapacity: true)
    }

    /// The tokens of the variant being added, reused from variant to variant.
    private var tokens: [Token] = []

    /// Lower-cased ASCII words, reused from word to word.
    private var scratch = [UInt8](repeating: 0, count: 64)

    /// Adds the variant of UTF-8 `bytes` as its folded tokens; returns its last node (nil when it has no token)
    /// and its posting flags.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) -> (node: Int?, flags: UInt8) {
      let acronym = NameKeys.isAcronym(utf8: bytes)
      var tokens = self.tokens
      self.tokens = []
      defer { self.tokens = tokens }
      Tokenizer.tokens(utf8: bytes, into: &tokens)
      guard let first = tokens.first else { return (nil, 0) }
      var node = 0
      for token in tokens {
        node = child(node, word(UnsafeBufferPointer(rebasing: bytes[token.utf8Range])))
      }
      var flags: UInt8 = first.isCapitalized ? Posting.capitalized : 0
      if acronym { flags |= Posting.acronym }
      return (node, flags)
    }

    /// The number of the folded form of `word` (`TextFolding.fold`; ASCII is lower-cased on
    /// the spot, other words folded once and remembered).
    private mutating func word(_ word: UnsafeBufferPointer<UInt8>) -> Int {
      var start = 0
      for known in entryWords {
        if known.end - start == word.count,
          entryBytes[start..<known.end].elementsEqual(word)
        {
          return known.number
        }
        start = known.end
      }
      let number = newWord(word)
      entryBytes.append(contentsOf: word)
      entryWords.append((entryBytes.count, number))
      return number
    }

    /// `word(_:)` of a word not met in the entry.
    private mutating func newWord(_ word: UnsafeBufferPointer<UInt8>) -> Int {
      if !word.contains(where: { $0 >= 0x80 }) {
        if scratch.count < word.count { scratch = [UInt8](repeating: 0, count: word.count) }
        var lowered = scratch
        scratch = []
        defer { scratch = lowered }
        for (index, byte) in word.enumerated() {
          lowered[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        return lowered.withUnsafeBufferPointer {
          folded(UnsafeBufferPointer(rebasing: $0[0..<word.count]))
        }
      }
      let hash = ByteKeyTable.hash(word)
      if let known = written.find(word, hash: hash) { return Int(writtenFolded[known]) }
      var key = TextFolding.fold(String(decoding: word, as: UTF8.self))
      if Self.hasCombining(key) {
        hasCombiningKeys = true
        key = key.precomposedStringWithCanonicalMapping
      }
      let number = key.withUTF8 { folded($0) }
      _ = written.add(word, hash: hash)
      writtenFolded.append(Int32(number))
      return number
    }

    /// The number of the folded word `bytes`, numbered when new.
    private mutating func folded(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
      let number = words.intern(bytes)
      if number == rootChildren.count { rootChildren.append(0) }
      return number
    }

    /// The child of `node` by the word `word`, added when missing.
    private mutating func child(_ node: Int, _ word: Int) -> Int {
      let next = parents.count
      if node == 0 {
        if rootChildren[word] != 0 { return Int(rootChildren[word]) }
        rootChildren[word] = Int32(next)
      } else {
        let (child, added) = edges.child(node, word, orAdd: next)
        if !added { return child }
      }
      parents.append(Int32(node))
      nodeWords.append(Int32(word))
      return next
    }

    /// Whether `key` holds a combining mark (a key that may have another canonically
    /// equivalent spelling).
    static func hasCombining(_ key: String) -> Bool {
      // An ASCII key has none; its bytes are read in place (iterating `key.utf8` checks the
      // string's form at every byte).
      let ascii = key.utf8.withContiguousStorageIfAvailable { bytes in
        !bytes.contains { $0 >= 0x80 }
      }
      if ascii ?? !key.utf8.contains(where: { $0 >= 0x80 }) { return false }
      return key.unicodeScalars.contains {
        $0.value >= 0x300 && $0.properties.canonicalCombiningClass != .notReordered
      }
    }
  }
}
