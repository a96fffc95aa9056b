/// The nodes and edges of a `PhraseTrie`, without its values: the part a lookup walks.
///
/// Not generic, so that a walk from another module never asks the runtime for a generic
/// type's metadata (a `package` generic is not specialized across modules; the facts stage
/// walks its cue, title and date tries at most tokens of a paragraph).
package struct PhraseEdges: Sendable {
  /// One node: its children by key (the reference the hashed edges answer like).
  package struct Node: Sendable {
    /// The children, by their folded token key.
    package var children: [String: Int] = [:]
    /// Whether a phrase ends here.
    package var ends = false
  }

  /// The nodes; node 0 is the root.
  package private(set) var nodes: [Node] = [Node()]
  /// Per node, the key of the edge into it ("" for the root) and its parent (-1 for the root).
  private var edgeKeys: [String] = [""]
  private var parents: [Int32] = [-1]
  /// The edges: per slot, the high 32 bits of the edge's hash and, below them, the child
  /// node + 1 (0: empty).
  private var slots = [UInt64](repeating: 0, count: 16)

  /// Only a root.
  package init() {}

  /// The node reached from the root by `keys`, made as needed, marked as a phrase's end.
  package mutating func insert(keys: [String]) -> Int {
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
    nodes[node].ends = true
    return node
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
  private static func hash(_ node: Int, _ key: String) -> UInt64 {
    hashAndBits(node, key).hash
  }

  /// The edge hash of `hash(_:_:)` and the OR of the key's bytes (below 0x80: ASCII only),
  /// read through the key's contiguous UTF-8 when it has some (a native string, small or
  /// not): iterating `key.utf8` checks the string's form at every byte.
  @inline(__always)
  private static func hashAndBits(_ node: Int, _ key: String) -> (hash: UInt64, bits: UInt8) {
    let seed: UInt64 =
      0xcbf2_9ce4_8422_2325 ^ (UInt64(truncatingIfNeeded: node) &* 0x9E37_79B9_7F4A_7C15)
    if let result = key.utf8.withContiguousStorageIfAvailable({ fnv(seed, $0) }) {
      return result
    }
    var hash = seed
    var bits: UInt8 = 0
    for byte in key.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      bits |= byte
    }
    return (hash, bits)
  }

  /// FNV-1a of `bytes` from `seed`, and the OR of the bytes.
  @inline(__always)
  private static func fnv(_ seed: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> (
    hash: UInt64, bits: UInt8
  ) {
    var hash = seed
    var bits: UInt8 = 0
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      bits |= byte
    }
    return (hash, bits)
  }

  /// The child of `node` by `key`, if any: the same answer as `nodes[node].children[key]`.
  /// Equal bytes are equal keys; a key with non-ASCII bytes that no edge has byte for byte
  /// is looked up in the dictionary too (a canonically equivalent spelling).
  package func child(_ node: Int, _ key: String) -> Int? {
    let (hash, bytes) = Self.hashAndBits(node, key)
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
  /// its last token and the node it ends at. `first` replaces the first key; `limit` bounds
  /// the search.
  package func longestMatch(
    in keys: [String], from start: Int, first: String?, limit: Int?
  ) -> (end: Int, node: Int)? {
    var node = 0
    var best: (end: Int, node: Int)?
    var index = start
    let end = min(limit ?? keys.count, keys.count)
    while index < end {
      let key = index == start ? (first ?? keys[index]) : keys[index]
      guard let next = child(node, key) else { break }
      node = next
      index += 1
      if nodes[node].ends { best = (index, node) }
    }
    return best
  }
}
