import ParallaxText

/// The writing system most of a side's words are in, from its first units.
enum ScriptSample {
  /// The dominant script of the words in the first 40 units.
  static func dominant(_ units: [String]) -> Token.Script {
    var counts: [Token.Script: Int] = [:]
    for unit in units.prefix(40) {
      for token in Tokenizer.tokens(unit) where token.kind == .word {
        counts[token.script, default: 0] += 1
      }
    }
    return counts.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key ?? .other
  }
}
