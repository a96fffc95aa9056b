#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Converts bytes in a declared character set to a Swift string with the C library's iconv.
///
/// Bytes the character set does not define become U+FFFD and are counted.
enum Transcoder {
  /// The text and how many bytes could not be converted.
  struct Result: Sendable {
    /// The decoded text.
    var text: String
    /// How many bytes were replaced by U+FFFD.
    var replaced: Int
  }

  /// Decodes `bytes` from `charset` (an iconv name such as `WINDOWS-1251`); `nil` when the
  /// C library does not know the character set.
  static func decode(_ bytes: [UInt8], from charset: String) -> Result? {
    let converter = iconv_open("UTF-8", charset)
    guard let converter, Int(bitPattern: converter) != -1 else { return nil }
    defer { iconv_close(converter) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 2)
    var replaced = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var input = bytes
    input.withUnsafeMutableBufferPointer { source in
      chunk.withUnsafeMutableBufferPointer { target in
        guard let sourceBase = source.baseAddress, let targetBase = target.baseAddress else {
          return
        }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(sourceBase)
          .assumingMemoryBound(to: CChar.self)
        var inLeft = source.count
        while inLeft > 0 {
          var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(targetBase)
            .assumingMemoryBound(to: CChar.self)
          var outLeft = target.count
          let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
          let failure = errno
          output.append(contentsOf: target[0..<(target.count - outLeft)])
          if status == size_t.max, failure != E2BIG {
            // An undefined or truncated sequence: replace one byte and go on.
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            replaced += 1
            inPointer = inPointer.map { $0 + 1 }
            inLeft -= 1
          }
        }
      }
    }
    return Result(text: String(decoding: output, as: UTF8.self), replaced: replaced)
  }
}
