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

/// Where a command's output goes: standard output, or a file written atomically.
///
/// With `-o FILE` the text goes to a temporary file beside `FILE`, renamed over it only by
/// `commit()`: an interrupted or failed run never leaves a half-written file.
final class OutputStream: TextOutputStream {
  private var buffer: [UInt8] = []
  private let descriptor: Int32
  private let destination: String?
  private let temporary: String?
  private var committed = false

  /// Standard output.
  init() {
    descriptor = 1
    destination = nil
    temporary = nil
    buffer.reserveCapacity(1 << 16)
  }

  /// A temporary file beside `path`, renamed to `path` on `commit()`.
  init(file path: String) throws {
    let folder =
      path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else { throw OutputError.cannotCreate(path: path) }
    descriptor = fd
    destination = path
    temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    buffer.reserveCapacity(1 << 16)
  }

  deinit {
    if destination == nil {
      flush()
    } else if !committed, let temporary {
      close(descriptor)
      unlink(temporary)
    }
  }

  func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    FileDescriptorWriter.writeAll(descriptor, buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Finishes the output: flushes, and for a file, syncs and renames it into place.
  func commit() throws {
    flush()
    guard let destination, let temporary, !committed else { return }
    committed = true
    fchmod(descriptor, 0o644)
    fsync(descriptor)
    close(descriptor)
    guard rename(temporary, destination) == 0 else {
      unlink(temporary)
      throw OutputError.cannotCreate(path: destination)
    }
  }
}

/// Problems writing output.
enum OutputError: Error, CustomStringConvertible {
  case cannotCreate(path: String)

  var description: String {
    switch self {
    case .cannotCreate(let path): "\(path): error: cannot write the output file"
    }
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
