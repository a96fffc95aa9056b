/// Picking a feed up again after libxml2's push parser gave up (it halts on some errors,
/// such as `<` followed by a space, even in recover mode): the reader skips to the next
/// item and parses on from there behind a copy of the document's opening tags.
enum FeedResync {
  /// The XML declaration, the document element's start tag and, for RSS, the channel's,
  /// on one line: what to put before an item to parse it in its context.
  static func prefix(fromFirstChunk bytes: [UInt8]) -> [UInt8]? {
    var out: [UInt8] = []
    var index = 0
    if bytes.starts(with: ByteOrderMark.utf8) { index = 3 }
    if bytes[index...].starts(with: "<?xml".utf8) {
      guard let end = find("?>", in: bytes, from: index) else { return nil }
      out += bytes[index..<(end + 2)]
      index = end + 2
    }
    let prolog = FeedProlog(Array(bytes))
    guard prolog.rootStart < bytes.count, let rootEnd = tagEnd(in: bytes, from: prolog.rootStart)
    else { return nil }
    out += cleanTag(bytes[prolog.rootStart...rootEnd])
    let rootName = localName(in: bytes, at: prolog.rootStart)
    if rootName == "rss",
      let channel = nextStart(of: ["channel"], in: bytes[(rootEnd + 1)...]),
      let channelEnd = tagEnd(in: bytes, from: channel)
    {
      out += cleanTag(bytes[channel...channelEnd])
    }
    return out
  }

  /// A start tag rebuilt from its name and its well-formed `xmlns…` and `xml:…` attributes
  /// only, so that a broken document element cannot break every restart.
  static func cleanTag(_ tag: ArraySlice<UInt8>) -> [UInt8] {
    var index = tag.startIndex + 1
    func isNameByte(_ byte: UInt8) -> Bool {
      !UTF8.isASCII(byte)
        || (byte | .asciiCaseBit >= UInt8(ascii: "a") && byte | .asciiCaseBit <= UInt8(ascii: "z"))
        || byte.isASCIIDigit
        || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: ".")
    }
    while index < tag.endIndex, isNameByte(tag[index]) { index += 1 }
    var out = [UInt8(ascii: "<")] + tag[(tag.startIndex + 1)..<index]
    while index < tag.endIndex {
      guard isNameByte(tag[index]) else {
        index += 1
        continue
      }
      let nameStart = index
      while index < tag.endIndex, isNameByte(tag[index]) { index += 1 }
      let name = tag[nameStart..<index]
      while index < tag.endIndex,
        tag[index] == UInt8(ascii: " ") || tag[index] == UInt8(ascii: "\t")
      { index += 1 }
      guard index < tag.endIndex, tag[index] == UInt8(ascii: "=") else { continue }
      index += 1
      while index < tag.endIndex,
        tag[index] == UInt8(ascii: " ") || tag[index] == UInt8(ascii: "\t")
      { index += 1 }
      guard index < tag.endIndex,
        tag[index] == UInt8(ascii: "\"") || tag[index] == UInt8(ascii: "'")
      else { continue }
      let quote = tag[index]
      guard let close = tag[(index + 1)...].firstIndex(of: quote) else { break }
      let value = tag[(index + 1)..<close]
      index = close + 1
      if (name.starts(with: "xmlns".utf8) || name.starts(with: "xml:".utf8)),
        !value.contains(UInt8(ascii: "<")), !value.contains(UInt8(ascii: "&"))
      {
        out += [UInt8(ascii: " ")] + name + [UInt8(ascii: "="), quote] + value + [quote]
      }
    }
    return out.map { $0.isXMLSpace ? UInt8(ascii: " ") : $0 } + [UInt8(ascii: ">")]
  }

  /// The offset of the next `<item` or `<entry` start tag in `bytes`.
  static func nextItemStart(in bytes: ArraySlice<UInt8>) -> Int? {
    nextStart(of: ["item", "entry"], in: bytes)
  }

  /// The offset of `line`, `column` (from 1) in `bytes`, whose first byte is on `firstLine`.
  static func offset(line: Int, column: Int, in bytes: ArraySlice<UInt8>, firstLine: Int)
    -> Int
  {
    var current = firstLine
    var index = bytes.startIndex
    while current < line, index < bytes.endIndex {
      if bytes[index] == UInt8(ascii: "\n") { current += 1 }
      index += 1
    }
    return min(bytes.endIndex, index + max(0, column - 1))
  }

  private static func nextStart(of names: [String], in bytes: ArraySlice<UInt8>) -> Int? {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      guard let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
      if let name = localName(in: bytes, at: open), names.contains(name) { return open }
      index = open + 1
    }
    return nil
  }

  /// The lowercased local name of the start tag at `start` (`<r:item …` → `item`).
  private static func localName(in bytes: ArraySlice<UInt8>, at start: Int) -> String? {
    var index = start + 1
    var nameStart = index
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: ":") {
        nameStart = index + 1
      } else if byte.isXMLSpace
        || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
      {
        break
      } else if !(!UTF8.isASCII(byte)
        || (byte | .asciiCaseBit >= UInt8(ascii: "a") && byte | .asciiCaseBit <= UInt8(ascii: "z"))
        || byte.isASCIIDigit || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: "."))
      {
        return nil
      }
      index += 1
    }
    guard index > nameStart, index < bytes.endIndex else { return nil }
    return String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
  }

  private static func localName(in bytes: [UInt8], at start: Int) -> String? {
    localName(in: bytes[...], at: start)
  }

  /// The offset of the `>` ending the tag at `start`, honouring quotes.
  private static func tagEnd(in bytes: [UInt8], from start: Int) -> Int? {
    var quote: UInt8 = 0
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if quote != 0 {
        if byte == quote { quote = 0 }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        return index
      }
      index += 1
    }
    return nil
  }

  private static func find(_ literal: String, in bytes: [UInt8], from start: Int) -> Int? {
    let pattern = Array(literal.utf8)
    var index = start
    while index + pattern.count <= bytes.count {
      if bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
      index += 1
    }
    return nil
  }
}
