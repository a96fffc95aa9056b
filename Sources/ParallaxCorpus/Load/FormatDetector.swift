/// Tells the format of an input from its first bytes, never from its name.
package enum FormatDetector {
  /// The format of a document whose first bytes are `head`.
  package static func detect(_ head: [UInt8]) -> SourceFormat {
    let sample = asciiView(head)
    guard let root = rootElementName(sample) else {
      return looksLikeHTML(sample) ? .html : .text
    }
    let local = root.split(separator: ":").last.map(String.init)?.lowercased() ?? ""
    switch local {
    case "rss", "channel": return .rss
    case "rdf": return .rdf
    // An Atom Entry Document (RFC 4287 §4.1.2) is read as a feed of one entry.
    case "feed", "entry": return .atom
    case "newsitem", "newsmessage", "packageitem", "knowledgeitem", "conceptitem",
      "planningitem":
      return .newsml
    case "nitf": return .nitf
    case "html": return .html
    default:
      return looksLikeHTML(sample) ? .html : .text
    }
  }

  /// The head as lowercase-insensitive ASCII bytes; UTF-16 is reduced to its low bytes.
  private static func asciiView(_ head: [UInt8]) -> [UInt8] {
    var bytes = head.prefix(8192)
    if bytes.starts(with: ByteOrderMark.utf8) { bytes = bytes.dropFirst(3) }
    if ByteOrderMark.startsUTF16(bytes) {
      return bytes.dropFirst(2).filter { $0 != 0 }
    }
    // UTF-16 or UTF-32 without a byte-order mark: `<` next to zero bytes.
    if bytes.count >= 4, bytes[bytes.startIndex] == 0 || bytes[bytes.startIndex + 1] == 0 {
      return bytes.filter { $0 != 0 }
    }
    return Array(bytes)
  }

  /// The name of the first element, skipping the XML declaration, comments, processing
  /// instructions and the doctype; `nil` when the text does not start like markup.
  static func rootElementName(_ bytes: [UInt8]) -> String? {
    var i = 0
    let n = bytes.count
    func skipSpace() {
      while i < n,
        bytes[i] == UInt8(ascii: " ")
          || (UInt8(ascii: "\t")...UInt8(ascii: "\r")).contains(bytes[i])
      { i += 1 }
    }
    func skip(past terminator: [UInt8]) {
      while i < n, !bytes[i...].starts(with: terminator) { i += 1 }
      i = min(n, i + terminator.count)
    }
    while true {
      skipSpace()
      guard i < n, bytes[i] == UInt8(ascii: "<") else { return nil }
      if bytes[i...].starts(with: Array("<?".utf8)) {
        skip(past: Array("?>".utf8))
      } else if bytes[i...].starts(with: Array("<!--".utf8)) {
        skip(past: Array("-->".utf8))
      } else if bytes[i...].starts(with: Array("<!".utf8)) {
        // A doctype, perhaps with an internal subset in brackets.
        var depth = 0
        while i < n {
          if bytes[i] == UInt8(ascii: "[") { depth += 1 }
          if bytes[i] == UInt8(ascii: "]") { depth -= 1 }
          if bytes[i] == UInt8(ascii: ">"), depth <= 0 { break }
          i += 1
        }
        i += 1
      } else {
        i += 1
        let start = i
        while i < n,
          !(bytes[i] == UInt8(ascii: " ")
            || (UInt8(ascii: "\t")...UInt8(ascii: "\r")).contains(bytes[i])
            || bytes[i] == UInt8(ascii: ">")
            || bytes[i] == UInt8(ascii: "/"))
        {
          i += 1
        }
        guard i > start else { return nil }
        return String(decoding: bytes[start..<i], as: UTF8.self)
      }
    }
  }

  private static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
    // Every sign starts with `<`: a text without one (most plain texts) is not searched.
    guard bytes.prefix(4096).contains(UInt8(ascii: "<")) else { return false }
    let lower = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
    return lower.contains("<!doctype html") || lower.contains("<html") || lower.contains("<body")
      || lower.contains("<head>") || (lower.contains("<p>") && lower.contains("</p>"))
  }
}
