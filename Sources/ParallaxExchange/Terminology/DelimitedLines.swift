import ParallaxCore
import ParallaxXML

/// The text of a delimited file (OmegaT, CSV) after checking that it is UTF-8: a file that is
/// not gets a located warning and U+FFFD for the bad bytes; a byte-order mark is dropped.
enum DelimitedLines {
  /// The decoded text of `bytes`.
  static func text(_ bytes: [UInt8], path: String, into diagnostics: inout [Diagnostic])
    -> String
  {
    var slice = bytes[...]
    if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
    let bytes = Array(slice)
    if let bad = UTF8Repair.firstInvalidOffset(bytes) {
      var line = 1
      var start = 0
      for index in 0..<bad where bytes[index] == 0x0A {
        line += 1
        start = index + 1
      }
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: path, line: line, column: bad - start + 1),
          "bytes that are not UTF-8 were replaced by U+FFFD"))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The lines of `bytes`, numbered from 1 (a line ends at LF; a CR before it is dropped).
  static func lines(_ bytes: [UInt8], path: String, into diagnostics: inout [Diagnostic])
    -> [(Int, String)]
  {
    let text = text(bytes, path: path, into: &diagnostics)
    var out: [(Int, String)] = []
    var number = 0
    for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      var value = String(String.UnicodeScalarView(line))
      if value.unicodeScalars.last == "\r" { value.unicodeScalars.removeLast() }
      out.append((number, value))
    }
    if out.last?.1.isEmpty == true { out.removeLast() }
    return out
  }
}
