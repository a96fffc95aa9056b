/// A set of cue words from the data: exact forms, prefixes (`démen*`) and multi-word
/// phrases (`could rise`), matched on token keys.
struct CueSet: Sendable {
  /// First token → the rest of each cue starting with it (empty for a one-word cue).
  private var heads: [UInt64: [[UInt64]]] = [:]
  private var prefixes: [String] = []

  /// An empty set.
  init() {}

  /// The cues in `forms`.
  init(_ forms: [String], tokenizer: FigureTokenizer) {
    for form in forms {
      let tokens = tokenizer.tokens(of: form).filter { $0.key != "*" }
      guard let first = tokens.first else { continue }
      if tokens.count == 1, form.hasSuffix("*") {
        prefixes.append(first.key)
      } else {
        heads[first.hash, default: []].append(tokens.dropFirst().map(\.hash))
      }
    }
  }

  /// Whether nothing is listed.
  var isEmpty: Bool { heads.isEmpty && prefixes.isEmpty }

  /// Whether a cue starts at token `index`.
  func matches(_ tokens: [FigureToken], at index: Int) -> Bool {
    if let tails = heads[tokens[index].hash] {
      for tail in tails {
        if tail.isEmpty { return true }
        guard index + tail.count < tokens.count else { continue }
        var matched = true
        for offset in 0..<tail.count where tokens[index + 1 + offset].hash != tail[offset] {
          matched = false
          break
        }
        if matched { return true }
      }
    }
    guard !prefixes.isEmpty else { return false }
    let key = tokens[index].key
    for prefix in prefixes where key.hasPrefix(prefix) { return true }
    return false
  }
}
