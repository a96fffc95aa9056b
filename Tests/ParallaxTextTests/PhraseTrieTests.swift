import Testing

@testable import ParallaxText

@Suite struct PhraseTrieTests {
  @Test func longestMatchWinsAndStopsAtTheFirstMiss() {
    var trie = PhraseTrie<Int>()
    trie.insert(keys: ["a", "declare"], 1)
    trie.insert(keys: ["a", "declare", "que"], 2)
    trie.insert(keys: ["selon"], 3)
    let keys = ["il", "a", "declare", "que", "selon"]
    #expect(trie.longestMatch(in: keys, from: 1)?.end == 4)
    #expect(trie.longestMatch(in: keys, from: 1)?.value == 2)
    #expect(trie.longestMatch(in: keys, from: 1, limit: 3)?.value == 1)
    #expect(trie.longestMatch(in: keys, from: 0) == nil)
    #expect(trie.longestMatch(in: keys, from: 2, first: "selon")?.value == 3)
    #expect(trie.starts(with: "a"))
    #expect(!trie.starts(with: "declare"))
  }

  @Test func hashedEdgesAnswerAsTheDictionariesDo() {
    // Enough phrases to grow the edge table several times; every lookup agrees with the
    // per-node dictionaries, hits and misses alike.
    var trie = PhraseTrie<Int>()
    var phrases: [[String]] = []
    for first in 0..<60 {
      for second in 0..<(first % 7) {
        phrases.append(["w\(first)", "x\(second)"])
      }
      phrases.append(["w\(first)"])
    }
    for (value, phrase) in phrases.enumerated() { trie.insert(keys: phrase, value) }
    for node in trie.nodes.indices {
      for key in ["w1", "w59", "x0", "x5", "y", "", "w1 x0"] {
        #expect(trie.child(node, key) == trie.nodes[node].children[key])
      }
    }
    #expect(trie.longestMatch(in: ["w13", "x5"], from: 0)?.end == 2)
    #expect(trie.longestMatch(in: ["w14", "x5"], from: 0)?.end == 1)
  }

  @Test func canonicallyEquivalentKeysMatch() {
    // "é" precomposed in the lexicon, decomposed in the text: equal strings, other bytes.
    var trie = PhraseTrie<Int>()
    trie.insert(keys: ["d\u{E9}clar\u{E9}"], 7)
    #expect(trie.longestMatch(in: ["de\u{301}clare\u{301}"], from: 0)?.value == 7)
    #expect(trie.starts(with: "de\u{301}clare\u{301}"))
  }
}
