import ParallaxCorpus

/// Splits a paragraph into words, numbers and punctuation in one pass over its scalars.
///
/// Apostrophes and hyphens are tokens of their own (`d`, `'`, `Idleb`; `İdlib`, `'`, `de`),
/// so elision, Turkish suffixes and hyphenated names are decided by the stages that know
/// the language. Offsets are Unicode scalars, as everywhere in Parallax; each token also
/// knows its UTF-8 byte range, so its text is copied from the bytes, not rebuilt.
public enum Tokenizer {
  /// The tokens of `text`.
  public static func tokens(_ text: String) -> [Token] {
    var text = text
    return text.withUTF8 { tokens(utf8: $0) }
  }

  /// The tokens of a paragraph given as UTF-8 bytes.
  public static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 6 + 1)
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    scalars.reserveCapacity(bytes.count)
    offsets.reserveCapacity(bytes.count + 1)
    var position = 0
    var decoder = UTF8()
    var input = bytes.makeIterator()
    decoding: while true {
      switch decoder.decode(&input) {
      case .scalarValue(let scalar):
        scalars.append(scalar)
        offsets.append(position)
        position += UTF8.width(scalar)
      case .error:
        scalars.append("\u{FFFD}")
        offsets.append(position)
        position += 1
      case .emptyInput:
        break decoding
      }
    }
    offsets.append(position)
    func text(_ start: Int, _ end: Int) -> String {
      String(
        decoding: UnsafeBufferPointer(rebasing: bytes[offsets[start]..<offsets[end]]), as: UTF8.self
      )
    }
    var index = 0
    var spaceBefore = true
    let count = scalars.count
    while index < count {
      let scalar = scalars[index]
      switch classify(scalar) {
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
        tokens.append(
          Token(
            kind: .word, range: TextRange(start, index), text: text(start, index),
            utf8Range: offsets[start]..<offsets[index], spaceBefore: spaceBefore,
            isCapitalized: isUpper(scalar), isAllCaps: letters >= 2 && uppers == letters,
            script: script(of: scalar)))
      case .digit:
        let start = index
        while index < count, classify(scalars[index]) == .digit { index += 1 }
        tokens.append(
          Token(
            kind: .number, range: TextRange(start, index), text: text(start, index),
            utf8Range: offsets[start]..<offsets[index], spaceBefore: spaceBefore))
      case .mark, .other:
        tokens.append(
          Token(
            kind: .punctuation, range: TextRange(index, index + 1), text: text(index, index + 1),
            utf8Range: offsets[index]..<offsets[index + 1], spaceBefore: spaceBefore))
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
    // Latin-1 letters and Latin Extended-A/B, Cyrillic and Arabic letters: the common cases.
    switch value {
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x410...0x44F: return .letter
    case 0x621...0x63A, 0x641...0x64A: return .letter
    case 0x660...0x669, 0x6F0...0x6F9: return .digit
    case 0x64B...0x65F, 0x670: return .mark
    default: break
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
    let value = scalar.value
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    switch value {
    case 0xC0...0xD6, 0xD8...0xDE, 0x410...0x42F: return true
    case 0xDF...0xF6, 0xF8...0xFF, 0x430...0x44F, 0x600...0x6FF: return false
    default: return scalar.properties.isUppercase
    }
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
