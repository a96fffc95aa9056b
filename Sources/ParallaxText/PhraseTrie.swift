/// Multi-word phrases keyed by folded tokens, matched longest-first from a token position.
///
/// Built once from lexicon data (`a déclaré`, `according to`, `كانون الثاني`); a lookup
/// walks one dictionary step per token, so matching a paragraph stays linear.
public struct PhraseTrie<Value: Sendable>: Sendable {
  @usableFromInline
  struct Node: Sendable {
    @usableFromInline var children: [String: Int] = [:]
    @usableFromInline var value: Value?

    @usableFromInline init() {}
  }

  @usableFromInline var nodes: [Node] = [Node()]

  /// An empty trie.
  public init() {}

  /// Whether no phrase was added.
  public var isEmpty: Bool { nodes.count == 1 && nodes[0].value == nil }

  /// Adds `phrase`, tokenized and folded like text; an existing phrase keeps its first value.
  public mutating func insert(_ phrase: String, _ value: Value) {
    let keys = Tokenizer.tokens(phrase).map { TextFolding.fold($0.text) }
    insert(keys: keys, value)
  }

  /// Adds a phrase given as folded token keys.
  public mutating func insert(keys: [String], _ value: Value) {
    guard !keys.isEmpty else { return }
    var node = 0
    for key in keys {
      if let next = nodes[node].children[key] {
        node = next
      } else {
        nodes.append(Node())
        nodes[node].children[key] = nodes.count - 1
        node = nodes.count - 1
      }
    }
    if nodes[node].value == nil { nodes[node].value = value }
  }

  /// The longest phrase starting at `start` in `keys` (folded tokens): the index one past
  /// its last token and its value. `first` replaces the first key (a form with a clitic
  /// removed, say); `limit` bounds the search.
  @inlinable
  public func longestMatch(
    in keys: [String], from start: Int, first: String? = nil, limit: Int? = nil
  )
    -> (end: Int, value: Value)?
  {
    var node = 0
    var best: (end: Int, value: Value)?
    var index = start
    let end = min(limit ?? keys.count, keys.count)
    while index < end {
      let key = index == start ? (first ?? keys[index]) : keys[index]
      guard let next = nodes[node].children[key] else { break }
      node = next
      index += 1
      if let value = nodes[node].value { best = (index, value) }
    }
    return best
  }

  /// Whether `key` starts at least one phrase.
  @inlinable
  public func starts(with key: String) -> Bool { nodes[0].children[key] != nil }
}
