import ParallaxCore

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

  /// The tokens of a paragraph given as UTF-8 bytes (valid UTF-8, as Swift strings are).
  public static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    let table = Self.table
    return table.packed.withUnsafeBufferPointer { tokens(utf8: bytes, table: $0) }
  }

  /// The class (low bits, `ScalarClass`) and case (`upperBit`) of `scalar`: from `table`
  /// below U+2100 (Latin, Greek, Cyrillic, Arabic, punctuation), else from its properties.
  @inline(__always)
  static func info(_ scalar: Unicode.Scalar, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
    let value = Int(scalar.value)
    if value < table.count { return table[value] }
    return ClassTable.pack(scalar)
  }

  private static func tokens(
    utf8 bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>
  ) -> [Token] {
    var tokens: [Token] = []
    // About one token per four bytes of news copy (words, marks, elided articles).
    tokens.reserveCapacity(bytes.count / 4 + 4)
    let count = bytes.count
    let letter = ScalarClass.letter.rawValue
    let mark = ScalarClass.mark.rawValue
    let digit = ScalarClass.digit.rawValue
    let upperBit = ClassTable.upperBit
    var byte = 0
    var scalarIndex = 0
    var spaceBefore = true
    while byte < count {
      let (scalar, width) = decode(bytes, at: byte)
      let first = info(scalar, table)
      switch first & ClassTable.classMask {
      case ScalarClass.space.rawValue:
        spaceBefore = true
        byte += width
        scalarIndex += 1
        continue
      case letter:
        let startByte = byte
        let startScalar = scalarIndex
        // The first letter is classified already.
        var letters = 1
        let firstUpper = first & upperBit != 0
        var uppers = firstUpper ? 1 : 0
        byte += width
        scalarIndex += 1
        while byte < count {
          let (current, currentWidth) = decode(bytes, at: byte)
          let currentInfo = info(current, table)
          let currentKind = currentInfo & ClassTable.classMask
          if currentKind == letter {
            letters += 1
            if currentInfo & upperBit != 0 { uppers += 1 }
          } else if currentKind != mark {
            break
          }
          byte += currentWidth
          scalarIndex += 1
        }
        tokens.append(
          Token(
            kind: .word, range: TextRange(startScalar, scalarIndex), first: scalar,
            utf8Range: startByte..<byte, spaceBefore: spaceBefore, isCapitalized: firstUpper,
            isAllCaps: letters >= 2 && uppers == letters, script: script(of: scalar)))
      case digit:
        let startByte = byte
        let startScalar = scalarIndex
        byte += width
        scalarIndex += 1
        while byte < count {
          let (current, currentWidth) = decode(bytes, at: byte)
          guard info(current, table) & ClassTable.classMask == digit else { break }
          byte += currentWidth
          scalarIndex += 1
        }
        tokens.append(
          Token(
            kind: .number, range: TextRange(startScalar, scalarIndex),
            first: scalar, utf8Range: startByte..<byte, spaceBefore: spaceBefore))
      default:
        tokens.append(
          Token(
            kind: .punctuation, range: TextRange(scalarIndex, scalarIndex + 1),
            first: scalar, utf8Range: byte..<(byte + width),
            spaceBefore: spaceBefore))
        byte += width
        scalarIndex += 1
      }
      spaceBefore = false
    }
    return tokens
  }

  /// The scalar starting at byte `index` and its width in bytes.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard index + width <= bytes.count else { return ("\u{FFFD}", 1) }
    var value = lead & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
    for offset in 1..<width { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
  }

  enum ScalarClass: UInt8 {
    case space, letter, mark, digit, other
  }

  /// `classify` and `isUpper` (of letters) of every scalar below U+2100, computed once, packed
  /// in a byte.
  struct ClassTable: Sendable {
    static let classMask: UInt8 = 0x7F
    static let upperBit: UInt8 = 0x80
    /// Per scalar value, its class's raw value, with `upperBit` when it is uppercase.
    let packed: [UInt8]

    init() {
      packed = (0..<UInt32(0x2100)).map { Self.pack(Unicode.Scalar($0) ?? "\u{FFFD}") }
    }

    /// The packed class and case of `scalar` (the case of letters only).
    static func pack(_ scalar: Unicode.Scalar) -> UInt8 {
      let kind = Tokenizer.classify(scalar)
      guard kind == .letter else { return kind.rawValue }
      return kind.rawValue | (Tokenizer.isUpper(scalar) ? upperBit : 0)
    }
  }

  static let table = ClassTable()

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
    // Latin-1 signs and General Punctuation (quotes, dashes, spaces), without Unicode
    // properties: the same answers, cheaper (French news has ’ « » and NBSP everywhere).
    case 0x85, 0xA0, 0xAD, 0x2000...0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202F, 0x205F:
      return .space
    case 0xAA, 0xB5, 0xBA: return .letter
    case 0x200C, 0x200D: return .mark
    case 0x80...0xBF, 0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x203A, 0x20A0...0x20C0:
      return .other
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
