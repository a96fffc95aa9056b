/// Turns bytes into text: BOM, declaration, UTF-8, else the legacy code page that decodes
/// best among windows-1252, 1254 (Turkish), 1256 (Arabic) and 1251 (Russian).
///
/// C0 control characters other than tab, line feed and carriage return are removed.
public enum TextDecoding {
  /// Decoded text, and a note when an encoding was assumed.
  public struct Decoded: Sendable {
    /// The text.
    public var text: String
    /// The encoding used (`utf-8`, `windows-1254`…).
    public var encoding: String
    /// What was assumed, for a diagnostic.
    public var note: String?
  }

  /// Decodes `bytes` with no declaration to go by.
  public static func decode(_ bytes: [UInt8]) -> Decoded {
    decode(bytes, declared: nil)
  }

  /// Decodes `bytes`; a byte-order mark wins over `declared` (a charset name from a header,
  /// an XML declaration or a `<meta charset>`), which wins over detection.
  public static func decode(_ bytes: [UInt8], declared: String?) -> Decoded {
    if let (encoding, bomLength) = byteOrderMark(bytes) {
      let body = Array(bytes.dropFirst(bomLength))
      var repaired = 0
      let utf8 = transcodeToUTF8(body, encoding: encoding, repaired: &repaired) ?? body
      return finish(utf8, encoding, note: repairNote(repaired, "a \(encoding) byte-order mark"))
    }
    var unknownNote: String?
    if let declared {
      if let encoding = canonicalName(declared) {
        var repaired = 0
        if encoding != "utf-8",
          let utf8 = transcodeToUTF8(bytes, encoding: encoding, repaired: &repaired)
        {
          return finish(utf8, encoding, note: repairNote(repaired, "declared \(encoding)"))
        }
      } else {
        unknownNote = "unknown encoding '\(declared)' declared"
      }
    }
    let scan = bytes.withUnsafeBufferPointer { scanUTF8($0) }
    if scan.valid {
      let clean = scan.hasControls ? strippingControls(bytes) : bytes
      return Decoded(
        text: String(decoding: clean, as: UTF8.self), encoding: "utf-8", note: unknownNote)
    }
    let said = declared.flatMap { canonicalName($0) } == "utf-8" ? "declared utf-8 but " : ""
    if let encoding = utf16WithoutMark(bytes), let utf8 = transcodeToUTF8(bytes, encoding: encoding)
    {
      return finish(
        utf8, encoding, note: join(unknownNote, "no byte-order mark; read as \(encoding)"))
    }
    let (multibyte, illFormed) = countSequences(bytes)
    // Enough well-formed UTF-8 that it is no accident of a legacy code page: lines that are
    // not UTF-8 are read in the code page that fits them, the others stay UTF-8.
    if multibyte >= 2, multibyte * 10 >= illFormed, let mixed = mixedLines(bytes) {
      let first = mixed.legacyLines[0]
      let more = mixed.legacyLines.count - 1
      let lines = more == 0 ? "line \(first) is" : "line \(first) and \(more) more are"
      let reading = mixed.language.map { " (\($0) text)" } ?? ""
      return finish(
        mixed.utf8, "utf-8",
        note: join(
          unknownNote,
          "\(said)mixed encodings: UTF-8, but \(lines) not; read as \(mixed.codePage)\(reading)"
        ))
    }
    if multibyte > 0, multibyte >= 2 * illFormed {
      let what = illFormed == 1 ? "1 ill-formed byte" : "\(illFormed) ill-formed bytes"
      return finish(
        bytes, "utf-8",
        note: join(unknownNote, "\(said)UTF-8 with \(what), replaced by U+FFFD"))
    }
    let guess = LegacyEncodingGuesser.guess(bytes)
    let what = said.isEmpty ? "not valid UTF-8 and no encoding declared" : "\(said)not valid UTF-8"
    let reading = guess.language.map { " (\($0) text)" } ?? ""
    return finish(
      guess.codePage.transcode(bytes), guess.codePage.name,
      note: join(unknownNote, "\(what); read as \(guess.codePage.name)\(reading)"))
  }

