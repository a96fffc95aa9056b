/// Replaces HTML named entities (`&nbsp;`, `&eacute;`), fatal in XML without a DTD, by
/// numeric character references before an XML document is parsed.
///
/// The five XML entities and any entity the document declares itself are left alone; the
/// names come from `HTMLEntities`, the table the feed reader uses too. UTF-16 input is
/// returned unchanged.
enum XMLEntitySubstitution {
  /// The bytes with HTML named entities replaced, and how many were replaced.
  static func substitute(in bytes: [UInt8]) -> (bytes: [UInt8], count: Int) {
    guard bytes.contains(UInt8(ascii: "&")), !isUTF16(bytes) else { return (bytes, 0) }
    let declared = declaredNames(bytes)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 64)
    var count = 0
    var index = 0
    var copied = 0
    let n = bytes.count
    while index < n {
      if bytes[index] == UInt8(ascii: "<") {
        // Comments and CDATA sections keep their text as written.
        if let end = skipVerbatim(bytes, at: index) {
          index = end
          continue
        }
      }
      guard bytes[index] == UInt8(ascii: "&") else {
        index += 1
        continue
      }
      var end = index + 1
      while end < n, end - index <= 32, isNameByte(bytes[end]) { end += 1 }
      guard end < n, end > index + 1, bytes[end] == UInt8(ascii: ";"),
        isLetter(bytes[index + 1])
      else {
        index += 1
        continue
      }
      let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
      if predefined.contains(name) || declared.contains(name) {
        index = end + 1
        continue
      }
      guard let value = HTMLEntities.value(named: name) else {
        index = end + 1
        continue
      }
      out.append(contentsOf: bytes[copied..<index])
      for scalar in value.unicodeScalars {
        out.append(contentsOf: Array("&#\(scalar.value);".utf8))
      }
      count += 1
      index = end + 1
      copied = index
    }
    guard count > 0 else { return (bytes, 0) }
    out.append(contentsOf: bytes[copied..<n])
    return (out, count)
  }

  private static let commentOpen = Array("<!--".utf8)
  private static let commentClose = Array("-->".utf8)
  private static let cdataOpen = Array("<![CDATA[".utf8)
  private static let cdataClose = Array("]]>".utf8)

  /// The index after a comment or CDATA section starting at `index`, or `nil`.
  private static func skipVerbatim(_ bytes: [UInt8], at index: Int) -> Int? {
    for (open, close) in [(commentOpen, commentClose), (cdataOpen, cdataClose)] {
      guard index + open.count <= bytes.count,
        bytes[index..<(index + open.count)].elementsEqual(open)
      else { continue }
      var cursor = index + open.count
      while cursor + close.count <= bytes.count {
        if bytes[cursor] == close[0], bytes[cursor..<(cursor + close.count)].elementsEqual(close) {
          return cursor + close.count
        }
        cursor += 1
      }
      return bytes.count
    }
    return nil
  }

  private static let predefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

  /// Names declared with `<!ENTITY name` in the document's internal subset.
  private static func declaredNames(_ bytes: [UInt8]) -> Set<String> {
    let marker = Array("<!ENTITY".utf8)
    var names: Set<String> = []
    var index = 0
    while index + marker.count < bytes.count {
      if bytes[index] == UInt8(ascii: "<"),
        bytes[index..<(index + marker.count)].elementsEqual(marker)
      {
        var start = index + marker.count
        while start < bytes.count, bytes[start].isXMLSpace { start += 1 }
        var end = start
        while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
        if end > start { names.insert(String(decoding: bytes[start..<end], as: UTF8.self)) }
        index = end
      } else {
        index += 1
      }
      // An internal subset ends before the root element: stop at the first element.
      if index < bytes.count, bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count,
        isLetter(bytes[index + 1])
      {
        break
      }
    }
    return names
  }

  private static func isUTF16(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: ByteOrderMark.utf16LittleEndian)
      || bytes.starts(with: ByteOrderMark.utf16BigEndian)
      || bytes.prefix(4).contains(0)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
      || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || byte.isASCIIDigit
  }
}
