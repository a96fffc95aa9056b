/// The lines, cells and variants of a glossary TSV, cut on its UTF-8 bytes (a 100,000-row
/// glossary is read in a fraction of a second, where Foundation's trimming took seconds).
///
/// Lines end as `Character.isNewline` says (`\n`, `\r\n`, `\r`, VT, FF, NEL, U+2028,
/// U+2029); cells and variants are trimmed of tabs and space separators (`.whitespaces`).
enum GlossaryTSV {
  /// Walks the lines of a file's bytes.
  struct Scanner {
    private var start = 0
    private var line = 0
    private var done = false

    /// The number (from 1) of the next line, its trimmed cells in `cells`; for a blank or
    /// comment line `cells` is empty and `other` holds the trimmed line. Nil at the end.
    mutating func next(
      _ bytes: UnsafeBufferPointer<UInt8>, cells: inout [Range<Int>], other: inout Range<Int>
    ) -> Int? {
      // (The empty rest after the last line end is no line.)
      guard !done, start < bytes.count || (line == 0 && bytes.isEmpty) else { return nil }
      // One pass: the cells are cut at tabs on the way to the line end.
      cells.removeAll(keepingCapacity: true)
      var end = start
      var width = 0
      var cellStart = start
      while end < bytes.count {
        let byte = bytes[end]
        if byte == UInt8(ascii: "\t") {
          let (from, to) = GlossaryTSV.trimmed(bytes, cellStart, end)
          cells.append(from..<to)
          cellStart = end + 1
        } else if GlossaryTSV.mayStartNewline(byte) {
          width = GlossaryTSV.newlineWidth(bytes, end)
          if width > 0 { break }
        }
        end += 1
      }
      line += 1
      let (from, to) = GlossaryTSV.trimmed(bytes, start, end)
      if from == to || bytes[start] == UInt8(ascii: "#") {
        cells.removeAll(keepingCapacity: true)
        other = from..<to
      } else {
        let (from, to) = GlossaryTSV.trimmed(bytes, cellStart, end)
        cells.append(from..<to)
      }
      if end >= bytes.count { done = true }
      start = end + width
      return line
    }
  }

  /// The variants of the cell `bytes[range]` as ranges in `variants`, cut at `|`, trimmed,
  /// empty ones left out; false when the cell needs `GlossaryCell`'s full reading: it has a
  /// backslash (an escape) or a variant ending in `]` (perhaps a status marker).
  static func plainVariants(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into variants: inout [Range<Int>]
  ) -> Bool {
    variants.removeAll(keepingCapacity: true)
    var start = range.lowerBound
    for index in range.lowerBound...range.upperBound {
      if index < range.upperBound {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\\") { return false }
        if byte != UInt8(ascii: "|") { continue }
      }
      let (from, to) = trimmed(bytes, start, index)
      if from < to {
        if bytes[to - 1] == UInt8(ascii: "]") { return false }
        variants.append(from..<to)
      }
      start = index + 1
    }
    return true
  }

  /// Whether `byte` may start a line end (`newlineWidth` tells).
  @inline(__always)
  static func mayStartNewline(_ byte: UInt8) -> Bool {
    (0x0A...0x0D).contains(byte) || byte == 0xC2 || byte == 0xE2
  }

  /// The bytes of a newline at `index` (0 when there is none; 2 for `\r\n`).
  static func newlineWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    switch bytes[index] {
    case 0x0A, 0x0B, 0x0C: return 1
    case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
    case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
    case 0xE2:
      return index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
    default: return 0
    }
  }

  /// `start..<end` without the white space (tab, space separators) at either end.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> (Int, Int)
  {
    var from = start
    var to = end
    while from < to {
      let width = spaceWidth(bytes, from, to)
      if width == 0 { break }
      from += width
    }
    while from < to {
      let width = spaceWidthBefore(bytes, from, to)
      if width == 0 { break }
      to -= width
    }
    return (from, to)
  }

  /// The bytes of a white space scalar starting at `index` (before `end`), or 0.
  private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int)
    -> Int
  {
    let byte = bytes[index]
    if byte == 0x20 || byte == 0x09 { return 1 }
    guard byte >= 0xC2 else { return 0 }
    for width in 2...3 where index + width <= end && isSpace(bytes, index, width) { return width }
    return 0
  }

  /// The bytes of a white space scalar ending at `end` (after `start`), or 0.
  private static func spaceWidthBefore(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> Int {
    let byte = bytes[end - 1]
    if byte == 0x20 || byte == 0x09 { return 1 }
    guard byte >= 0x80 else { return 0 }
    for width in 2...3 where end - width >= start && isSpace(bytes, end - width, width) {
      return width
    }
    return 0
  }

  /// Whether the `width` bytes at `index` are a space separator (Unicode category Zs).
  private static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ width: Int)
    -> Bool
  {
    let first = bytes[index]
    let second = bytes[index + 1]
    if width == 2 { return first == 0xC2 && second == 0xA0 }  // U+00A0
    let third = bytes[index + 2]
    switch (first, second) {
    case (0xE1, 0x9A): return third == 0x80  // U+1680
    case (0xE2, 0x80): return (0x80...0x8A).contains(third) || third == 0xAF  // U+2000-200A, 202F
    case (0xE2, 0x81): return third == 0x9F  // U+205F
    case (0xE3, 0x80): return third == 0x80  // U+3000
    default: return false
    }
  }
}
