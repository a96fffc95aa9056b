import ParallaxCorpus
import ParallaxText

/// Direct quotes in any quotation marks: « », “ ”, „ “, " ", ‹ ›, ‘ ’.
enum QuoteFinder {
  private static let pairs: [Unicode.Scalar: Set<Unicode.Scalar>] = [
    "«": ["»"], "“": ["”", "“"], "„": ["“", "”"], "\"": ["\""], "‹": ["›"], "‘": ["’"],
  ]

  /// Whether `mark` is a key of `pairs` (a switch, so most marks are not hashed).
  @inline(__always)
  private static func mayOpen(_ mark: Unicode.Scalar) -> Bool {
    switch mark {
    case "«", "“", "„", "\"", "‹", "‘": true
    default: false
    }
  }

  /// The ranges of quoted text (marks included), longest first when nested.
  static func quotes(in tokens: [Token]) -> [TextRange] {
    var result: [TextRange] = []
    var index = 0
    while index < tokens.count {
      let opener = tokens[index].first
      guard tokens[index].kind == .punctuation, mayOpen(opener), let closers = pairs[opener]
      else {
        index += 1
        continue
      }
      var close = index + 1
      var words = 0
      while close < tokens.count {
        let kind = tokens[close].kind
        let mark = tokens[close].first
        if kind == .punctuation, closers.contains(mark) {
          // A ’ inside a word is an apostrophe, not a closing mark.
          let inWord =
            mark == "’" && close + 1 < tokens.count && tokens[close + 1].kind == .word
            && !tokens[close + 1].spaceBefore
          if !inWord { break }
        }
        if kind == .word { words += 1 }
        close += 1
      }
      if close < tokens.count, words > 0 {
        result.append(TextRange(tokens[index].range.start, tokens[close].range.end))
        index = close + 1
      } else {
        index += 1
      }
    }
    return result
  }
}
