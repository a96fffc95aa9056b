/// A set of cue words from the data: exact forms, prefixes (`démen*`) and multi-word
/// phrases (`could rise`), matched on token keys.
struct CueSet: Sendable {
  private var exact: Set<String> = []
  private var prefixes: [String] = []
  private var phrases: [[String]] = []

  /// An empty set.
  init() {}

  /// The cues in `forms`.
  init(_ forms: [String], tokenizer: FigureTokenizer) {
    for form in forms {
      let keys = tokenizer.tokens(of: form).map(\.key).filter { $0 != "*" }
      guard let first = keys.first else { continue }
      if keys.count > 1 {
        phrases.append(keys)
      } else if form.hasSuffix("*") {
        prefixes.append(first)
      } else {
        exact.insert(first)
      }
    }
  }

  /// Whether nothing is listed.
  var isEmpty: Bool { exact.isEmpty && prefixes.isEmpty && phrases.isEmpty }

  /// Whether a cue starts at token `index`.
  func matches(_ tokens: [FigureToken], at index: Int) -> Bool {
    let key = tokens[index].key
    if exact.contains(key) { return true }
    for prefix in prefixes where key.hasPrefix(prefix) { return true }
    for phrase in phrases where phrase[0] == key && index + phrase.count <= tokens.count {
      var matched = true
      for offset in 1..<phrase.count where tokens[index + offset].key != phrase[offset] {
        matched = false
        break
      }
      if matched { return true }
    }
    return false
  }
}
