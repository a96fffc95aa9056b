import Foundation
import ParallaxText
import Testing

@testable import ParallaxGlossary

/// The shared name index against a plain reference model: every variant's folded words, as
/// a path from the root, lead to a node that lists exactly the variants written so, and the
/// index has one node per distinct path prefix.
@Suite struct GlossaryIndexStructureTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The folded words of a variant, as the index keys them.
  private static func keys(_ variant: String) -> [String] {
    Tokenizer.tokens(variant).map {
      TextFolding.fold($0.text(in: variant)).precomposedStringWithCanonicalMapping
    }
  }

  private static func checkAgainstReference(_ glossary: Glossary) throws {
    let index = glossary.nameIndex
    var expected: [[String]: [GlossaryNameIndex.Posting]] = [:]
    var prefixes = Set<[String]>()
    for (position, entry) in glossary.entries.enumerated() {
      for (slot, language) in index.languages.enumerated() {
        for (rank, variant) in (entry.terms[language] ?? []).enumerated() {
          let keys = Self.keys(variant)
          guard !keys.isEmpty else { continue }
          for length in 1...keys.count { prefixes.insert(Array(keys.prefix(length))) }
          var flags: UInt8 = Tokenizer.tokens(variant)[0].isCapitalized ? 1 : 0
          if NameKeys.isAcronym(variant) { flags |= 2 }
          expected[keys, default: []].append(
            GlossaryNameIndex.Posting(
              entry: Int32(position), language: UInt16(slot), rank: UInt16(rank), flags: flags))
        }
      }
    }
    #expect(index.nodeCount == prefixes.count + 1)
    for (keys, postings) in expected {
      let node = try #require(index.node(keys), "\(keys)")
      #expect(Array(index.postings(node)) == postings, "\(keys)")
      // Each edge reads back as its key.
      var walked = GlossaryNameIndex.root
      for key in keys {
        walked = try #require(index.child(walked, key))
        #expect(index.key(walked) == key)
      }
    }
    #expect(index.node(["zzqx-not-a-word"]) == nil)
  }

  @Test func aGeneratedGlossaryMatchesTheReference() throws {
    try Self.checkAgainstReference(
      try Glossary(text: GlossaryGenerator(concepts: 2_000, seed: 11).text(), path: "g.tsv"))
  }

  @Test func theShippedGlossariesMatchTheReference() throws {
    try Self.checkAgainstReference(
      try Glossary(folder: Self.root.appendingPathComponent("Glossaries")))
  }

  /// Two keys with one hash stay two keys: the bytes are compared, not only the hash.
  @Test func keysWithOneHashStayApart() {
    var table = ByteKeyTable(capacity: 4)
    let hash: UInt64 = 0x1234_5678_9ABC_DEF0
    let first = Array("alpha".utf8)
    let second = Array("beta".utf8)
    let third = Array("gamma".utf8)
    let a = first.withUnsafeBufferPointer { table.add($0, hash: hash) }
    let b = second.withUnsafeBufferPointer { table.add($0, hash: hash) }
    #expect(a != b)
    #expect(first.withUnsafeBufferPointer { table.find($0, hash: hash) } == a)
    #expect(second.withUnsafeBufferPointer { table.find($0, hash: hash) } == b)
    #expect(third.withUnsafeBufferPointer { table.find($0, hash: hash) } == nil)
    #expect(Array(table.bytes(b)) == second)
  }

  /// Keys of one length and one hash that differ in a single byte, first or last, stay
  /// apart (the bytes are compared in place, every one of them).
  @Test func keysOfOneLengthDifferingInOneByteStayApart() {
    var table = ByteKeyTable(capacity: 4)
    let hash: UInt64 = 0x0FED_CBA9_8765_4321
    let words = ["kumru", "kumrü", "xumru", "kumrv"].map { Array($0.utf8) }
    let numbers = words.map { word in word.withUnsafeBufferPointer { table.add($0, hash: hash) } }
    #expect(Set(numbers).count == words.count)
    for (word, number) in zip(words, numbers) {
      #expect(word.withUnsafeBufferPointer { table.find($0, hash: hash) } == number)
    }
    #expect(Array("kumr".utf8).withUnsafeBufferPointer { table.find($0, hash: hash) } == nil)
  }

  /// Which keys hold a combining mark (and may have another canonically equivalent
  /// spelling): none in ASCII, none in precomposed Latin, Cyrillic or Greek letters; the
  /// decomposed forms and Arabic vowel marks do.
  @Test(arguments: [
    ("", false), ("zzqx", false), ("o'brien", false), ("café", false), ("şölen", false),
    ("йошкар", false), ("ελλάδα", false), ("إدلب", false),
    ("cafe\u{0301}", true), ("s\u{0327}olen", true), ("и\u{0306}ошкар", true),
    ("مَدِينَة", true), ("a\u{0300}", true),
  ])
  func aKeyHoldsACombiningMark(_ key: String, _ expected: Bool) {
    #expect(GlossaryNameIndex.Builder.hasCombining(key) == expected)
  }
}
