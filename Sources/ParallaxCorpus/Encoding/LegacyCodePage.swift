/// A single-byte code page: ASCII below 0x80, a table of 128 characters above.
///
/// Bytes a code page leaves undefined read as the C1 control of the same value, as browsers
/// do (WHATWG Encoding); the normalizer drops them later and the encoding guesser counts them
/// against the code page.
package struct LegacyCodePage: Sendable {
  /// The WHATWG name: `windows-1252`, `koi8-r`…
  package let name: String
  /// The character of each byte from 0x80 to 0xFF; 0 where the code page defines none.
  let upper: [UInt16]
  /// The UTF-8 form of each upper byte, packed little-endian, its length in the top byte.
  private let utf8: [UInt32]

  /// The code page called `name` (any alias: `latin1`, `cp1254`, `ISO-8859-9`…), or `nil`.
  ///
  /// As in browsers, ISO-8859-1 and US-ASCII read as windows-1252 and ISO-8859-9 as
  /// windows-1254: documents that declare them use the extra characters anyway.
  package init?(named declared: String) {
    guard let name = TextDecoding.canonicalName(declared), let page = Self.all[name] else {
      return nil
    }
    self = page
  }

  /// Every code page, built once.
  private static let all: [String: LegacyCodePage] = Dictionary(
    uniqueKeysWithValues: tables.map { ($0.key, LegacyCodePage(name: $0.key, table: $0.value)) })

  private init(name: String, table: [UInt16]) {
    self.name = name
    self.upper = table
    self.utf8 = (0..<128).map { index in
      let value = table[index] == 0 ? UInt32(index + 0x80) : UInt32(table[index])
      var bytes: [UInt8] = []
      if let scalar = Unicode.Scalar(value) {
        bytes = Array(String(Character(scalar)).utf8)
      }
      var packed = UInt32(bytes.count) << 24
      for (shift, byte) in bytes.enumerated() { packed |= UInt32(byte) << (8 * UInt32(shift)) }
      return packed
    }
  }

  /// The code pages that undeclared legacy text is tried against, in order of preference.
  static let guessable: [LegacyCodePage] = [
    "windows-1252", "windows-1254", "windows-1256", "windows-1251",
  ].compactMap { LegacyCodePage(named: $0) }

  /// `bytes` transcoded to UTF-8.
  package func transcode(_ bytes: some Collection<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 2)
    for byte in bytes {
      if byte < 0x80 {
        out.append(byte)
        continue
      }
      let packed = utf8[Int(byte &- 0x80)]
      let count = Int(packed >> 24)
      for shift in 0..<count { out.append(UInt8(truncatingIfNeeded: packed >> (8 * shift))) }
    }
    return out
  }

  /// `bytes` decoded to a string.
  package func decode(_ bytes: some Collection<UInt8>) -> String {
    String(decoding: transcode(bytes), as: UTF8.self)
  }

  /// How many bytes of `bytes` the code page leaves undefined or reads as C1 controls.
  func undefinedCount(in bytes: some Collection<UInt8>) -> Int {
    var count = 0
    for byte in bytes where byte >= 0x80 {
      let value = upper[Int(byte &- 0x80)]
      if value == 0 || (0x80...0x9F).contains(value) { count += 1 }
    }
    return count
  }
}
