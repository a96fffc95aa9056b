/// What the first bytes of a feed say before its document element: the declared encoding,
/// where the document element starts, the entities the internal DTD subset declares.
struct FeedProlog {
  /// The `encoding` of the XML declaration, as written.
  var declaredEncoding: String?
  /// The offset of the document element's `<`, or the head's length when not found.
  var rootStart: Int
  /// Names declared by `<!ENTITY name …>` in the internal subset.
  var declaredEntities: Set<[UInt8]> = []
  /// The byte range of the declared encoding's value, for rewriting it.
  var encodingRange: Range<Int>?

  /// Reads the prolog in `head` (ASCII-compatible bytes).
  init(_ head: [UInt8]) {
    var index = 0
    let count = head.count
    if head.starts(with: ByteOrderMark.utf8) { index = 3 }
    rootStart = count
    func starts(_ literal: String, at position: Int) -> Bool {
      head[position...].starts(with: literal.utf8)
    }
    while index < count {
      let byte = head[index]
      if byte.isXMLSpace {
        index += 1
        continue
      }
      guard byte == UInt8(ascii: "<"), index + 1 < count else { return }
      if starts("<?", at: index) {
        let end = head[index...].firstIndex(of: UInt8(ascii: ">")) ?? count
        if starts("<?xml", at: index) { readDeclaration(head, index..<end) }
        index = end + 1
      } else if starts("<!--", at: index) {
        var cursor = index + 4
        while cursor < count, !starts("-->", at: cursor) { cursor += 1 }
        index = cursor + 3
      } else if starts("<!", at: index) {
        index = readDoctype(head, from: index)
      } else {
        rootStart = index
        return
      }
    }
  }

  private mutating func readDeclaration(_ head: [UInt8], _ range: Range<Int>) {
    let text = head[range]
    guard let key = text.firstRange(of: Array("encoding".utf8)) else { return }
    var cursor = key.upperBound
    while cursor < range.upperBound,
      head[cursor] == UInt8(ascii: " ") || head[cursor] == UInt8(ascii: "=")
    {
      cursor += 1
    }
    guard cursor < range.upperBound,
      head[cursor] == UInt8(ascii: "\"") || head[cursor] == UInt8(ascii: "'")
    else { return }
    let quote = head[cursor]
    let start = cursor + 1
    guard let end = head[start..<range.upperBound].firstIndex(of: quote) else { return }
    declaredEncoding = String(decoding: head[start..<end], as: UTF8.self)
    encodingRange = start..<end
  }

  /// Skips a doctype, noting the entity names of its internal subset; returns the offset
  /// after it.
  private mutating func readDoctype(_ head: [UInt8], from start: Int) -> Int {
    var cursor = start + 2
    var depth = 0
    var quote: UInt8 = 0
    let count = head.count
    while cursor < count {
      let byte = head[cursor]
      if quote != 0 {
        if byte == quote { quote = 0 }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: "[") {
        depth += 1
      } else if byte == UInt8(ascii: "]") {
        depth -= 1
      } else if byte == UInt8(ascii: ">"), depth <= 0 {
        return cursor + 1
      } else if byte == UInt8(ascii: "<"), head[cursor...].starts(with: "<!ENTITY".utf8) {
        var name = cursor + 8
        while name < count,
          head[name] == UInt8(ascii: " ") || head[name] == UInt8(ascii: "\t")
            || head[name] == UInt8(ascii: "\n")
        {
          name += 1
        }
        if name < count, head[name] != UInt8(ascii: "%") {
          var end = name
          while end < count,
            !(head[end] == UInt8(ascii: " ") || head[end] == UInt8(ascii: "\t")
              || head[end] == UInt8(ascii: "\n"))
          {
            end += 1
          }
          declaredEntities.insert(Array(head[name..<end]))
        }
      }
      cursor += 1
    }
    return count
  }
}
