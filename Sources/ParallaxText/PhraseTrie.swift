/// Multi-word phrases keyed by folded tokens, matched longest-first from a token position.
///
/// Built once from lexicon data (`a déclaré`, `according to`, `كانون الثاني`); a lookup
/// walks one step per token, so matching a paragraph stays linear. A step hashes the key's
/// UTF-8 bytes (FNV-1a) into one open-addressing table of all edges, then compares the key
/// with the edge's: no SipHash and no dictionary per node on the hot path. The walk is
/// `PhraseEdges`'s, which is not generic; only the value found is read here.
///
/// A module that matches on a hot path compiles its own copy of `longestMatch` (ParallaxFacts'
/// `PhraseTrie+Match.swift`), which is why `edges` and `values` are visible to the package:
/// a generic `package` function is never specialized in another module, not even when
/// `@inlinable` (its body is not exported), and unspecialized, every match asked the runtime
/// for the metadata of `Value?` and of the result tuple.
package struct PhraseTrie<Value: Sendable>: Sendable {
  /// The nodes and edges.
  package private(set) var edges = PhraseEdges()
  /// Per node, the value of the phrase that ends there.
  package private(set) var values: [Value?] = [nil]

  /// An empty trie.
  package init() {}

  /// Whether no phrase was added.
  package var isEmpty: Bool { edges.nodes.count == 1 && values[0] == nil }

  /// The nodes (node 0 is the root), each with its children by key.
  var nodes: [PhraseEdges.Node] { edges.nodes }

  /// Adds `phrase`, tokenized and folded like text; an existing phrase keeps its first value.
  package mutating func insert(_ phrase: String, _ value: Value) {
    let keys = Tokenizer.tokens(phrase).map { TextFolding.fold($0.text(in: phrase)) }
    insert(keys: keys, value)
  }

  /// Adds a phrase given as folded token keys.
  package mutating func insert(keys: [String], _ value: Value) {
    guard !keys.isEmpty else { return }
    let node = edges.insert(keys: keys)
    if values.count < edges.nodes.count {
      values.append(contentsOf: repeatElement(nil, count: edges.nodes.count - values.count))
    }
    if values[node] == nil { values[node] = value }
  }

  /// The child of `node` by `key`, if any (`PhraseEdges.child`).
  func child(_ node: Int, _ key: String) -> Int? { edges.child(node, key) }

  /// The longest phrase starting at `start` in `keys` (folded tokens): the index one past
  /// its last token and its value. `first` replaces the first key (a form with a clitic
  /// removed, say); `limit` bounds the search.
  package func longestMatch(
    in keys: [String], from start: Int, first: String? = nil, limit: Int? = nil
  )
    -> (end: Int, value: Value)?
  {
    guard let (end, node) = edges.longestMatch(in: keys, from: start, first: first, limit: limit),
      let value = values[node]
    else { return nil }
    return (end, value)
  }

  /// Whether `key` starts at least one phrase.
  package func starts(with key: String) -> Bool { edges.child(0, key) != nil }
}
