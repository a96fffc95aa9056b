/// Tells binary data (an image, an archive, an executable) from text in any encoding, so
/// that it is refused with a located error instead of being read as a report of garbage.
enum BinarySniffer {
  /// Where the first byte that text would not contain is, when the head looks binary.
  struct Finding: Equatable {
    /// Offset of the first offending byte.
    var offset: Int
    /// Line and column (in bytes) of that byte, from 1.
    var line: Int
    var column: Int
    /// What was found there, for the message.
    var what = "control byte"
  }

  /// A head is binary when it has NUL bytes that are not the zero halves of UTF-16 or
  /// UTF-32 text, or when more than 10 % of its first 8 KiB (64 bytes at least) are control
  /// characters other than tab, line feed, form feed, carriage return and escape. A few
  /// stray controls are common in legacy text; the decoders strip them.
  ///
  /// A head with a UTF-16 or UTF-32 byte-order mark is decoded and its text judged instead
  /// (`inspectWide`): the mark says nothing about what follows it.
  static func inspect(_ head: [UInt8]) -> Finding? {
    let sample = head.prefix(8192)
    if let (encoding, markLength) = TextDecoding.byteOrderMark(Array(sample.prefix(4))),
      encoding != "utf-8"
    {
      return inspectWide(sample, encoding: encoding, markLength: markLength)
    }
    guard !sample.isEmpty, !looksLikeWideText(sample) else { return nil }
    var controls = 0
    var first: Int?
    for (offset, byte) in sample.enumerated() where byte < UInt8(ascii: " ") || byte == .delete {
      if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == .formFeed
        || byte == UInt8(ascii: "\r") || byte == .escape
      {
        continue
      }
      if first == nil { first = offset }
      if byte == 0 { return locate(offset: offset, in: sample) }
      controls += 1
    }
    guard let first, sample.count >= 64, controls * 10 > sample.count else { return nil }
    return locate(offset: first, in: sample)
  }

  /// Text after a UTF-16 or UTF-32 byte-order mark is binary when it decodes to a NUL, or
  /// when more than 10 % of its first characters (8 at least) are not text: controls other
  /// than tab, line feed, form feed, carriage return and escape, unpaired surrogates
  /// (decoded as U+FFFD), private-use, unassigned and noncharacter code points. Random or
  /// binary bytes after a mark decode to such characters; text in any script does not.
  /// The finding's line and column count characters; the offset counts bytes.
  private static func inspectWide(_ sample: ArraySlice<UInt8>, encoding: String, markLength: Int)
    -> Finding?
  {
    let width = encoding.hasPrefix("utf-32") ? 4 : 2
    let body = Array(sample.dropFirst(markLength))
    let whole = body.prefix(body.count / width * width)
    guard !whole.isEmpty, let utf8 = TextDecoding.transcodeToUTF8(Array(whole), encoding: encoding)
    else { return nil }
    var junk = 0
    var count = 0
    var first: (units: Int, line: Int, column: Int)?
    var units = 0
    var line = 1
    var column = 1
    for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
      count += 1
      if isJunk(scalar) {
        if first == nil { first = (units, line, column) }
        if scalar.value == 0 {
          return Finding(
            offset: markLength + units * width, line: line, column: column,
            what: "NUL character after a \(encoding) byte-order mark")
        }
        junk += 1
      }
      // A replacement character stands for one unpaired surrogate (one unit).
      units += width == 2 ? max(1, scalar.utf16.count) : 1
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    guard let first, count >= 8, junk * 10 > count else { return nil }
    return Finding(
      offset: markLength + first.units * width, line: first.line, column: first.column,
      what: "\(junk) of \(count) characters after a \(encoding) byte-order mark not text, the first"
    )
  }

  /// Whether a decoded character is one that text does not contain.
  private static func isJunk(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\t", "\n", "\u{0C}", "\r", "\u{1B}": return false
    // C0 controls, DELETE, and U+FFFD REPLACEMENT CHARACTER (what a decoder puts for a bad byte).
    case "\u{00}"..<" ", "\u{7F}", "\u{FFFD}": return true
    default: break
    }
    if scalar.properties.isNoncharacterCodePoint { return true }
    switch scalar.properties.generalCategory {
    case .privateUse, .unassigned, .surrogate, .control: return true
    default: return false
    }
  }

  /// UTF-16 or UTF-32, with or without a byte-order mark: the zero bytes of ASCII-range
  /// characters fall in fixed phases of 4 (1 and 3 for UTF-16LE, 0 and 2 for UTF-16BE,
  /// 1–3 for UTF-32LE, 0–2 for UTF-32BE) and the other phases hold the letters.
  private static func looksLikeWideText(_ sample: ArraySlice<UInt8>) -> Bool {
    let bytes = Array(sample.prefix(512))
    if ByteOrderMark.startsUTF16(bytes) { return true }
    guard bytes.count >= 16 else { return false }
    let zeroPhases = Set(
      (0..<4).filter { phase in
        let column = stride(from: phase, to: bytes.count, by: 4).map { bytes[$0] }
        return column.filter { $0 == 0 }.count * 10 >= column.count * 8
      })
    let nonZeroPhases = Set(
      (0..<4).filter { phase in
        let column = stride(from: phase, to: bytes.count, by: 4).map { bytes[$0] }
        return column.filter { $0 != 0 }.count * 10 >= column.count * 8
      })
    guard zeroPhases.union(nonZeroPhases).count == 4 else { return false }
    return [[1, 3], [0, 2], [1, 2, 3], [0, 1, 2]].contains { Set($0) == zeroPhases }
  }

  private static func locate(offset: Int, in sample: ArraySlice<UInt8>) -> Finding {
    var line = 1
    var column = 1
    for byte in sample.prefix(offset) {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else {
        column += 1  // in bytes: binary data has no characters to count
      }
    }
    return Finding(offset: offset, line: line, column: column)
  }
}
