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

  /// Whether standard error is a terminal (progress is shown only then).
  static var isTerminal: Bool { isatty(2) == 1 }
}

enum FileDescriptorWriter {
  /// Writes every byte, retrying short writes; returns `errno` of a failed write (`ENOSPC`,
  /// `EPIPE`, …), `nil` when everything was written.
  @discardableResult
  static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
    bytes.withUnsafeBytes { raw -> Int32? in
      var offset = 0
      while offset < raw.count {
        guard let base = raw.baseAddress else { return nil }
        let written = Glibc.write(descriptor, base + offset, raw.count - offset)
        if written <= 0 {
          if written < 0, errno == EINTR { continue }
          return written < 0 ? errno : EIO
        }
        offset += written
      }
      return nil
    }
  }
}