  /// `bytes` in `encoding` (any alias) transcoded to UTF-8, a leading byte-order mark
  /// dropped; `nil` for an encoding Parallax does not know. Ill-formed input is repaired
  /// with U+FFFD, so the result is always valid UTF-8, ready for libxml2.
  public static func transcodeToUTF8(_ bytes: [UInt8], encoding: String) -> [UInt8]? {
    var repaired = 0
    return transcodeToUTF8(bytes, encoding: encoding, repaired: &repaired)
  }

  /// `transcodeToUTF8(_:encoding:)`, adding to `repaired` the number of ill-formed sequences
  /// (a lone surrogate, a truncated code unit, an invalid byte) replaced by U+FFFD.
  static func transcodeToUTF8(_ bytes: [UInt8], encoding: String, repaired: inout Int)
    -> [UInt8]?
  {
    guard let name = canonicalName(encoding) else { return nil }
    switch name {
    case "utf-8":
      let body = bytes.starts(with: ByteOrderMark.utf8) ? Array(bytes.dropFirst(3)) : bytes
      if isValidUTF8(body) { return body }
      repaired += countSequences(body).illFormed
      return Array(String(decoding: body, as: UTF8.self).utf8)
    case "utf-16le", "utf-16be", "utf-16":
      var bigEndian = name == "utf-16be"
      var body = bytes[...]
      if ByteOrderMark.startsUTF16(bytes) {
        bigEndian = bytes.starts(with: ByteOrderMark.utf16BigEndian)
        body = bytes.dropFirst(2)
      } else if name == "utf-16" {
        bigEndian = utf16WithoutMark(bytes) != "utf-16le"
      }
      return utf16(body, bigEndian: bigEndian, repaired: &repaired)
    case "utf-32le", "utf-32be", "utf-32":
      var bigEndian = name == "utf-32be"
      var body = bytes[...]
      if bytes.starts(with: ByteOrderMark.utf32LittleEndian)
        || bytes.starts(with: ByteOrderMark.utf32BigEndian)
      {
        bigEndian = bytes[0] == 0
        body = bytes.dropFirst(4)
      }
      return utf32(body, bigEndian: bigEndian, repaired: &repaired)
    default:
      return LegacyCodePage(named: name)?.transcode(bytes)
    }
  }

  /// The WHATWG name of an encoding label (`UTF8` → `utf-8`, `latin1` → `windows-1252`),
  /// or `nil` when Parallax cannot read it.
  public static func canonicalName(_ label: String) -> String? {
    var key = ""
    for character in label.lowercased() where !" \t\"'".contains(character) {
      key.append(character == "_" ? "-" : character)
    }
    if let name = aliases[key] { return name }
    if LegacyCodePage.tables[key] != nil || unicodeNames.contains(key) { return key }
    for prefix in ["cp", "x-cp", "windows"] where key.hasPrefix(prefix) {
      let digits = key.dropFirst(prefix.count).drop { $0 == "-" }
      if digits.count == 4, LegacyCodePage.tables["windows-" + digits] != nil {
        return aliases["windows-" + digits] ?? "windows-" + digits
      }
    }
    return nil
  }

  private static let unicodeNames: Set<String> = [
    "utf-8", "utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be",
  ]

  private static let aliases: [String: String] = [
    "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
    "utf16": "utf-16", "ucs-2": "utf-16", "unicode": "utf-16", "utf16le": "utf-16le",
    "utf16be": "utf-16be", "utf32": "utf-32",
    "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", "iso88591": "windows-1252",
    "latin1": "windows-1252", "latin-1": "windows-1252", "l1": "windows-1252",
    "iso-ir-100": "windows-1252", "cp819": "windows-1252", "ibm819": "windows-1252",
    "us-ascii": "windows-1252", "ascii": "windows-1252", "ansi-x3.4-1968": "windows-1252",
    "iso-8859-1:1987": "windows-1252", "csisolatin1": "windows-1252",
    "iso-8859-9": "windows-1254", "iso8859-9": "windows-1254", "latin5": "windows-1254",
    "l5": "windows-1254", "iso-ir-148": "windows-1254", "csisolatin5": "windows-1254",
    "koi8r": "koi8-r", "koi8": "koi8-r", "cskoi8r": "koi8-r", "koi8u": "koi8-u",
    "cp866": "ibm866", "866": "ibm866", "csibm866": "ibm866",
    "iso8859-2": "iso-8859-2", "latin2": "iso-8859-2", "iso8859-5": "iso-8859-5",
    "cyrillic": "iso-8859-5", "iso8859-6": "iso-8859-6", "arabic": "iso-8859-6",
    "iso8859-7": "iso-8859-7", "greek": "iso-8859-7", "iso8859-8": "iso-8859-8",
    "hebrew": "iso-8859-8", "iso8859-15": "iso-8859-15", "latin9": "iso-8859-15",
    "latin-9": "iso-8859-15", "mac": "macintosh", "x-mac-roman": "macintosh",
    "macroman": "macintosh", "csmacintosh": "macintosh",
  ]

