/// A set of cue words from the data: exact forms, prefixes (`démen*`) and multi-word
/// phrases (`could rise`), matched on token keys.
struct CueSet: Sendable {
  /// First token → the rest of each cue starting with it (empty for a one-word cue).
  private var heads: [String: [[String]]] = [:]
  private var prefixes: [String] = []

  /// An empty set.
  init() {}

  /// The cues in `forms`.
  init(_ forms: [String], tokenizer: FigureTokenizer) {
    for form in forms {
      let keys = tokenizer.tokens(of: form).map(\.key).filter { $0 != "*" }
      guard let first = keys.first else { continue }
      if keys.count == 1, form.hasSuffix("*") {
        prefixes.append(first)
      } else {
        heads[first, default: []].append(Array(keys.dropFirst()))
      }
    }
  }

  /// Whether nothing is listed.
  var isEmpty: Bool { heads.isEmpty && prefixes.isEmpty }

  /// Whether a cue starts at token `index`.
  func matches(_ tokens: [FigureToken], at index: Int) -> Bool {
    let key = tokens[index].key
    if let tails = heads[key] {
      for tail in tails {
        if tail.isEmpty { return true }
        guard index + tail.count < tokens.count else { continue }
        var matched = true
        for offset in 0..<tail.count where tokens[index + 1 + offset].key != tail[offset] {
          matched = false
          break
        }
        if matched { return true }
      }
    }
    for prefix in prefixes where key.hasPrefix(prefix) { return true }
    return false
  }
}
