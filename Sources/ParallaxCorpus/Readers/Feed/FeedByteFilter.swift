import Foundation

/// Rewrites a feed's bytes on their way to the XML parser, chunk by chunk.
///
/// - Named references become numeric ones: `&nbsp;` → `&#160;` (HTML names mean nothing to
///   XML without a DTD), and `&amp;`, `&lt;`… → `&#38;`, `&#60;`… (libxml2 in recover mode
///   drops named references after the first error, numeric ones it keeps). Not inside CDATA
///   sections, comments, or before the document element (the DTD keeps its own entities).
/// - C0 control characters, which XML forbids, are removed and counted.
///
/// Only for encodings where `<`, `&` and control bytes never occur inside a multi-byte
/// character (UTF-8, single-byte code pages, Shift_JIS, Big5, GBK, EUC); not UTF-16/32.
struct FeedByteFilter {
  private enum State { case text, cdata, comment }

  private var state = State.text
  private var pending: [UInt8] = []
  private var offset = 0
  /// Where the document element starts; nothing before it is rewritten.
  private let rootStart: Int
  /// Names the document declares itself, left for the parser to resolve.
  private let declaredNames: Set<[UInt8]>
  private var replacements: [[UInt8]: [UInt8]] = [:]
  /// How many control characters were removed.
  private(set) var removedControls = 0

  /// Creates a filter for a document whose first bytes are `head`.
  init(head: [UInt8]) {
    let prolog = FeedProlog(head)
    rootStart = prolog.rootStart
    declaredNames = prolog.declaredEntities
  }

