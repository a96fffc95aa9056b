import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Safe writes of a glossary file: a killed writer or two writers at once never leave it
/// half-written nor lose an entry.
///
/// Every write first checks that the file may be written (a rename would silently replace a
/// read-only file), then takes an exclusive `flock` on the sidecar lock file `.NAME.lock`
/// beside it (kept, never deleted: removing a lock file lets two writers lock two files),
/// writes a temporary file in the same folder, flushes it to disk, renames it over the
/// file and flushes the folder. A symbolic link is followed: the file it names is replaced.
public enum GlossaryStore {
  /// Writes `glossary` to `url` as native TSV (`Glossary.tsv()`), replacing the file whole.
  public static func write(_ glossary: Glossary, to url: URL) throws(GlossaryError) {
    try update(url, columns: glossary.columns) { $0 = glossary }
  }

  /// Reads the glossary at `url` (a new one with `columns` when there is no file), lets
  /// `change` edit it and writes it back, all under the lock: concurrent updates see each
  /// other's entries. Returns what `change` returns; when it throws, nothing is written.
  @discardableResult
  public static func update<Result>(
    _ url: URL, columns: [String] = [],
    _ change: (inout Glossary) throws(GlossaryError) -> Result
  ) throws(GlossaryError) -> Result {
    let path = url.resolvingSymlinksInPath().path
    let shown = url.relativePath
    try checkWritable(path, shown: shown)
    let lock = try Lock(path: sidecar(of: path), shown: shown)
    defer { lock.release() }
    // Checked again: the file may have changed while this writer waited.
    try checkWritable(path, shown: shown)
    removeLeftovers(of: path)
    var glossary: Glossary
    if FileManager.default.fileExists(atPath: path) {
      glossary = try Glossary(contentsOf: URL(fileURLWithPath: path))
    } else {
      glossary = Glossary(columns: columns)
    }
    let result = try change(&glossary)
    let text = try glossary.tsv(path: shown)
    try replace(path, with: Array(text.utf8), shown: shown)
    return result
  }

  /// The sidecar lock file of the glossary at `path`: `.NAME.lock` in the same folder.
  public static func sidecar(of path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().appendingPathComponent(
      "." + url.lastPathComponent + ".lock"
    ).path
  }

  /// Throws unless the file at `path` (or, when missing, a new file in its folder) may be
  /// written.
  static func checkWritable(_ path: String, shown: String) throws(GlossaryError) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var info = stat()
    if stat(path, &info) == 0 {
      guard info.st_mode & S_IFMT == S_IFREG else {
        throw .notWritable(path: shown, reason: "not a regular file")
      }
      // The write bits, not only access(2): root may write anything, yet a file made
      // read-only is meant to stay as it is.
      if info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) == 0 || access(path, W_OK) != 0 {
        throw .notWritable(path: shown, reason: "the file is read-only")
      }
    } else if errno != ENOENT {
      throw .notWritable(path: shown, reason: String(cString: strerror(errno)))
    }
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
      throw .notWritable(path: shown, reason: "its folder does not exist")
    }
    if access(folder, W_OK | X_OK) != 0 {
      throw .notWritable(
        path: shown, reason: "its folder refuses new files (the temporary file and the lock)")
    }
  }

  /// Removes the temporary files of writers killed before their rename: only the holder of
  /// the lock makes one, so under the lock any that exists is a leftover.
  static func removeLeftovers(of path: String) {
    let url = URL(fileURLWithPath: path)
    let prefix = "." + url.lastPathComponent + "."
    let folder = url.deletingLastPathComponent()
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
      return
    }
    for name in names where name.hasPrefix(prefix) && name.count == prefix.count + 6 {
      unlink(folder.appendingPathComponent(name).path)
    }
  }

  /// Writes `bytes` to a temporary file beside `path`, flushes it, renames it over `path`
  /// and flushes the folder; the temporary file is removed on failure.
  static func replace(_ path: String, with bytes: [UInt8], shown: String) throws(GlossaryError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array((folder + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else {
      throw .writeFailed(path: shown, reason: "no temporary file: \(errorText())")
    }
    let temporary = String(cString: template.map { UInt8(bitPattern: $0) } + [0])
    var failure: String?
    // The file's permissions survive (mkstemp makes 0600); a new file gets 0644 less umask.
    var info = stat()
    let mode: mode_t = stat(path, &info) == 0 ? info.st_mode & 0o7777 : newFileMode()
    if fchmod(descriptor, mode) != 0 { failure = "chmod: \(errorText())" }
    var written = 0
    while failure == nil, written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        buffer.baseAddress.map { systemWrite(descriptor, $0 + written, bytes.count - written) }
          ?? 0
      }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { failure = "write: \(errorText())" } else { written += count }
    }
    if failure == nil, fsync(descriptor) != 0 { failure = "fsync: \(errorText())" }
    if close(descriptor) != 0, failure == nil { failure = "close: \(errorText())" }
    if failure == nil, rename(temporary, path) != 0 { failure = "rename: \(errorText())" }
    if let failure {
      unlink(temporary)
      throw .writeFailed(path: shown, reason: failure)
    }
    let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int)
    -> Int
  {
    #if canImport(Glibc)
      Glibc.write(descriptor, bytes, count)
    #else
      Darwin.write(descriptor, bytes, count)
    #endif
  }

  private static func newFileMode() -> mode_t {
    let mask = umask(0)
    umask(mask)
    return 0o666 & ~mask
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }

  /// An exclusive `flock` on a sidecar file, held until `release()`.
  private struct Lock {
    let descriptor: Int32

    init(path: String, shown: String) throws(GlossaryError) {
      descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else {
        throw .writeFailed(path: shown, reason: "cannot open the lock file: \(errorText())")
      }
      while flock(descriptor, LOCK_EX) != 0 {
        if errno == EINTR { continue }
        let reason = errorText()
        close(descriptor)
        throw .writeFailed(path: shown, reason: "cannot lock: \(reason)")
      }
    }

    func release() {
      flock(descriptor, LOCK_UN)
      close(descriptor)
    }
  }
}

extension Glossary {
  /// Writes the glossary to `url` safely (`GlossaryStore.write`): checked, locked, written
  /// to a temporary file, flushed and renamed over.
  public func write(to url: URL) throws(GlossaryError) {
    try GlossaryStore.write(self, to: url)
  }
}
