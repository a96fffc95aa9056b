/// A trie over Unicode scalars mapping words to an index, to split German compound number
/// words (`dreihundertneunundneunzigtausend`) into their parts in one pass.
struct ScalarTrie: Sendable {
  /// The edges of every node in one table, keyed by `edge(node, scalar)`: no dictionary per
  /// node to make (a thousand German number words make thousands of nodes).
  private var next: [UInt64: Int32] = [:]
  private var payload: [Int32] = [-1]

  @inline(__always)
  private static func edge(_ node: Int, _ scalar: Unicode.Scalar) -> UInt64 {
    UInt64(node) << 32 | UInt64(scalar.value)
  }

  /// Adds `word` with `value` (≥ 0).
  mutating func insert(_ word: String, value: Int32) {
    var node = 0
    for scalar in word.unicodeScalars {
      if let child = next[Self.edge(node, scalar)] {
        node = Int(child)
      } else {
        payload.append(-1)
        let child = payload.count - 1
        next[Self.edge(node, scalar)] = Int32(child)
        node = child
      }
    }
    payload[node] = value
  }

  /// The longest word starting at `start` in `scalars`: its end and value.
  func longestMatch(_ scalars: [Unicode.Scalar], from start: Int) -> (end: Int, value: Int32)? {
    var node = 0
    var best: (Int, Int32)?
    var index = start
    while index < scalars.count, let child = next[Self.edge(node, scalars[index])] {
      node = Int(child)
      index += 1
      if payload[node] >= 0 { best = (index, payload[node]) }
    }
    return best
  }

  /// Every word starting at `start` in `scalars`, longest first: ends and values.
  func matches(_ scalars: [Unicode.Scalar], from start: Int) -> [(end: Int, value: Int32)] {
    var node = 0
    var found: [(end: Int, value: Int32)] = []
    var index = start
    while index < scalars.count, let child = next[Self.edge(node, scalars[index])] {
      node = Int(child)
      index += 1
      if payload[node] >= 0 { found.append((index, payload[node])) }
    }
    return found.reversed()
  }

  /// `scalars` cut into words from `start`, longer words first (`binikiyüz` is `bin iki yüz`
  /// though `bini` is a word too); `nil` when no cut uses them all.
  func split(_ scalars: [Unicode.Scalar], from start: Int = 0, depth: Int = 0) -> [Int32]? {
    guard start < scalars.count else { return [] }
    // A number word has few parts: the depth bounds the work on a long non-number word.
    guard depth < 8 else { return nil }
    for match in matches(scalars, from: start) {
      if let rest = split(scalars, from: match.end, depth: depth + 1) {
        return [match.value] + rest
      }
    }
    return nil
  }
}
