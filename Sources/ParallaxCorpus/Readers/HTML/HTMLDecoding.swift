/// Decodes an HTML page: the charset it declares (`<meta charset>`, `http-equiv`
/// content type, or an XML declaration) goes to `TextDecoding`, which also handles byte-order
/// marks, UTF-8 and the legacy guess; a declared charset its tables lack (Shift_JIS,
/// GB18030, EUC-KR…) is read through the C library's iconv.
enum HTMLDecoding {
  /// The text, the encoding used, and a note when an encoding was assumed.
  typealias Decoded = TextDecoding.Decoded

  /// Decodes the bytes of a page.
  static func decode(_ bytes: [UInt8]) -> Decoded {
    let declared = declaredCharset(bytes)
    if let declared, TextDecoding.byteOrderMark(bytes) == nil,
      TextDecoding.canonicalName(declared) == nil,
      let result = Transcoder.decode(bytes, from: iconvName(declared))
    {
      let note =
        result.replaced > 0
        ? "\(result.replaced) bytes not defined in the declared \(declared) were replaced"
        : nil
      return Decoded(text: result.text, encoding: declared.lowercased(), note: note)
    }
    return TextDecoding.decode(bytes, declared: declared)
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

  /// The iconv name for a label TextDecoding does not know, with the WHATWG readings of
  /// the East Asian labels (GB2312 as GB18030, EUC-KR as CP949, Shift_JIS as CP932).
  static func iconvName(_ declared: String) -> String {
    switch declared.lowercased() {
    case "gb2312", "gbk", "x-gbk", "chinese", "gb18030": "GB18030"
    case "ks_c_5601-1987", "euc-kr", "korean", "cp949": "CP949"
    case "sjis", "shift-jis", "shift_jis", "x-sjis", "ms_kanji", "windows-31j": "CP932"
    case "tis-620", "iso-8859-11": "CP874"
    default: declared.uppercased()
    }
  }
}
