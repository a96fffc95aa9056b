import Foundation
import ParallaxCore

/// Replaces bytes that are not UTF-8 in a document that is (or says it is) UTF-8, before
/// libxml2 sees it: libxml2 stops at the first bad byte and loses the rest of the file.
package enum UTF8Repair {
  /// The first bad byte's line and column (from 1), when any byte had to be replaced.
  package struct Position: Sendable, Hashable {
    /// The line, from 1.
    package var line: Int
    /// The column in bytes, from 1.
    package var column: Int
  }

  /// The bytes with ill-formed sequences replaced by U+FFFD, and where the first one was;
  /// input declaring another encoding (or in UTF-16) is returned unchanged.
  package static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], firstBad: Position?) {
    guard declaresUTF8(bytes), let bad = firstInvalidOffset(bytes) else { return (bytes, nil) }
    var line = 1
    var lineStart = 0
    for index in 0..<bad where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
    return (repaired, Position(line: line, column: bad - lineStart + 1))
  }

  /// Whether the document is UTF-8 by default or declaration (no UTF-16 mark, and an XML
  /// declaration naming no encoding or UTF-8).
  package static func declaresUTF8(_ bytes: [UInt8]) -> Bool {
    if ByteOrderMark.startsUTF16(bytes) { return false }
    if bytes.prefix(4).contains(0) { return false }
    let head = Array(bytes.prefix(256))
    guard head.starts(with: Array("<?xml".utf8)) || head.starts(with: ByteOrderMark.utf8),
      let end = head.firstIndex(of: UInt8(ascii: ">"))
    else { return true }
    let declaration = String(decoding: head[..<end], as: UTF8.self).lowercased()
    guard let range = declaration.range(of: "encoding") else { return true }
    let value = declaration[range.upperBound...].drop { " =\"'".contains($0) }
      .prefix { !" \"'?".contains($0) }
    return value == "utf-8" || value == "utf8"
  }

  /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
  package static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let n = bytes.count
    while index < n {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return index
      }
      guard index + length <= n, (low...high).contains(bytes[index + 1]) else { return index }
      for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[index + offset]) {
        return index
      }
      index += length
    }
    return nil
  }
}
