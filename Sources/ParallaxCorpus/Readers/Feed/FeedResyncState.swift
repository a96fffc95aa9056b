import Foundation

/// Keeps the bytes libxml2 may not have parsed yet, so that when it halts (as its push
/// parser does on some errors even in recover mode) the reader can skip to the next item and
/// parse on from there. Memory stays bounded: bytes before the line the parser has reached
/// are dropped.
struct FeedResyncState {
  /// The opening tags to put before an item (see `FeedResync.prefix`).
  var prefix: [UInt8]?
  /// How many times the parse started again.
  private(set) var restarts = 0
  /// Bytes handed to the parser from line `replayLine` on.
  private var replay: [UInt8] = []
  private var replayLine = 1
  /// Whether the parse is waiting for the next item to start again.
  private var waiting = false

  /// The most restarts before the rest of a hopeless file is given up.
  static let maximumRestarts = 100_000

  /// Parses `bytes`, going on after the next item start each time libxml2 halts.
  mutating func parse(
    _ bytes: [UInt8], final: Bool, parser: FeedSAXParser, handler: FeedHandler
  ) {
    guard prefix != nil else {
      bytes.withUnsafeBytes { parser.parse($0, final: final) }
      return
    }
    if waiting {
      replay.append(contentsOf: bytes)
      guard restartAtNextItem(from: 0, final: final, parser: parser) else { return }
    } else {
      bytes.withUnsafeBytes { parser.parse($0, final: final) }
      if !parser.isHalted, keepTail(of: bytes, fromLine: parser.line) { return }
      replay.append(contentsOf: bytes)
    }
    while parser.isHalted, restarts < Self.maximumRestarts {
      var stop = 0
      if let error = parser.lastError, error.line >= replayLine {
        stop = FeedResync.offset(
          line: error.line, column: error.column, in: replay[...], firstLine: replayLine)
      }
      handler.resynchronize()
      restarts += 1
      guard restartAtNextItem(from: stop, final: final, parser: parser) else { return }
    }
    trim(toLine: parser.line)
  }

  /// Starts a new parse at the first item start at or after `offset` in `replay`; `false`
  /// (and waiting for more bytes) when there is none yet.
  private mutating func restartAtNextItem(
    from offset: Int, final: Bool, parser: FeedSAXParser
  ) -> Bool {
    guard let prefix, let start = FeedResync.nextItemStart(in: replay[offset...]) else {
      drop(upTo: replay.count)
      waiting = true
      return false
    }
    drop(upTo: start)
    waiting = false
    parser.restart(lineOffset: replayLine - 1)
    prefix.withUnsafeBytes { parser.parse($0, final: false) }
    replay.withUnsafeBytes { parser.parse($0, final: final) }
    return true
  }

  /// After a parse that did not halt: keeps only the bytes of `bytes` from the start of
  /// `line` on (the usual case: the parser has gone past everything kept before), without
  /// copying the whole chunk into `replay` first; `false` when `line` starts before `bytes`.
  private mutating func keepTail(of bytes: [UInt8], fromLine line: Int) -> Bool {
    var wanted = line - replayLine
    guard wanted > 0 else { return false }
    // Lines that end in the bytes kept so far.
    replay.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var index = 0
      while index < buffer.count, let hit = memchr(base + index, 0x0A, buffer.count - index) {
        index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        wanted -= 1
      }
    }
    guard wanted > 0 else { return false }
    let cut = bytes.withUnsafeBufferPointer { buffer -> Int? in
      guard let base = buffer.baseAddress else { return nil }
      var index = 0
      var remaining = wanted
      while index < buffer.count, let hit = memchr(base + index, 0x0A, buffer.count - index) {
        index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        remaining -= 1
        if remaining == 0 { return index }
      }
      return nil
    }
    guard let cut else { return false }
    replay.removeAll(keepingCapacity: true)
    replay.append(contentsOf: bytes[cut...])
    replayLine = line
    return true
  }

  /// Drops the bytes before the start of `line`.
  private mutating func trim(toLine line: Int) {
    guard line > replayLine else { return }
    let wanted = line - replayLine
    let cut = replay.withUnsafeBufferPointer { buffer -> Int in
      guard let base = buffer.baseAddress else { return 0 }
      var newlines = 0
      var index = 0
      while index < buffer.count, let hit = memchr(base + index, 0x0A, buffer.count - index) {
        index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        newlines += 1
        if newlines == wanted { return index }
      }
      return 0
    }
    guard cut > 0 else { return }
    replay.removeSubrange(..<cut)
    replayLine = line
  }

  private mutating func drop(upTo end: Int) {
    guard end > 0 else { return }
    var newlines = 0
    replay.withUnsafeBufferPointer { buffer in
      for byte in buffer[..<end] { newlines &+= byte == 0x0A ? 1 : 0 }
    }
    replayLine += newlines
    replay.removeSubrange(..<end)
  }
}
