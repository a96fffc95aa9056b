import ParallaxCorpus

/// Splits a paragraph into words, numbers and punctuation in one pass over its scalars.
///
/// Apostrophes and hyphens are tokens of their own (`d`, `'`, `Idleb`; `İdlib`, `'`, `de`),
/// so elision, Turkish suffixes and hyphenated names are decided by the stages that know
/// the language. Offsets are Unicode scalars, as everywhere in Parallax.
public enum Tokenizer {
  /// The tokens of `text`.
  public static func tokens(_ text: String) -> [Token] {
    tokens(scalars: Array(text.unicodeScalars))
  }

  /// The tokens of a paragraph already split into scalars.
  public static func tokens(scalars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count / 5 + 1)
    var index = 0
    var spaceBefore = true
    let count = scalars.count
    while index < count {
      let scalar = scalars[index]
      let kind = classify(scalar)
      switch kind {
      case .space:
        spaceBefore = true
        index += 1
        continue
      case .letter:
        let start = index
        var letters = 0
        var uppers = 0
        while index < count {
          let current = scalars[index]
          let currentKind = classify(current)
          if currentKind == .letter {
            letters += 1
            if isUpper(current) { uppers += 1 }
          } else if currentKind != .mark {
            break
          }
          index += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<index])
        tokens.append(
          Token(
            kind: .word, range: TextRange(start, index), text: String(view),
            spaceBefore: spaceBefore, isCapitalized: isUpper(scalar),
            isAllCaps: letters >= 2 && uppers == letters, script: script(of: scalar)))
      case .digit:
        let start = index
        while index < count, classify(scalars[index]) == .digit { index += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<index])
        tokens.append(
          Token(
            kind: .number, range: TextRange(start, index), text: String(view),
            spaceBefore: spaceBefore))
      case .mark, .other:
        tokens.append(
          Token(
            kind: .punctuation, range: TextRange(index, index + 1), text: String(scalar),
            spaceBefore: spaceBefore))
        index += 1
      }
      spaceBefore = false
    }
    return tokens
  }

  enum ScalarClass: UInt8 {
    case space, letter, mark, digit, other
  }

  @inline(__always)
  static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
    let value = scalar.value
    if value < 0x80 {
      switch value {
      case 0x30...0x39: return .digit
      case 0x41...0x5A, 0x61...0x7A: return .letter
      case 0x09, 0x0A, 0x0D, 0x20: return .space
      default: return .other
      }
    }
    let properties = scalar.properties
    if properties.isWhitespace { return .space }
    switch properties.generalCategory {
    case .decimalNumber: return .digit
    case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
    case .format: return value == 0x200D || value == 0x200C ? .mark : .space
    default: break
    }
    if properties.isAlphabetic { return .letter }
    return .other
  }

  @inline(__always)
  static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
    return scalar.properties.isUppercase
  }

  static func script(of scalar: Unicode.Scalar) -> Token.Script {
    switch scalar.value {
    case 0...0x24F, 0x1E00...0x1EFF: .latin
    case 0x400...0x52F: .cyrillic
    case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: .arabic
    default: .other
    }
  }
}
