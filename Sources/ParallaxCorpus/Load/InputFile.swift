import Foundation

/// A file to read: the name the user gave, where its bytes are, and its first bytes.
package struct InputFile: Sendable {
  /// The path as the user wrote it (`-` for standard input); used in ids and diagnostics.
  package var path: String
  /// Where the bytes are on disk (standard input is spooled to a temporary file).
  package var fileURL: URL
  /// The first bytes (up to 64 KiB), for format and encoding detection.
  package var head: [UInt8]
  /// The file's size in bytes.
  package var size: Int

  /// How many bytes `head` holds at most.
  package static let headLength = 65_536

  /// Opens `fileURL`, reading its head; `path` is the name shown to the user.
  package init(path: String, fileURL: URL) throws {
    self.path = path
    self.fileURL = fileURL
    guard let handle = FileHandle(forReadingAtPath: fileURL.path) else {
      let reason =
        access(fileURL.path, R_OK) != 0 ? String(cString: strerror(errno)) : "cannot open file"
      throw CorpusError.unreadable(path: path, reason: reason)
    }
    defer { try? handle.close() }
    let attributes = try? FileManager.default.attributesOfItem(atPath: fileURL.path)
    size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    head = [UInt8]((try? handle.read(upToCount: Self.headLength)) ?? Data())
  }

  /// Creates an input from bytes already in memory (tests, generated input).
  package init(path: String, fileURL: URL, head: [UInt8], size: Int) {
    self.path = path
    self.fileURL = fileURL
    self.head = head
    self.size = size
  }

  /// All the bytes of the file.
  package func readAll() throws -> [UInt8] {
    if size <= head.count { return head }
    do {
      return [UInt8](try Data(contentsOf: fileURL))
    } catch {
      throw CorpusError.unreadable(path: path, reason: error.localizedDescription)
    }
  }

  /// Calls `body` with successive chunks of the file, so that memory stays bounded.
  package func forEachChunk(size chunkSize: Int = 1 << 16, _ body: ([UInt8]) throws -> Void)
    throws
  {
    guard let handle = FileHandle(forReadingAtPath: fileURL.path) else {
      throw CorpusError.unreadable(path: path, reason: "cannot open file")
    }
    defer { try? handle.close() }
    while true {
      let data = try handle.read(upToCount: chunkSize) ?? Data()
      if data.isEmpty { return }
      try body([UInt8](data))
    }
  }

  /// Calls `body` with successive chunks of the file, read into one reused buffer, until
  /// the end of the file or until `body` returns `false`.
  func readChunks(size chunkSize: Int, _ body: (UnsafeRawBufferPointer) throws -> Bool) throws {
    let descriptor = open(fileURL.path, O_RDONLY)
    guard descriptor >= 0 else {
      throw CorpusError.unreadable(path: path, reason: "cannot open file")
    }
    defer { close(descriptor) }
    let size = max(chunkSize, 1)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
    defer { buffer.deallocate() }
    guard let base = buffer.baseAddress else { return }
    while true {
      var filled = 0
      while filled < size {
        let count = read(descriptor, base + filled, size - filled)
        if count < 0, errno == EINTR { continue }
        guard count >= 0 else {
          throw CorpusError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if count == 0 { break }
        filled += count
      }
      if filled == 0 { return }
      guard try body(UnsafeRawBufferPointer(rebasing: buffer[..<filled])) else { return }
      if filled < size { return }
    }
  }
}
