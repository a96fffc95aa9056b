import CZlib

/// Inflates gzip data (a dictd `.dict.dz` is gzip with a random-access table in its header,
/// which a whole-file inflate ignores). The one file that touches zlib.
enum Inflater {
  /// Why data could not be inflated.
  struct Failure: Error {
    /// zlib's message.
    var message: String
  }

  /// The inflated bytes of gzip (or zlib) `data`.
  static func gunzip(_ data: [UInt8]) throws(Failure) -> [UInt8] {
    var stream = z_stream()
    // 15 + 32: a window of 32 KiB, and the gzip or zlib header detected.
    guard px_inflateInit2(&stream, 15 + 32) == Z_OK else {
      throw Failure(message: "zlib could not start")
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    output.reserveCapacity(data.count * 4)
    var chunk = [UInt8](repeating: 0, count: 1 << 18)
    var input = data
    var status: Int32 = Z_OK
    input.withUnsafeMutableBufferPointer { inputBuffer in
      stream.next_in = inputBuffer.baseAddress
      stream.avail_in = UInt32(inputBuffer.count)
      repeat {
        chunk.withUnsafeMutableBufferPointer { chunkBuffer in
          stream.next_out = chunkBuffer.baseAddress
          stream.avail_out = UInt32(chunkBuffer.count)
          status = inflate(&stream, Z_NO_FLUSH)
          let produced = chunkBuffer.count - Int(stream.avail_out)
          output.append(contentsOf: chunkBuffer[0..<produced])
        }
      } while status == Z_OK
    }
    guard status == Z_STREAM_END else {
      let message = stream.msg.map { String(cString: $0) } ?? "status \(status)"
      throw Failure(message: "corrupt compressed data (\(message))")
    }
    return output
  }
}
