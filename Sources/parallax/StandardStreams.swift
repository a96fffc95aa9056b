#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Unbuffered writes to standard error, for diagnostics.
enum StandardError {
  static func write(_ text: String) {
    FileDescriptorWriter.writeAll(2, Array(text.utf8))
  }
}

/// Standard output as a buffered text stream; flushed when full and when it goes away.
final class StandardOutput: TextOutputStream {
  private var buffer: [UInt8] = []

  init() { buffer.reserveCapacity(1 << 16) }

  deinit { flush() }

  func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    FileDescriptorWriter.writeAll(1, buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}

enum FileDescriptorWriter {
  /// Writes every byte, retrying short writes; gives up quietly on a closed pipe.
  static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        guard let base = raw.baseAddress else { return }
        let written = Glibc.write(descriptor, base + offset, raw.count - offset)
        if written <= 0 {
          if written < 0, errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }
}
