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
  }

  /// A head is binary when it has NUL bytes that are not the zero halves of UTF-16 or
  /// UTF-32 text, or when more than 10 % of its first 8 KiB (64 bytes at least) are control
  /// characters other than tab, line feed, form feed, carriage return and escape. A few
  /// stray controls are common in legacy text; the decoders strip them.
  static func inspect(_ head: [UInt8]) -> Finding? {
    let sample = head.prefix(8192)
    guard !sample.isEmpty, !looksLikeWideText(sample) else { return nil }
    var controls = 0
    var first: Int?
    for (offset, byte) in sample.enumerated() where byte < 0x20 || byte == 0x7F {
      if byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x1B {
        continue
      }
      if first == nil { first = offset }
      if byte == 0 { return locate(offset: offset, in: sample) }
      controls += 1
    }
    guard let first, sample.count >= 64, controls * 10 > sample.count else { return nil }
    return locate(offset: first, in: sample)
  }

  /// UTF-16 or UTF-32, with or without a byte-order mark: the zero bytes of ASCII-range
  /// characters fall in fixed phases of 4 (1 and 3 for UTF-16LE, 0 and 2 for UTF-16BE,
  /// 1–3 for UTF-32LE, 0–2 for UTF-32BE) and the other phases hold the letters.
  private static func looksLikeWideText(_ sample: ArraySlice<UInt8>) -> Bool {
    let bytes = Array(sample.prefix(512))
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
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
      if byte == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1  // in bytes: binary data has no characters to count
      }
    }
    return Finding(offset: offset, line: line, column: column)
  }
}
