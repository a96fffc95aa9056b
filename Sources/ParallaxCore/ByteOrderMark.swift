/// The byte-order marks the readers look for at the start of a file, named once.
package enum ByteOrderMark {
  /// U+FEFF in UTF-8.
  package static let utf8: [UInt8] = [0xEF, 0xBB, 0xBF]
  /// U+FEFF in UTF-16, little-endian.
  package static let utf16LittleEndian: [UInt8] = [0xFF, 0xFE]
  /// U+FEFF in UTF-16, big-endian.
  package static let utf16BigEndian: [UInt8] = [0xFE, 0xFF]
  /// U+FEFF in UTF-32, little-endian (begins like the UTF-16 little-endian mark: test it
  /// first).
  package static let utf32LittleEndian: [UInt8] = [0xFF, 0xFE, 0x00, 0x00]
  /// U+FEFF in UTF-32, big-endian.
  package static let utf32BigEndian: [UInt8] = [0x00, 0x00, 0xFE, 0xFF]

  /// Whether `bytes` begin with a UTF-16 mark of either order.
  package static func startsUTF16<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
    bytes.starts(with: utf16LittleEndian) || bytes.starts(with: utf16BigEndian)
  }
}