  /// The encoding a byte-order mark names, and the mark's length.
  static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
    if bytes.starts(with: ByteOrderMark.utf8) { return ("utf-8", 3) }
    if bytes.starts(with: ByteOrderMark.utf32LittleEndian) { return ("utf-32le", 4) }
    if bytes.starts(with: ByteOrderMark.utf32BigEndian) { return ("utf-32be", 4) }
    if bytes.starts(with: ByteOrderMark.utf16LittleEndian) { return ("utf-16le", 2) }
    if bytes.starts(with: ByteOrderMark.utf16BigEndian) { return ("utf-16be", 2) }
    return nil
  }

  /// `utf-16le` or `utf-16be` when the first bytes look like UTF-16 text without a mark:
  /// mostly zero bytes on one side of each pair, none on the other.
  static func utf16WithoutMark(_ bytes: [UInt8]) -> String? {
    let pairs = min(bytes.count, 1024) / 2
    guard pairs >= 4 else { return nil }
    var zeroEven = 0
    var zeroOdd = 0
    for pair in 0..<pairs {
      if bytes[2 * pair] == 0 { zeroEven += 1 }
      if bytes[2 * pair + 1] == 0 { zeroOdd += 1 }
    }
    if zeroOdd * 10 >= pairs * 4, zeroEven * 20 <= zeroOdd { return "utf-16le" }
    if zeroEven * 10 >= pairs * 4, zeroOdd * 20 <= zeroEven { return "utf-16be" }
    return nil
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, repaired: inout Int)
    -> [UInt8]
  {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    var scalars = String.UnicodeScalarView()
    var iterator = units.makeIterator()
    var decoder = UTF16()
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): scalars.append(scalar)
      case .error:
        scalars.append("\u{FFFD}")
        repaired += 1
      case .emptyInput: break decoding
      }
    }
    if index < bytes.endIndex {
      scalars.append("\u{FFFD}")
      repaired += 1
    }
    return Array(String(scalars).utf8)
  }

  private static func utf32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, repaired: inout Int)
    -> [UInt8]
  {
    var scalars = String.UnicodeScalarView()
    var index = bytes.startIndex
    while index + 3 < bytes.endIndex {
      var value: UInt32 = 0
      for offset in 0..<4 {
        let byte = UInt32(bytes[index + (bigEndian ? offset : 3 - offset)])
        value = value << 8 | byte
      }
      if let scalar = Unicode.Scalar(value) {
        scalars.append(scalar)
      } else {
        scalars.append("\u{FFFD}")
        repaired += 1
      }
      index += 4
    }
    if index < bytes.endIndex {
      scalars.append("\u{FFFD}")
      repaired += 1
    }
    return Array(String(scalars).utf8)
  }

  /// The note for text read as `how` in which `repaired` ill-formed sequences were replaced.
  private static func repairNote(_ repaired: Int, _ how: String) -> String? {
    guard repaired > 0 else { return nil }
    let what = repaired == 1 ? "1 ill-formed sequence" : "\(repaired) ill-formed sequences"
    return "read as \(how) says, but \(what) replaced by U+FFFD"
  }

  /// Builds the result from UTF-8 bytes (repaired if need be), controls removed.
  private static func finish(_ utf8: [UInt8], _ encoding: String, note: String?) -> Decoded {
    let text = String(decoding: utf8, as: UTF8.self)
    let clean =
      text.utf8.contains(where: isStrippedControl)
      ? String(decoding: strippingControls(Array(text.utf8)), as: UTF8.self) : text
    return Decoded(text: clean, encoding: encoding, note: note)
  }

  private static func join(_ first: String?, _ second: String) -> String {
    first.map { $0 + "; " + second } ?? second
  }
}
