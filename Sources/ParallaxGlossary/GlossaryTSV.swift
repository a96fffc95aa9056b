/// The lines, cells and variants of a glossary TSV, cut on its UTF-8 bytes (a 100,000-row
/// glossary is read in a fraction of a second, where Foundation's trimming took seconds).
///
/// Lines end as `Character.isNewline` says (`\n`, `\r\n`, `\r`, VT, FF, NEL, U+2028,
/// U+2029); cells and variants are trimmed of tabs and space separators (`.whitespaces`).
enum GlossaryTSV {
  /// One line that is neither blank nor a comment: its number (from 1) and trimmed cells.
  struct Row {
    var line: Int
    var cells: [String]
  }

  /// The rows of `text`, skipping blank lines and lines starting with `#`.
  static func rows(_ text: String) -> [Row] {
    var ignored: [Row] = []
    return rows(text, others: &ignored)
  }

  /// The rows of `text`; its blank and comment lines go to `others`, each as one cell (the
  /// line as written, "" for a blank one).
  static func rows(_ text: String, others: inout [Row]) -> [Row] {
    var text = text
    return text.withUTF8 { bytes in
      var rows: [Row] = []
      var start = 0
      var line = 0
      while start <= bytes.count {
        var end = start
        var width = 0
        while end < bytes.count {
          width = newlineWidth(bytes, end)
          if width > 0 { break }
          end += 1
        }
        line += 1
        if let cells = cells(bytes, start, end) {
          rows.append(Row(line: line, cells: cells))
        } else if start < bytes.count {
          // (Not the empty rest after the last line end.)
          let (from, to) = trimmed(bytes, start, end)
          others.append(
            Row(line: line, cells: [String(decoding: bytes[from..<to], as: UTF8.self)]))
        }
        if end >= bytes.count { break }
        start = end + width
      }
      return rows
    }
  }

  /// The variants of a cell: cut at `|`, trimmed, empty ones left out.
  static func variants(_ cell: String) -> [String] {
    var cell = cell
    return cell.withUTF8 { bytes in
      var found: [String] = []
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "|") {
        let (from, to) = trimmed(bytes, start, index)
        if from < to { found.append(String(decoding: bytes[from..<to], as: UTF8.self)) }
        start = index + 1
      }
      return found
    }
  }

  /// The trimmed cells of the line `bytes[start..<end]`, or nil for a blank or comment line.
  private static func cells(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> [String]?
  {
    let (from, to) = trimmed(bytes, start, end)
    if from == to || bytes[start] == UInt8(ascii: "#") { return nil }
    var cells: [String] = []
    var cellStart = start
    for index in start...end where index == end || bytes[index] == UInt8(ascii: "\t") {
      let (from, to) = trimmed(bytes, cellStart, index)
      cells.append(String(decoding: bytes[from..<to], as: UTF8.self))
      cellStart = index + 1
    }
    return cells
  }

  /// The bytes of a newline at `index` (0 when there is none; 2 for `\r\n`).
  private static func newlineWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
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
  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
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
