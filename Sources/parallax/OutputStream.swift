#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command's output goes: standard output, or a file written atomically.
///
/// With `-o FILE` the text goes to a temporary file beside `FILE`, renamed over it only by
/// `commit()` once every byte was written and flushed: an interrupted or failed run (a full
/// disk, Ctrl-C, a kill) never leaves a half-written file, and the file it would have
/// replaced stays as it was. A read-only file is refused, untouched; an existing file keeps
/// its permissions. `FILE` that is not a regular file (`/dev/null`, a pipe such as
/// `>(gzip > x.gz)`) is written in place: renaming over it would replace the device.
final class OutputStream: TextOutputStream {
  private var buffer: [UInt8] = []
  private let descriptor: Int32
  private let destination: String?
  private let temporary: String?
  /// The name shown in errors.
  private let label: String
  private var committed = false
  /// The first failed write's `errno`.
  private var failure: Int32?

  /// Standard output.
  init() {
    descriptor = 1
    destination = nil
    temporary = nil
    label = "<standard output>"
    buffer.reserveCapacity(1 << 16)
  }

  /// A temporary file beside `path`, renamed to `path` on `commit()`.
  init(file path: String) throws(OutputError) {
    var info = stat()
    let exists = stat(path, &info) == 0
    if exists, info.st_mode & S_IFMT == S_IFDIR {
      throw .cannotCreate(path: path, reason: "it is a folder")
    }
    if exists, info.st_mode & S_IFMT != S_IFREG {
      // A device or a pipe: written as it is, nothing to replace.
      let fd = open(path, O_WRONLY | O_CLOEXEC)
      guard fd >= 0 else { throw .cannotCreate(path: path, reason: Self.errorText()) }
      descriptor = fd
      destination = nil
      temporary = nil
      label = path
      return
    }
    if exists, info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) == 0 || access(path, W_OK) != 0 {
      throw .cannotCreate(path: path, reason: "the file is read-only; it was left as it is")
    }
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
      throw .cannotCreate(path: path, reason: "the folder '\(folder)' does not exist")
    }
    var template = Array("\(folder)/.\(name).XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else {
      throw .cannotCreate(
        path: path, reason: "no temporary file in '\(folder)': \(Self.errorText())")
    }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // An existing file keeps its permissions (mkstemp makes 0600); a new one gets 0666 less
    // the umask, as a shell redirection would.
    let mask = umask(0)
    umask(mask)
    fchmod(fd, exists ? info.st_mode & 0o7777 : 0o666 & ~mask)
    descriptor = fd
    destination = path
    self.temporary = temporary
    label = path
    TemporaryFileCleanup.register(temporary)
    buffer.reserveCapacity(1 << 16)
  }

  deinit {
    if destination == nil {
      flush()
      if descriptor > 2 { close(descriptor) }
    } else if !committed, let temporary {
      close(descriptor)
      unlink(temporary)
      TemporaryFileCleanup.unregister()
    }
  }

  func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    if failure == nil, let error = FileDescriptorWriter.writeAll(descriptor, buffer) {
      failure = error
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Finishes the output: flushes, and for a file, syncs and renames it into place. Throws,
  /// leaving any old file as it was, when a write failed (a full disk, a file size limit).
  func commit() throws(OutputError) {
    flush()
    guard let destination, let temporary, !committed else {
      // Standard output: a reader that went away (EPIPE, `| head`) is not an error.
      if let failure, failure != EPIPE {
        throw .cannotCreate(path: label, reason: String(cString: strerror(failure)))
      }
      return
    }
    committed = true
    defer { TemporaryFileCleanup.unregister() }
    var problem = failure.map { "write: " + String(cString: strerror($0)) }
    if problem == nil, fsync(descriptor) != 0 { problem = "fsync: \(Self.errorText())" }
    if close(descriptor) != 0, problem == nil { problem = "close: \(Self.errorText())" }
    if problem == nil, rename(temporary, destination) != 0 {
      problem = "rename: \(Self.errorText())"
    }
    if let problem {
      unlink(temporary)
      throw .cannotCreate(path: destination, reason: problem + "; nothing was replaced")
    }
    let folder = destination.lastIndex(of: "/").map { String(destination[..<$0]) } ?? "."
    let folderDescriptor = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }
}

/// Problems writing output.
enum OutputError: Error, CustomStringConvertible {
  case cannotCreate(path: String, reason: String)

  var description: String {
    switch self {
    case .cannotCreate(let path, let reason):
      "\(path): error: cannot write the output file: \(reason)"
    }
  }
}
