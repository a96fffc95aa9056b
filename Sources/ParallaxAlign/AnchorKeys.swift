/// The shared space of anchor keys: each distinct key string (`#1956`, `=dyhrenfurth`,
/// `~himal`, `p?`, `gsohr`) numbered once for both sides, so that a key of one side meets
/// the same key of the other.
struct AnchorKeys: Sendable {
  private var ids: [String: Int32] = [:]
  /// The key strings by id.
  private(set) var names: [String] = []

  /// The id of `key`, numbered on first use.
  mutating func id(_ key: String) -> Int32 {
    if let known = ids[key] { return known }
    let id = Int32(names.count)
    ids[key] = id
    names.append(key)
    return id
  }

  /// How many keys there are.
  var count: Int { names.count }
}

/// A key's kind, from the first character of its string.
extension Evidence.Kind {
  init?(anchorKey: String) {
    switch anchorKey.first {
    case "#": self = .number
    case "=": self = .identical
    case "~", "k": self = .cognate
    case "p": self = .punctuation
    case "u": self = .url
    case "g": self = .glossary
    case "f": self = .number
    case "d": self = .date
    case "e": self = .entity
    default: return nil
    }
  }
}
