/// Builds a token key as UTF-8 bytes and its FNV-1a hash in the same pass.
struct KeyBuilder {
  /// The key's bytes are `bytes[0..<count]`; the array only grows, `reset` keeps it.
  private var bytes: [UInt8] = []
  private var count = 0
  /// The hash of the scalars appended so far.
  private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325

  init() { bytes = [UInt8](repeating: 0, count: 64) }

  /// Starts a new key.
  mutating func reset() {
    count = 0
    hash = 0xcbf2_9ce4_8422_2325
  }

  /// Appends one scalar.
  @inline(__always)
  mutating func append(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    if count + 4 > bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
    if value < 0x80 {
      bytes[count] = UInt8(value)
      count += 1
    } else if value < 0x800 {
      bytes[count] = UInt8(0xC0 | (value >> 6))
      bytes[count + 1] = UInt8(0x80 | (value & 0x3F))
      count += 2
    } else if value < 0x10000 {
      bytes[count] = UInt8(0xE0 | (value >> 12))
      bytes[count + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
      bytes[count + 2] = UInt8(0x80 | (value & 0x3F))
      count += 3
    } else {
      bytes[count] = UInt8(0xF0 | (value >> 18))
      bytes[count + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
      bytes[count + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
      bytes[count + 3] = UInt8(0x80 | (value & 0x3F))
      count += 4
    }
  }

  /// The key.
  var string: String {
    bytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[0..<count]), as: UTF8.self)
    }
  }

  /// The text of some scalars.
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var builder = KeyBuilder()
    for scalar in scalars { builder.append(scalar) }
    return builder.string
  }
}
