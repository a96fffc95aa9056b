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
  package static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    // About one token per four bytes of news copy (words, marks, elided articles).
    tokens.reserveCapacity(bytes.count / 4 + 4)
    Self.tokens(utf8: bytes, into: &tokens)
    return tokens
  }

  /// The tokens of `bytes` in `tokens`, emptied first: a buffer reused over many short
  /// texts (the variants of a glossary) saves an allocation per text.
  package static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
    tokens.removeAll(keepingCapacity: true)
    let table = Self.table
    table.packed.withUnsafeBufferPointer { Self.tokens(utf8: bytes, table: $0, into: &tokens) }
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
    utf8 bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>,
    into tokens: inout [Token]
  ) {
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
  }

  /// The scalar starting at byte `index` and its width in bytes.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[index])
    if lead < UTF8Bits.multiByteLead { return (Unicode.Scalar(UInt8(lead)), 1) }
    let width = lead >= UTF8Bits.fourByteLead ? 4 : lead >= UTF8Bits.threeByteLead ? 3 : 2
    guard index + width <= bytes.count else { return (replacement, 1) }
    var value =
      lead
      & (width == 2
        ? UTF8Bits.twoBytePayload
        : width == 3 ? UTF8Bits.threeBytePayload : UTF8Bits.fourBytePayload)
    for offset in 1..<width {
      value = value << 6 | (UInt32(bytes[index + offset]) & UTF8Bits.continuationPayload)
    }
    return (Unicode.Scalar(value) ?? replacement, width)
  }

  /// U+FFFD, for bytes that are no scalar.
  static let replacement = Unicode.Scalar(CharacterNames.replacement) ?? " "

  /// The bit patterns of UTF-8 (RFC 3629): lead bytes and the payload masks.
  enum UTF8Bits {
    static let multiByteLead: UInt32 = 0x80
    static let threeByteLead: UInt32 = 0xE0
    static let fourByteLead: UInt32 = 0xF0
    static let twoBytePayload: UInt32 = 0x1F
    static let threeBytePayload: UInt32 = 0x0F
    static let fourBytePayload: UInt32 = 0x07
    static let continuationPayload: UInt32 = 0x3F
  }

  enum ScalarClass: UInt8 {
    case space, letter, mark, digit, other
  }

  /// `classify` and `isUpper` (of letters) of every scalar below U+2100, computed once, packed
  /// in a byte.
  struct ClassTable: Sendable {
    static let upperBit: UInt8 = 1 << 7
    static let classMask: UInt8 = ~upperBit
    /// Per scalar value, its class's raw value, with `upperBit` when it is uppercase.
    let packed: [UInt8]

    init() {
      packed = (0..<CharacterNames.classTableEnd).map {
        Self.pack(Unicode.Scalar($0) ?? replacement)
      }
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
    typealias C = CharacterNames
    let value = scalar.value
    if value < C.asciiEnd {
      switch value {
      case C.asciiDigits: return .digit
      case C.asciiCapitals, C.asciiSmalls: return .letter
      case C.tab, C.lineFeed, C.carriageReturn, C.space: return .space
      default: return .other
      }
    }
    // Latin-1 letters and Latin Extended-A/B, Cyrillic and Arabic letters: the common cases.
    if C.latinLetters.contains(value), value != C.multiplicationSign, value != C.divisionSign {
      return .letter
    }
    if C.cyrillicBasic.contains(value) || C.arabicLettersLow.contains(value)
      || C.arabicLettersHigh.contains(value)
    {
      return .letter
    }
    if C.arabicIndicDigits.contains(value) || C.extendedArabicIndicDigits.contains(value) {
      return .digit
    }
    if C.tashkeel.contains(value) || value == C.superscriptAlef { return .mark }
    // Latin-1 signs and General Punctuation (quotes, dashes, spaces), without Unicode
    // properties: the same answers, cheaper (French news has ’ « » and NBSP everywhere).
    switch value {
    case C.nextLine, C.noBreakSpace, C.softHyphen, C.typographicSpaces, C.leftToRightMark,
      C.rightToLeftMark, C.lineSeparator, C.paragraphSeparator, C.narrowNoBreakSpace,
      C.mediumMathematicalSpace:
      return .space
    case C.zeroWidthNonJoiner, C.zeroWidthJoiner: return .mark
    case C.latin1Signs:
      return C.latin1SignLetters.contains(value) ? .letter : .other
    case C.multiplicationSign, C.divisionSign, C.dashesAndQuotes, C.perMilleToGuillemets,
      C.currencySymbols:
      return .other
    default: break
    }
    let properties = scalar.properties
    if properties.isWhitespace { return .space }
    switch properties.generalCategory {
    case .decimalNumber: return .digit
    case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
    case .format: return .space
    default: break
    }
    if properties.isAlphabetic { return .letter }
    return .other
  }

  @inline(__always)
  static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
    typealias C = CharacterNames
    let value = scalar.value
    if value < C.asciiEnd { return C.asciiCapitals.contains(value) }
    if C.latin1Capitals.contains(value) { return value != C.multiplicationSign }
    if C.cyrillicCapitals.contains(value) { return true }
    if C.latin1Smalls.contains(value) || C.cyrillicSmalls.contains(value)
      || C.arabic.contains(value)
    {
      return false
    }
    return scalar.properties.isUppercase
  }

  static func script(of scalar: Unicode.Scalar) -> Token.Script {
    typealias C = CharacterNames
    let value = scalar.value
    if value < C.latinLetters.upperBound + 1 || C.latinExtendedAdditional.contains(value) {
      return .latin
    }
    if C.cyrillicBlocks.contains(value) { return .cyrillic }
    if C.arabic.contains(value) || C.arabicSupplement.contains(value)
      || C.arabicPresentationA.contains(value) || C.arabicPresentationB.contains(value)
    {
      return .arabic
    }
    return .other
  }
}
