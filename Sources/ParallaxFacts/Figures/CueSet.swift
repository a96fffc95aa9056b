/// A set of cue words from the data: exact forms, prefixes (`démen*`), multi-word phrases
/// (`could rise`) and phrases whose last word is a prefix (Arabic `قد ي*`: قد before an
/// imperfect verb), matched on token keys. A form written `!phrase` is an exception: where
/// it matches, no cue of its first word does (`!قد تم`, a past verb that looks imperfect).
struct CueSet: Sendable {
  /// The words of a cue after its first one: their keys, then the prefix of the word
  /// after them when the cue ends with `*`.
  private struct Tail: Sendable {
    var keys: [TokenKey]
    var prefix: String?
  }

  /// First token → the rest of each cue starting with it (empty for a one-word cue).
  private var heads = HashTable<[Tail]>()
  /// First token → the rest of each exception starting with it.
  private var exceptions = HashTable<[Tail]>()
  private var prefixes: [String] = []

  /// An empty set.
  init() {}

  /// The cues in `forms`.
  init(_ forms: [String], view: FigureView) {
    for form in forms {
      let isException = form.hasPrefix("!")
      let tokens = view.tokens(of: isException ? String(form.dropFirst()) : form).filter {
        $0.key != "*"
      }
      guard let first = tokens.first else { continue }
      if tokens.count == 1, form.hasSuffix("*"), !isException {
        prefixes.append(first.key)
        continue
      }
      var tail = Tail(keys: tokens.dropFirst().map(TokenKey.init), prefix: nil)
      if tokens.count > 1, form.hasSuffix("*"), let last = tokens.last {
        tail.keys.removeLast()
        tail.prefix = last.key
      }
      if isException {
        exceptions[first.hash, key: first.key] =
          (exceptions[first.hash, key: first.key] ?? []) + [tail]
      } else {
        heads[first.hash, key: first.key] = (heads[first.hash, key: first.key] ?? []) + [tail]
      }
    }
  }

  /// Whether nothing is listed.
  var isEmpty: Bool { heads.count == 0 && prefixes.isEmpty }

  /// Whether some cue may start with a token of this key and hash (prefix cues aside).
  func mayStart(_ hash: UInt64, key: String) -> Bool { heads.contains(hash, key: key) }

  /// Whether some cues are prefixes (checked on every word).
  var hasPrefixes: Bool { !prefixes.isEmpty }

  /// Whether a cue starts at token `index`.
  func matches(_ tokens: [FigureToken], at index: Int) -> Bool {
    if let tails = heads.value(tokens[index].hash, tokens, index) {
      if let others = exceptions.value(tokens[index].hash, tokens, index),
        others.contains(where: { Self.matches($0, tokens, at: index) })
      {
        return false
      }
      for tail in tails where Self.matches(tail, tokens, at: index) { return true }
    }
    guard !prefixes.isEmpty else { return false }
    let key = tokens[index].key
    for prefix in prefixes where key.hasBytePrefix(prefix) { return true }
    return false
  }

  /// Whether `tail` follows token `index`.
  private static func matches(_ tail: Tail, _ tokens: [FigureToken], at index: Int) -> Bool {
    let count = tail.keys.count + (tail.prefix == nil ? 0 : 1)
    if count == 0 { return true }
    guard index + count < tokens.count else { return false }
    for offset in 0..<tail.keys.count where !tail.keys[offset].matches(tokens, index + 1 + offset) {
      return false
    }
    if let prefix = tail.prefix {
      let next = tokens[index + count]
      return next.kind == .word && next.key.hasBytePrefix(prefix)
    }
    return true
  }
}
