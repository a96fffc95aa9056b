/// Splits a paragraph into `FigureToken`s in one pass over its scalars.
struct FigureTokenizer: Sendable {
  /// Whether `I`/`İ` lowercase the Turkish way (`ı`/`i`).
  var turkishCasing = false

  /// The tokens of `scalars`.
  func tokens(_ scalars: [Unicode.Scalar]) -> [FigureToken] {
    // Keys are built in scratch memory of four bytes per scalar: no array append per byte.
    KeyBuilder.withScratch(scalars: scalars.count) { key in tokens(scalars, key: &key) }
  }

  private func tokens(_ scalars: [Unicode.Scalar], key: inout KeyBuilder) -> [FigureToken] {
    var result: [FigureToken] = []
    result.reserveCapacity(scalars.count / 4 + 4)
    var index = 0
    var gap: UInt8 = 0
    let count = scalars.count
    while index < count {
      let scalar = scalars[index]
      if FigureTokenizer.isSpace(scalar) {
        gap = gap == 0 && FigureTokenizer.isSingleSpace(scalar) ? 1 : 2
        index += 1
        continue
      }
      let start = index
      if FigureTokenizer.digitValue(scalar) != nil {
        key.reset()
        var nonASCII = false
        while index < count, let digit = FigureTokenizer.digitValue(scalars[index]) {
          if scalars[index].value > 0x7F { nonASCII = true }
          key.append(Unicode.Scalar(UInt8(48 + digit)))
          index += 1
        }
        // Built in place: no token copied into the array and destroyed.
        result.append(
          FigureToken(
            kind: .digits, start: start, end: index, gap: gap, nonASCIIDigits: nonASCII,
            key: key.string, hash: key.hash))
      } else if FigureTokenizer.isWordScalar(scalar) {
        key.reset()
        var lowerOnly = true
        let capitalized =
          scalar.value < 0x80
          ? (scalar.value >= 65 && scalar.value <= 90)
          : scalar.value <= 0xFF
            ? (scalar.value >= 0xC0 && scalar.value <= 0xDE && scalar.value != 0xD7)
            : scalar.properties.isUppercase
        while index < count, FigureTokenizer.isWordScalar(scalars[index]) {
          let current = scalars[index]
          index += 1
          // Arabic folding only above ASCII (`fold` maps no ASCII scalar).
          if current.value >= 0x80, let folded = FigureTokenizer.fold(current) {
            if folded.value != 0 { key.append(folded) }
            continue
          }
          if current.value < 0x80 {
            if current.value >= 65, current.value <= 90 {
              if turkishCasing, current == "I" {
                key.append("\u{131}")
              } else {
                key.append(Unicode.Scalar(current.value + 32) ?? current)
              }
            } else {
              key.append(current)
            }
          } else {
            if turkishCasing, current == "\u{130}" {
              key.append("i")
              continue
            }
            let value = current.value
            let knownLower =
              (value >= 0xDF && value <= 0xFF) || (value >= 0x430 && value <= 0x45F)
              || (value >= 0x600 && value <= 0x6FF)
            if !knownLower, current.properties.changesWhenLowercased { lowerOnly = false }
            key.append(current)
          }
        }
        let text = lowerOnly ? key.string : key.string.lowercased()
        result.append(
          FigureToken(
            kind: .word, start: start, end: index, gap: gap, capitalized: capitalized, key: text,
            hash: lowerOnly ? key.hash : FigureTokenizer.hash(text)))
      } else if let fraction = FigureTokenizer.fractionGlyph(scalar) {
        index += 1
        result.append(
          FigureToken(kind: .fractionGlyph, start: start, end: index, gap: gap, key: fraction))
      } else {
        index += 1
        let key: String
        switch scalar {
        case "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}": key = "'"
        default: key = String(scalar)
        }
        result.append(
          FigureToken(
            kind: .punct, start: start, end: index, gap: gap, key: key,
            punct: key == "'" ? 0x27 : scalar.value))
      }
      gap = 0
    }
    for index in result.indices where result[index].kind != .word && result[index].kind != .digits {
      result[index].hash = FigureTokenizer.hash(result[index].key)
    }
    return result
  }

  /// The 64-bit FNV-1a hash of a key's scalars (no normalization: keys come from the same
  /// tokenizer on both sides).
  static func hash(_ key: String) -> UInt64 {
    hash(continuing: 0xcbf2_9ce4_8422_2325, key)
  }

  /// The hash of a key that goes on with `key`, from the hash of its beginning (FNV-1a is
  /// sequential): `hash(continuing: hash(a), b) == hash(a + b)`.
  static func hash(continuing start: UInt64, _ key: String) -> UInt64 {
    var hash = start
    for scalar in key.unicodeScalars {
      hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// The hashes of the token keys of a phrase.
  func hashes(of phrase: String) -> [UInt64] {
    tokens(of: phrase).map(\.hash)
  }

  /// The tokens of a short phrase from a lexicon (same rules as the text).
  func tokens(of phrase: String) -> [FigureToken] {
    tokens(Array(phrase.unicodeScalars))
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x2009, 0x2007, 0x200A, 0x3000, 0x2002, 0x2003,
      0x00AD, 0x200B, 0x200E, 0x200F, 0xFEFF:
      return true
    default: return false
    }
  }

  static func isSingleSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0xA0, 0x202F, 0x2009, 0x2007: return true
    default: return false
    }
  }

  /// The value of a decimal digit in ASCII, Arabic-Indic or Persian script.
  static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    let value = scalar.value
    if value >= 48, value <= 57 { return Int(value - 48) }
    if value >= 0x660, value <= 0x669 { return Int(value - 0x660) }
    if value >= 0x6F0, value <= 0x6F9 { return Int(value - 0x6F0) }
    return nil
  }

  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
    }
    return isNonASCIIWordScalar(scalar)
  }

  /// `isWordScalar` above ASCII (out of line: the ASCII test above is inlined in the loops).
  static func isNonASCIIWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    // Latin-1 letters, Latin Extended, Greek, Cyrillic, Arabic letters: alphabetic.
    if (value >= 0xC0 && value <= 0x24F && value != 0xD7 && value != 0xF7)
      || (value >= 0x400 && value <= 0x4FF) || (value >= 0x621 && value <= 0x64A)
    {
      return true
    }
    switch value {
    // Common punctuation of news text (quotes, dashes, NBSP, €) without Unicode properties.
    case 0xAA, 0xB5, 0xBA: return true
    case 0x80...0xBF, 0x2000...0x2027, 0x202F...0x203A, 0x20A0...0x20C0: return false
    default: break
    }
    let properties = scalar.properties
    if properties.isAlphabetic { return digitValue(scalar) == nil }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// Arabic folding: hamza-carrying alefs to bare alef, alef maqsura to ya, tashkeel and
  /// tatweel dropped (returned as U+0000, meaning "drop").
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0x623, 0x625, 0x622, 0x671: return "\u{627}"
    case 0x649: return "\u{64A}"
    case 0x640, 0x64B...0x652, 0x670: return "\u{0}"
    default: return nil
    }
  }

  static func fractionGlyph(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "½": "1/2"
    case "⅓": "1/3"
    case "⅔": "2/3"
    case "¼": "1/4"
    case "¾": "3/4"
    case "⅕": "1/5"
    case "⅖": "2/5"
    case "⅗": "3/5"
    case "⅘": "4/5"
    case "⅙": "1/6"
    case "⅚": "5/6"
    case "⅛": "1/8"
    case "⅜": "3/8"
    case "⅝": "5/8"
    case "⅞": "7/8"
    default: nil
    }
  }
}
