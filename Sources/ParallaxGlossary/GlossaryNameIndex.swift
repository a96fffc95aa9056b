import Foundation
import ParallaxText

/// Every variant of a glossary, in every language, as one phrase trie over folded tokens:
/// built once per glossary (lazily, by `Glossary.nameIndex`) and shared by all languages.
///
/// A node's postings say which variants end there: the entry, the variant's language and
/// its rank in that language's cell, and whether it is capitalized or an acronym. The trie
/// holds the variants as written (folded); a reader that matches inflected forms (case
/// endings, clitics, agreeing adjectives) derives the written forms' keys from the text and
/// walks the trie with `child(_:_:)`, so no language adds forms to the index.
///
/// Each distinct folded word has a number (`ByteKeyTable`); an edge is a (parent, word
/// number) pair, found in an array for the root's children and in one open-addressing table
/// below (`TrieEdges`), so a node costs a few integers, not a dictionary.
package struct GlossaryNameIndex: Sendable {
  /// One variant ending at a node.
  package struct Posting: Sendable, Hashable {
    /// The entry's position in `Glossary.entries`.
    package var entry: Int32
    /// The variant's language: its position in `languages`.
    package var language: UInt16
    /// The variant's rank among the entry's variants in that language (0: preferred).
    package var rank: UInt16
    /// `Posting.capitalized`, `Posting.acronym`.
    package var flags: UInt8

    /// The variant's first word is capitalized.
    package static let capitalized: UInt8 = 1
    /// The variant is an acronym (`NameKeys.isAcronym`).
    package static let acronym: UInt8 = 2

    /// Whether the variant's first word is capitalized.
    package var isCapitalized: Bool { flags & Self.capitalized != 0 }
    /// Whether the variant is an acronym.
    package var isAcronym: Bool { flags & Self.acronym != 0 }
  }

  /// The language codes of the glossary's variants, sorted; postings refer to them by
  /// position.
  package let languages: [String]
  /// Per entry, a bit per language of `languages` (the first 64) that the entry has terms
  /// in.
  package let entryLanguages: [UInt64]
  /// The distinct folded words of the variants, by number.
  private let words: ByteKeyTable
  private let parents: [Int32]
  /// Per node, the number of the word on the edge into it (-1 for the root).
  private let nodeWords: [Int32]
  /// Per word, the root's child by it (0: none; the root is nobody's child).
  private let rootChildren: [Int32]
  /// The edges below the root.
  private let edges: TrieEdges
  /// Node `n`'s postings are `postings[postingStarts[n]..<postingStarts[n + 1]]`, in the
  /// order of the glossary (entry, then language, then rank).
  private let postingStarts: [Int32]
  private let postings: [Posting]
  /// Whether some key holds a combining mark (then keys are compared in NFC too).
  private let hasCombiningKeys: Bool
  /// The entries indexed.
  private let table: GlossaryTable

  /// The number of nodes (the root included).
  package var nodeCount: Int { parents.count }

  /// Indexes every variant of the entries of `table`.
  package init(table: GlossaryTable) {
    let count = table.count
    var builder = Builder(expectedEntries: count)
    // The languages that have terms, sorted; per table slot, its position among them.
    let used = table.usedLanguages()
    let languages = used.map { table.languages[$0] }.sorted()
    var positions = [Int](repeating: 0, count: table.languages.count)
    for slot in used { positions[slot] = languages.firstIndex(of: table.languages[slot]) ?? 0 }
    var variantCount = 0
    for position in 0..<count {
      variantCount += Int(table.termEnds[position] - table.termStarts[position])
    }
    builder.postings.reserveCapacity(variantCount)
    var entryLanguages = [UInt64](repeating: 0, count: count)
    // The variants of the entry so far: most languages repeat a spelling of another.
    var seen: [(text: GlossaryTable.Text, node: Int, flags: UInt8)] = []
    // The entry's cells (runs of one language in the term table), in language code order.
    var cells: [(language: Int, terms: Range<Int>)] = []
    let texts = table.termTexts
    let termLanguages = table.termLanguages
    table.withBytes { bytes in
      let text = { (text: GlossaryTable.Text) in
        UnsafeBufferPointer(rebasing: bytes[Int(text.start)..<Int(text.start + text.count)])
      }
      for position in 0..<count {
        seen.removeAll(keepingCapacity: true)
        builder.startEntry()
        cells.removeAll(keepingCapacity: true)
        var term = Int(table.termStarts[position])
        let end = Int(table.termEnds[position])
        while term < end {
          let slot = termLanguages[term]
          var next = term + 1
          while next < end, termLanguages[next] == slot { next += 1 }
          let language = positions[Int(slot)]
          let at = cells.firstIndex { $0.language > language } ?? cells.count
          cells.insert((language, term..<next), at: at)
          term = next
        }
        for (language, terms) in cells {
          if language < 64 { entryLanguages[position] |= 1 << UInt64(language) }
          for term in terms {
            let variant = text(texts[term])
            let made: (node: Int, flags: UInt8)
            if let known = seen.first(where: { text($0.text).elementsEqual(variant) }) {
              made = (known.node, known.flags)
            } else {
              let (node, flags) = builder.add(variant)
              made = (node ?? -1, flags)
              seen.append((texts[term], made.node, made.flags))
            }
            guard made.node >= 0 else { continue }
            builder.postings.append(
              (
                Int32(made.node),
                Posting(
                  entry: Int32(position), language: UInt16(language),
                  rank: UInt16(clamping: term - terms.lowerBound), flags: made.flags)
              ))
          }
        }
      }
    }
    self.table = table
    self.languages = languages
    self.entryLanguages = entryLanguages
    words = builder.words
    parents = builder.parents
    nodeWords = builder.nodeWords
    rootChildren = builder.rootChildren
    edges = builder.edges
    hasCombiningKeys = builder.hasCombiningKeys
    // Postings by node (a stable counting sort), each node's in glossary order.
    let nodes = builder.parents.count
    var starts = [Int32](repeating: 0, count: nodes + 1)
    for (node, _) in builder.postings { starts[Int(node) + 1] += 1 }
    for node in 0..<nodes { starts[node + 1] += starts[node] }
    var next = starts
    var sorted = [Posting](
      repeating: Posting(entry: 0, language: 0, rank: 0, flags: 0), count: builder.postings.count)
    for (node, posting) in builder.postings {
      sorted[Int(next[Int(node)])] = posting
      next[Int(node)] += 1
    }
    postingStarts = starts
    postings = sorted
  }

  /// The root node.
  package static let root = 0

  /// The child of `node` by the folded token `key`, if any.
  package func child(_ node: Int, _ key: String) -> Int? {
    if let found = exactChild(node, key) { return found }
    guard hasCombiningKeys || Builder.hasCombining(key) else { return nil }
    let composed = key.precomposedStringWithCanonicalMapping
    return composed.utf8.elementsEqual(key.utf8) ? nil : exactChild(node, composed)
  }

  private func exactChild(_ node: Int, _ key: String) -> Int? {
    var key = key
    let word = key.withUTF8 { words.find($0, hash: ByteKeyTable.hash($0)) }
    guard let word else { return nil }
    if node == Self.root {
      let child = rootChildren[word]
      return child == 0 ? nil : Int(child)
    }
    return edges.child(node, word)
  }

  /// The key of the edge into `node` ("" for the root).
  package func key(_ node: Int) -> String {
    guard node != Self.root else { return "" }
    return String(decoding: words.bytes(Int(nodeWords[node])), as: UTF8.self)
  }

  /// The variants ending at `node`, in glossary order.
  package func postings(_ node: Int) -> ArraySlice<Posting> {
    postings[Int(postingStarts[node])..<Int(postingStarts[node + 1])]
  }

  /// The node of the phrase `keys` (folded tokens), if some variant starts with it.
  package func node(_ keys: [String]) -> Int? {
    var node = Self.root
    for key in keys {
      guard let next = child(node, key) else { return nil }
      node = next
    }
    return node
  }

  /// Whether the entry at `entry` has terms in the language at position `language`.
  package func entry(_ entry: Int, has language: Int) -> Bool {
    if language < 64 { return entryLanguages[entry] & (1 << UInt64(language)) != 0 }
    let code = languages[language]
    return (Int(table.termStarts[entry])..<Int(table.termEnds[entry])).contains {
      table.languages[Int(table.termLanguages[$0])] == code
    }
  }
}
