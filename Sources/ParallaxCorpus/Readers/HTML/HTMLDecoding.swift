/// Decodes an HTML page: BOM, then `<meta charset>` / `http-equiv` content type (or an XML
/// declaration), then UTF-8 when the bytes are valid, else `TextDecoding`'s guess.
enum HTMLDecoding {
  /// The text, the encoding used, and a note when an encoding was assumed.
  typealias Decoded = TextDecoding.Decoded

  /// Decodes the bytes of a page.
  static func decode(_ bytes: [UInt8]) -> Decoded {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return Decoded(text: String(decoding: bytes.dropFirst(3), as: UTF8.self), encoding: "utf-8")
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let label = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
      if let result = Transcoder.decode(Array(bytes.dropFirst(2)), from: label) {
        return Decoded(text: result.text, encoding: label.lowercased())
      }
    }
    guard let declared = declaredCharset(bytes) else {
      let decoded = TextDecoding.decode(bytes)
      return decoded
    }
    let label = whatwgLabel(declared)
    if label == "utf-8" {
      if let text = String(validating: bytes, as: UTF8.self) {
        return Decoded(text: text, encoding: "utf-8")
      }
      var decoded = TextDecoding.decode(bytes)
      decoded.note =
        "declared utf-8 but the bytes are not valid UTF-8; read as \(decoded.encoding)"
      return decoded
    }
    if let result = Transcoder.decode(bytes, from: label.uppercased()) {
      let note =
        result.replaced > 0
        ? "\(result.replaced) bytes not defined in the declared \(label) were replaced"
        : nil
      return Decoded(text: result.text, encoding: label, note: note)
    }
    var decoded = TextDecoding.decode(bytes)
    decoded.note =
      "unknown declared charset '\(declared)'; read as \(decoded.encoding)"
    return decoded
  }

  /// The charset a page declares in its first 4 KiB: `<meta charset>`, `<meta
  /// http-equiv="Content-Type" content="…; charset=…">` or an XML declaration.
  static func declaredCharset(_ bytes: [UInt8]) -> String? {
    let head = Array(bytes.prefix(4096)).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    if head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: UInt8(ascii: ">")),
      let value = value(after: "encoding", in: head[..<end])
    {
      return value
    }
    var index = 0
    let open = Array("<meta".utf8)
    while index < head.count {
      guard let start = find(open, in: head, from: index) else { return nil }
      let end = head[start...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
      if let value = value(after: "charset", in: head[start..<end]) { return value }
      index = end
    }
    return nil
  }

  /// The token after `key`, an optional `=`, spaces and a quote.
  private static func value(after key: String, in bytes: ArraySlice<UInt8>) -> String? {
    let pattern = Array(key.utf8)
    guard let found = find(pattern, in: Array(bytes), from: 0) else { return nil }
    var i = bytes.startIndex + found + pattern.count
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
    while i < bytes.endIndex, isSpace(bytes[i]) { i += 1 }
    guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "=") else { return nil }
    i += 1
    while i < bytes.endIndex, isSpace(bytes[i]) || bytes[i] == 0x22 || bytes[i] == 0x27 {
      i += 1
    }
    let start = i
    while i < bytes.endIndex, bytes[i] < 0x80,
      Character(UnicodeScalar(bytes[i])).isLetter || Character(UnicodeScalar(bytes[i])).isNumber
        || "-_.:".utf8.contains(bytes[i])
    {
      i += 1
    }
    return i > start ? String(decoding: bytes[start..<i], as: UTF8.self) : nil
  }

  private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
    var i = start
    while i + pattern.count <= bytes.count {
      if bytes[i] == pattern[0], bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
        return i
      }
      i += 1
    }
    return nil
  }

  /// The encoding browsers use for a label: Latin-1 and ASCII are read as Windows-1252,
  /// ISO-8859-9 as Windows-1254, GB2312 as GB18030 (the WHATWG Encoding Standard).
  static func whatwgLabel(_ declared: String) -> String {
    let label = declared.lowercased()
    switch label {
    case "utf-8", "utf8", "unicode-1-1-utf-8": return "utf-8"
    case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252",
      "windows-1252", "iso_8859-1", "x-cp1252", "cp819", "ibm819":
      return "windows-1252"
    case "iso-8859-9", "iso8859-9", "latin5", "l5", "cp1254", "windows-1254":
      return "windows-1254"
    case "gb2312", "gbk", "x-gbk", "chinese": return "gb18030"
    case "tis-620", "iso-8859-11": return "windows-874"
    case "ks_c_5601-1987", "euc-kr", "korean": return "cp949"
    case "sjis", "shift-jis", "x-sjis", "ms_kanji": return "shift_jis"
    default: return label
    }
  }
}
