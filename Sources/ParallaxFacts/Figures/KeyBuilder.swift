/// Builds a token key as UTF-8 bytes and its FNV-1a hash in the same pass.
struct KeyBuilder {
  private var bytes: [UInt8] = []
  /// The hash of the scalars appended so far.
  private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325

  init() { bytes.reserveCapacity(64) }

  /// Starts a new key.
  mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    hash = 0xcbf2_9ce4_8422_2325
  }

  /// Appends one scalar.
  @inline(__always)
  mutating func append(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    if value < 0x80 {
      bytes.append(UInt8(value))
    } else if value < 0x800 {
      bytes.append(UInt8(0xC0 | (value >> 6)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    } else if value < 0x10000 {
      bytes.append(UInt8(0xE0 | (value >> 12)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    } else {
      bytes.append(UInt8(0xF0 | (value >> 18)))
      bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    }
  }

  /// The key.
  var string: String { String(decoding: bytes, as: UTF8.self) }

  /// The text of some scalars.
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var builder = KeyBuilder()
    for scalar in scalars { builder.append(scalar) }
    return builder.string
  }
}
