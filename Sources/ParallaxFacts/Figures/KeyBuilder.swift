/// Builds a token key as UTF-8 bytes and its FNV-1a hash in the same pass.
///
/// It writes into scratch memory that its user provides (see `withScratch`): at most four
/// bytes per scalar appended since the last `reset`, so a buffer of four bytes per scalar of
/// the text is always enough, and no append checks capacity or uniqueness.
struct KeyBuilder {
  private let bytes: UnsafeMutablePointer<UInt8>
  private var count = 0
  /// The hash of the scalars appended so far.
  private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325

  /// A builder writing into `bytes`, which holds four bytes per scalar appended between
  /// resets.
  private init(bytes: UnsafeMutablePointer<UInt8>) { self.bytes = bytes }

  /// Runs `body` with a builder that may take up to `scalars` scalars between resets.
  static func withScratch<Result>(
    scalars: Int, _ body: (inout KeyBuilder) -> Result
  ) -> Result {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * scalars + 4) { scratch in
      guard let base = scratch.baseAddress else {
        // A zero-size allocation has no address: use a small one of our own.
        let own = UnsafeMutablePointer<UInt8>.allocate(capacity: 4)
        defer { own.deallocate() }
        var builder = KeyBuilder(bytes: own)
        return body(&builder)
      }
      var builder = KeyBuilder(bytes: base)
      return body(&builder)
    }
  }

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
    String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }

  /// The text of some scalars.
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    withScratch(scalars: scalars.count) { builder in
      for scalar in scalars { builder.append(scalar) }
      return builder.string
    }
  }
}
