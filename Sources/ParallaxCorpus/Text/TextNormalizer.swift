import Foundation

/// Normalizes paragraph text once, so that every later character range stays valid.
///
/// - Unicode NFC.
/// - Runs of white space (spaces, tabs, line breaks, the typographic spaces) fold to one
///   space; the ends are trimmed. No-break spaces (U+00A0, U+202F, U+2007) are kept as they
///   are: in French and Russian copy they separate thousands (`1 000`).
/// - Soft hyphens, zero-width spaces, word joiners, byte-order marks and bidi controls are
///   dropped. ZWNJ and ZWJ are kept: they change how Persian words and emoji are written.
/// - C0 and C1 control characters are dropped.
///
/// One pass over the UTF-8 bytes writes the folded text straight into the new string's
/// buffer. Foundation's NFC runs only when a scalar outside the NFC-stable ranges of
/// `isStable` occurs (or Arabic vowel marks out of canonical order): a string made only of
/// stable scalars is already NFC (the UAX #15 quick check), so Latin, Cyrillic, Greek,
/// Arabic, Hangul, kana and CJK text never reach Foundation.
package enum TextNormalizer {
  /// Returns the normalized form of `text`.
  package static func normalize(_ text: some StringProtocol) -> String {
    var string = String(text)
    let normalized: String? = string.withUTF8 { isCleanASCII($0) ? nil : normalize(utf8: $0) }
    return normalized ?? string
  }

  /// Returns the normalized form of the text that the valid UTF-8 `input` holds.
  static func normalize(utf8 input: UnsafeBufferPointer<UInt8>) -> String {
    var needsNFC = false
    let folded = String(unsafeUninitializedCapacity: input.count) { out in
      var count = 0
      var pendingSpace = false
      var lastMarkClass: UInt32 = 0
      var index = 0
      let end = input.count
      while index < end {
        let lead = input[index]
        if lead < 0x80 {
          if lead > UInt8(ascii: " ") && lead < .delete {
            if pendingSpace {
              if count > 0 {
                out[count] = UInt8(ascii: " ")
                count += 1
              }
              pendingSpace = false
            }
            // The rest of the run of printable ASCII, copied as it is: eight bytes at a time
            // while they hold only printable ASCII and single spaces, then byte by byte.
            out[count] = lead
            count += 1
            index += 1
            if let source = input.baseAddress, let target = out.baseAddress {
              while index + 8 <= end {
                let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                guard let taken = Self.plainWordLength(word) else { break }
                UnsafeMutableRawPointer(target + count).storeBytes(of: word, as: UInt64.self)
                count += taken
                index += taken
              }
            }
            while index < end {
              let byte = input[index]
              guard byte > UInt8(ascii: " ") && byte < .delete else { break }
              out[count] = byte
              count += 1
              index += 1
            }
            lastMarkClass = 0
            continue
          } else if lead == UInt8(ascii: " ")
            || (UInt8(ascii: "\t")...UInt8(ascii: "\r")).contains(lead)
          {
            pendingSpace = true
          }
          index += 1
          continue
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= end else { break }
        var value = UInt32(lead & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F))
        for offset in 1..<length { value = value << 6 | UInt32(input[index + offset] & 0x3F) }
        // Latin-1 and Latin Extended letters, Cyrillic, Arabic letters, CJK, kana, Hangul:
        // kept and NFC-stable.
        let plainLatin = Self.isPlainKept(value)
        switch plainLatin ? .keep : classify(value) {
        case .keep:
          if pendingSpace {
            if count > 0 {
              out[count] = UInt8(ascii: " ")
              count += 1
            }
            pendingSpace = false
          }
          out[count] = lead
          out[count + 1] = input[index + 1]
          if length > 2 {
            out[count + 2] = input[index + 2]
            if length > 3 { out[count + 3] = input[index + 3] }
          }
          count += length
          if plainLatin {
            lastMarkClass = 0
          } else if !needsNFC {
            if Self.arabicVowelMarks.contains(value) {
              // Arabic vowel marks: NFC only reorders them by combining class (27 for the
              // first, fathatan, up to 34 for sukun).
              let markClass = value - Self.arabicVowelMarks.lowerBound + 27
              if markClass < lastMarkClass { needsNFC = true }
              lastMarkClass = markClass
            } else {
              lastMarkClass = 0
              if !isStable(value) { needsNFC = true }
            }
          }
        case .space:
          pendingSpace = true
        case .drop:
          break
        }
        index += length
      }
      return count
    }
    return needsNFC ? folded.precomposedStringWithCanonicalMapping : folded
  }

  /// How many of the eight bytes of `word` (little-endian) can be copied as they are after a
  /// printable byte: 8 when all are printable ASCII or single spaces, 7 when the last one is a
  /// space (left for the slow path, which folds it with what follows); `nil` otherwise.
  @inline(__always)
  private static func plainWordLength(_ word: UInt64) -> Int? {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A byte below the space, or at or above DELETE.
    let space = UInt64(UInt8(ascii: " "))
    let below = (word &- space &* ones) & ~word & highs
    let above = ((word &+ ones) | word) & highs
    guard below | above == 0 else { return nil }
    // Spaces (a superset when borrows spill: then the slow path runs, which is safe).
    let flipped = word ^ (space &* ones)
    let spaces = (flipped &- ones) & ~flipped & highs
    // The first byte follows a printable one; two spaces in a row need folding.
    guard spaces & (spaces >> 8) == 0 else { return nil }
    return word >> 56 == space ? 7 : 8
  }

  /// Scalars of the common scripts that are kept as they are and NFC-stable (a subset of
  /// `classify`'s `.keep` and of `isStable`), tested before either.
  @inline(__always)
  private static func isPlainKept(_ value: UInt32) -> Bool {
    if value < 0x300 { return value >= 0xA0 && value != 0xAD }
    if value < 0x483 { return value >= 0x400 }
    if value < 0x64B { return value >= 0x621 }
    if value < 0x3041 { return false }
    if value <= 0x3096 { return true }
    if value < 0x30A1 { return false }
    if value <= 0x30FA { return true }
    return (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0xAC00 && value <= 0xD7A3)
  }

  /// U+064B ARABIC FATHATAN … U+0652 ARABIC SUKUN: the vowel marks, combining classes 27…34.
  private static let arabicVowelMarks: ClosedRange<UInt32> = 0x64B...0x652

  /// Whether a scalar is folded white space (the no-break spaces are not).
  package static func isFoldedSpace(_ scalar: Unicode.Scalar) -> Bool {
    classify(scalar.value) == .space
  }

  private enum Action { case keep, space, drop }

  @inline(__always)
  private static func classify(_ value: UInt32) -> Action {
    switch value {
    // Printable ASCII; Latin-1 up to NOT SIGN; SOFT HYPHEN skipped, then up to the end of
    // the Canadian syllabics.
    case 0x21...0x7E, 0xA0...0xAC, 0xAE...0x167F: return .keep
    // SPACE, TAB to CARRIAGE RETURN, NEXT LINE, OGHAM SPACE MARK, EN QUAD to SIX-PER-EM
    // SPACE, THIN SPACE to HAIR SPACE (FIGURE SPACE U+2007 is a no-break space: kept), LINE
    // and PARAGRAPH SEPARATOR, MEDIUM MATHEMATICAL SPACE, IDEOGRAPHIC SPACE.
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x1680, 0x2000...0x2006, 0x2008...0x200A,
      0x2028, 0x2029, 0x205F, 0x3000:
      return .space
    // C0 and C1 controls and DELETE, SOFT HYPHEN, MONGOLIAN VOWEL SEPARATOR, ZERO WIDTH
    // SPACE, LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK, the bidi embeddings and overrides
    // (U+202A…U+202E), WORD JOINER to INVISIBLE PLUS, the bidi isolates (U+2066…U+2069),
    // ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside text), and the noncharacters
    // U+FFFE and U+FFFF.
    case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E,
      0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xFFFE, 0xFFFF:
      return .drop
    default:
      return .keep
    }
  }

  /// Whether a scalar is in a range that NFC never changes, whatever surrounds it: checked
  /// with Python's `unicodedata` (Unicode 14), every scalar here has canonical combining
  /// class 0, is its own NFC and is never the second element of a canonical composition.
  @inline(__always)
  private static func isStable(_ value: UInt32) -> Bool {
    // The common blocks first: Cyrillic, Arabic letters, punctuation, CJK, Hangul.
    if value >= 0x400 && value <= 0x482 { return true }
    if value >= 0x621 && value <= 0x64A { return true }
    if value >= 0x2010 && value <= 0x205E { return true }
    if value >= 0x4E00 && value <= 0x9FFF { return true }
    if value >= 0xAC00 && value <= 0xD7A3 { return true }
    switch value {
    case 0...0x2FF, 0x370...0x373, 0x375...0x37D, 0x37F...0x386, 0x388...0x3FF, 0x400...0x482,
      0x48A...0x52F, 0x600...0x60F, 0x61B...0x64A, 0x660...0x66F, 0x671...0x6D3, 0x1E00...0x1EFF,
      0x2002...0x205E, 0x20A0...0x20C0, 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x2328,
      0x232B...0x23FF, 0x2460...0x27BF, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096,
      0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60:
      return true
    default:
      return false
    }
  }

  /// Printable ASCII with single inner spaces and no space at either end.
  private static func isCleanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousSpace = true
    for byte in bytes {
      if byte == UInt8(ascii: " ") {
        if previousSpace { return false }
        previousSpace = true
      } else if byte < UInt8(ascii: " ") || byte >= .delete {
        return false
      } else {
        previousSpace = false
      }
    }
    return !previousSpace || bytes.isEmpty
  }
}