  /// Filters the next chunk into `out` (emptied first). Bytes that might belong to a
  /// construct cut by the chunk's end are held back until the next call or `final`.
  mutating func filter(_ chunk: UnsafeRawBufferPointer, final: Bool, into out: inout [UInt8]) {
    out.removeAll(keepingCapacity: true)
    if pending.isEmpty {
      process(chunk, final: final, into: &out)
    } else if let base = chunk.baseAddress,
      let close = memchr(base, Int32(UInt8(ascii: ">")), chunk.count)
    {
      // The held-back bytes and the chunk up to its first `>` go through together (no
      // construct straddles a `>`); the rest of the chunk goes through without a copy.
      let head = base.distance(to: UnsafeRawPointer(close)) + 1
      var work = pending
      pending.removeAll()
      work.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<head]))
      work.withUnsafeBytes { process($0, final: false, into: &out) }
      process(UnsafeRawBufferPointer(rebasing: chunk[head...]), final: final, into: &out)
    } else {
      var work = pending
      pending.removeAll()
      work.append(contentsOf: chunk)
      work.withUnsafeBytes { process($0, final: final, into: &out) }
    }
  }

  private mutating func process(
    _ work: UnsafeRawBufferPointer, final: Bool, into out: inout [UInt8]
  ) {
    guard let base = work.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
    let count = work.count
    // Split after the last `>`: no entity, marker or terminator straddles that point.
    var split = count
    if !final {
      split = 0
      var cursor = count
      while cursor > 0 {
        cursor -= 1
        if base[cursor] == UInt8(ascii: ">") {
          split = cursor + 1
          break
        }
      }
      if split == 0, count > 1 << 20 { split = count - 64 }
    }
    pending = Array(UnsafeBufferPointer(start: base + split, count: count - split))
    let start = max(0, min(split, rootStart - offset))
    if start > 0 { append(base, 0, start, into: &out) }
    var position = start
    while position < split {
      switch state {
      case .cdata, .comment:
        let terminator: StaticString = state == .cdata ? "]]>" : "-->"
        if let end = find(terminator, base, position, split) {
          append(base, position, end + 3, into: &out)
          position = end + 3
          state = .text
        } else {
          append(base, position, split, into: &out)
          position = split
        }
      case .text:
        let special = Self.nextSpecial(base, position, split)
        // The run before `special` holds no control character: copied as it is.
        if position < special {
          out.append(
            contentsOf: UnsafeBufferPointer(start: base + position, count: special - position))
        }
        if special == split {
          position = split
        } else if base[special] == UInt8(ascii: "&") {
          position = reference(base, special, split, into: &out)
        } else if base[special] < UInt8(ascii: " ") {
          removedControls += 1
          position = special + 1
        } else {
          let bang = special
          if matches("<![CDATA[", base, bang, split) {
            state = .cdata
            append(base, bang, bang + 9, into: &out)
            position = bang + 9
          } else if matches("<!--", base, bang, split) {
            state = .comment
            append(base, bang, bang + 4, into: &out)
            position = bang + 4
          } else {
            append(base, bang, bang + 2, into: &out)
            position = bang + 2
          }
        }
      }
    }
    offset += split
  }

  /// Rewrites the reference at `start` (an `&`); returns where to go on.
  private mutating func reference(
    _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, into out: inout [UInt8]
  ) -> Int {
    var cursor = start + 1
    while cursor < end, cursor - start <= 33, isNameByte(base[cursor]) { cursor += 1 }
    guard cursor < end, cursor > start + 1, base[cursor] == UInt8(ascii: ";") else {
      out.append(UInt8(ascii: "&"))
      return start + 1
    }
    let length = cursor - start - 1
    // The five XML entities, without allocating: `&lt;` → `&#60;`.
    if length <= 4, let code = Self.predefinedCode(base + start + 1, length) {
      out.append(UInt8(ascii: "&"))
      out.append(UInt8(ascii: "#"))
      if code >= 10 { out.append(UInt8(ascii: "0") + code / 10) }
      out.append(UInt8(ascii: "0") + code % 10)
      out.append(UInt8(ascii: ";"))
      return cursor + 1
    }
    let name = Array(UnsafeBufferPointer(start: base + start + 1, count: length))
    if let known = replacements[name] {
      out += known
    } else if declaredNames.contains(name) {
      append(base, start, cursor + 1, into: &out)
      return cursor + 1
    } else if let value = Self.predefined(name) ?? HTMLEntities.bytes(named: name) {
      var replacement: [UInt8] = []
      for scalar in String(decoding: value, as: UTF8.self).unicodeScalars {
        replacement += Array("&#\(scalar.value);".utf8)
      }
      replacements[name] = replacement
      out += replacement
    } else {
      append(base, start, cursor + 1, into: &out)
    }
    return cursor + 1
  }

  /// The code point of `lt`, `gt`, `amp`, `quot` or `apos` at `name`.
  private static func predefinedCode(_ name: UnsafePointer<UInt8>, _ length: Int) -> UInt8? {
    switch (length, name[0]) {
    case (2, UInt8(ascii: "l")) where name[1] == UInt8(ascii: "t"): 60
    case (2, UInt8(ascii: "g")) where name[1] == UInt8(ascii: "t"): 62
    case (3, UInt8(ascii: "a")) where name[1] == UInt8(ascii: "m") && name[2] == UInt8(ascii: "p"):
      38
    case (4, UInt8(ascii: "q")) where memcmp(name, "quot", 4) == 0: 34
    case (4, UInt8(ascii: "a")) where memcmp(name, "apos", 4) == 0: 39
    default: nil
    }
  }

  private static func predefined(_ name: [UInt8]) -> [UInt8]? {
    switch name {
    case Array("amp".utf8): [UInt8(ascii: "&")]
    case Array("lt".utf8): [UInt8(ascii: "<")]
    case Array("gt".utf8): [UInt8(ascii: ">")]
    case Array("quot".utf8): [UInt8(ascii: "\"")]
    case Array("apos".utf8): [UInt8(ascii: "'")]
    default: nil
    }
  }

  private func isNameByte(_ byte: UInt8) -> Bool {
    let lower = byte | .asciiCaseBit
    return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  /// Appends `base[from..<to]`, dropping C0 controls other than tab, line feed and return.
  private mutating func append(
    _ base: UnsafePointer<UInt8>, _ from: Int, _ to: Int, into out: inout [UInt8]
  ) {
    guard from < to else { return }
    let run = UnsafeBufferPointer(start: base + from, count: to - from)
    if !Self.hasControls(run) {
      out.append(contentsOf: run)
      return
    }
    for byte in run {
      if byte.isForbiddenControl {
        removedControls += 1
      } else {
        out.append(byte)
      }
    }
  }

  /// The first `&`, `<` followed by `!`, or C0 control other than tab, line feed and return
  /// in `base[from..<end]`; `end` when there is none. Eight bytes at a time: the lowest
  /// flagged byte of each test is exact.
  @inline(__always)
  private static func nextSpecial(_ base: UnsafePointer<UInt8>, _ from: Int, _ end: Int) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let raw = UnsafeRawPointer(base)
    var cursor = from
    while cursor < end {
      var mask: UInt64 = 0
      if cursor + 8 <= end {
        let word = raw.loadUnaligned(fromByteOffset: cursor, as: UInt64.self)
        let amp = word ^ (UInt64(UInt8(ascii: "&")) &* ones)
        let less = word ^ (UInt64(UInt8(ascii: "<")) &* ones)
        let below = (word &- UInt64(UInt8(ascii: " ")) &* ones) & ~word
        mask = ((amp &- ones) & ~amp | (less &- ones) & ~less | below) & highs
        if mask == 0 {
          cursor += 8
          continue
        }
        cursor += mask.trailingZeroBitCount >> 3
      }
      let byte = base[cursor]
      if byte == UInt8(ascii: "&") { return cursor }
      if byte.isForbiddenControl { return cursor }
      if byte == UInt8(ascii: "<"), cursor + 1 < end, base[cursor + 1] == UInt8(ascii: "!") {
        return cursor
      }
      cursor += 1
    }
    return end
  }

  /// Whether `run` holds a C0 control other than tab, line feed and return: eight bytes at a
  /// time, looking closer only at words that hold some byte below 0x20.
  private static func hasControls(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = run.baseAddress else { return false }
    let words = run.count / 8
    let raw = UnsafeRawPointer(base)
    for index in 0..<words {
      let word = raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
      let below =
        (word &- UInt64(UInt8(ascii: " ")) &* 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
      if below != 0 {
        for byte in UnsafeBufferPointer(start: base + index * 8, count: 8)
        where byte.isForbiddenControl {
          return true
        }
      }
    }
    for byte in UnsafeBufferPointer(start: base + words * 8, count: run.count - words * 8)
    where byte.isForbiddenControl {
      return true
    }
    return false
  }

  private func matches(
    _ literal: StaticString, _ base: UnsafePointer<UInt8>, _ at: Int, _ end: Int
  ) -> Bool {
    let length = literal.utf8CodeUnitCount
    guard at + length <= end else { return false }
    return memcmp(base + at, literal.utf8Start, length) == 0
  }

  private func find(
    _ literal: StaticString, _ base: UnsafePointer<UInt8>, _ from: Int, _ end: Int
  ) -> Int? {
    let length = literal.utf8CodeUnitCount
    let first = Int32(literal.utf8Start[0])
    var cursor = from
    while cursor + length <= end {
      guard let hit = memchr(base + cursor, first, end - length + 1 - cursor) else { return nil }
      let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if memcmp(base + position, literal.utf8Start, length) == 0 { return position }
      cursor = position + 1
    }
    return nil
  }
}
