/// Multi-word phrases keyed by folded tokens, matched longest-first from a token position.
///
/// Built once from lexicon data (`a déclaré`, `according to`, `كانون الثاني`); a lookup
/// walks one step per token, so matching a paragraph stays linear. A step hashes the key's
/// UTF-8 bytes (FNV-1a) into one open-addressing table of all edges, then compares the key
/// with the edge's: no SipHash and no dictionary per node on the hot path.
public struct PhraseTrie<Value: Sendable>: Sendable {
  @usableFromInline
  struct Node: Sendable {
    @usableFromInline var children: [String: Int] = [:]
    @usableFromInline var value: Value?

    @usableFromInline init() {}
  }

  @usableFromInline var nodes: [Node] = [Node()]
  /// Per node, the key of the edge into it ("" for the root) and its parent (-1 for the root).
  @usableFromInline var edgeKeys: [String] = [""]
  @usableFromInline var parents: [Int32] = [-1]
  /// The edges: per slot, the high 32 bits of the edge's hash and, below them, the child
  /// node + 1 (0: empty).
  @usableFromInline var slots = [UInt64](repeating: 0, count: 16)

  /// An empty trie.
  public init() {}

  /// Whether no phrase was added.
  public var isEmpty: Bool { nodes.count == 1 && nodes[0].value == nil }

  /// Adds `phrase`, tokenized and folded like text; an existing phrase keeps its first value.
  public mutating func insert(_ phrase: String, _ value: Value) {
    let keys = Tokenizer.tokens(phrase).map { TextFolding.fold($0.text(in: phrase)) }
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
        let child = nodes.count - 1
        nodes[node].children[key] = child
        edgeKeys.append(key)
        parents.append(Int32(node))
        if (child + 1) * 2 > slots.count {
          slots = [UInt64](repeating: 0, count: slots.count * 2)
          for other in 1..<child { place(other) }
        }
        place(child)
        node = child
      }
    }
    if nodes[node].value == nil { nodes[node].value = value }
  }

  /// Puts the edge into `child` in `slots`.
  private mutating func place(_ child: Int) {
    let hash = Self.hash(Int(parents[child]), edgeKeys[child])
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = (hash >> 32) << 32 | UInt64(child + 1)
  }

  /// The hash of the edge from `node` by `key`: FNV-1a of the key's bytes, mixed with the node.
  @inlinable
  static func hash(_ node: Int, _ key: String) -> UInt64 {
    var hash: UInt64 =
      0xcbf2_9ce4_8422_2325 ^ (UInt64(truncatingIfNeeded: node) &* 0x9E37_79B9_7F4A_7C15)
    for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }

  /// The child of `node` by `key`, if any: the same answer as `nodes[node].children[key]`.
  /// Equal bytes are equal keys; a key with non-ASCII bytes that no edge has byte for byte
  /// is looked up in the dictionary too (a canonically equivalent spelling).
  @inlinable
  func child(_ node: Int, _ key: String) -> Int? {
    var hash: UInt64 =
      0xcbf2_9ce4_8422_2325 ^ (UInt64(truncatingIfNeeded: node) &* 0x9E37_79B9_7F4A_7C15)
    var bytes: UInt8 = 0
    for byte in key.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      bytes |= byte
    }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    let tag = hash >> 32
    while true {
      let stored = slots[slot]
      if stored == 0 { break }
      if stored >> 32 == tag {
        let child = Int(stored & 0xFFFF_FFFF) - 1
        if Int(parents[child]) == node, edgeKeys[child] == key { return child }
      }
      slot = (slot + 1) & mask
    }
    return UTF8.isASCII(bytes) ? nil : nodes[node].children[key]
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
      guard let next = child(node, key) else { break }
      node = next
      index += 1
      if let value = nodes[node].value { best = (index, value) }
    }
    return best
  }

  /// Whether `key` starts at least one phrase.
  @inlinable
  public func starts(with key: String) -> Bool { child(0, key) != nil }
}
