/// The one-pass scanner behind `HTMLFragment`.
struct HTMLFragmentScanner {
  /// What a tag does to the flow of text.
  enum TagRole {
    /// Ends the paragraph (`p`, `div`, `li`…).
    case block
    /// Ends the paragraph and makes the next one a subheading (`h2`, `h3`).
    case subheading
    /// A line break: two in a row end a paragraph.
    case lineBreak
    /// Separates words without ending the paragraph (`td`, `img`).
    case space
    /// Skipped with everything up to its closing tag (`script`, `style`).
    case skipped
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var current: [UInt8] = []
  private var currentKind: Paragraph.Kind?
  private var breaks = 0
  private(set) var paragraphs: [ReportBuilder.RawParagraph] = []
  /// Whether paragraphs come out normalized.
  private let normalizes: Bool

  init(_ bytes: UnsafeBufferPointer<UInt8>, normalizes: Bool = false) {
    self.bytes = bytes
    self.normalizes = normalizes
    current.reserveCapacity(min(bytes.count, 4096))
  }

  mutating func run() {
    let count = bytes.count
    var runStart = 0
    while index < count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<") {
        flushRun(from: runStart)
        if !tag() {
          current.append(byte)
          index += 1
        }
        runStart = index
      } else if byte == UInt8(ascii: "&") {
        flushRun(from: runStart)
        reference()
        runStart = index
      } else if breaks > 0 {
        if !isSpace(byte) { breaks = 0 }
        index += 1
      } else {
        index += 1
        skipPlainText()
      }
    }
    flushRun(from: runStart)
    endParagraph()
  }

  /// Moves `index` over plain text eight bytes at a time, stopping at the word that holds
  /// a `<` or a `&` (the byte loop takes it from there).
  @inline(__always)
  private mutating func skipPlainText() {
    guard let base = bytes.baseAddress else { return }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let count = bytes.count
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let less = word ^ (ones &* UInt64(UInt8(ascii: "<")))
      let ampersand = word ^ (ones &* UInt64(UInt8(ascii: "&")))
      // A zero byte in `less` or `ampersand` (the exact "has a zero byte" test).
      let hits = ((less &- ones) & ~less | (ampersand &- ones) & ~ampersand) & highs
      if hits != 0 { return }
      index += 8
    }
  }

  private func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
      || byte == UInt8(ascii: "\t") || byte == .formFeed
  }

  private mutating func flushRun(from start: Int) {
    guard start < index else { return }
    current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
  }

  private mutating func endParagraph() {
    breaks = 0
    guard !current.isEmpty else {
      return
    }
    if normalizes {
      // Blank paragraphs (white space, soft hyphens…) normalize to nothing and are left out.
      let text = current.withUnsafeBufferPointer { TextNormalizer.normalize(utf8: $0) }
      if !text.isEmpty { paragraphs.append(.init(normalized: text, kind: currentKind)) }
    } else if current.contains(where: { !isSpace($0) }) {
      paragraphs.append(.init(String(decoding: current, as: UTF8.self), kind: currentKind))
    }
    current.removeAll(keepingCapacity: true)
    currentKind = nil
  }

  /// Reads a tag, comment or declaration at `index`; `false` when `<` starts no tag.
  private mutating func tag() -> Bool {
    let count = bytes.count
    guard index + 1 < count else { return false }
    let next = bytes[index + 1]
    if next == UInt8(ascii: "!") {
      if matches("<!--", at: index) {
        index = find("-->", from: index + 4).map { $0 + 3 } ?? count
      } else if matches("<![CDATA[", at: index) {
        let start = index + 9
        let end = find("]]>", from: start) ?? count
        current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        index = min(count, end + 3)
      } else {
        // `<!DOCTYPE …>`; `<!'` or a declaration never closed is text.
        guard index + 2 < count, HTMLFragment.isLetter(bytes[index + 2]),
          let end = find(">", from: index)
        else { return false }
        index = end + 1
      }
      return true
    }
    if next == UInt8(ascii: "?") {
      guard let end = find(">", from: index) else { return false }
      index = end + 1
      return true
    }
    let closing = next == UInt8(ascii: "/")
    var cursor = index + (closing ? 2 : 1)
    guard cursor < count, HTMLFragment.isLetter(bytes[cursor]) else { return false }
    var name: UInt64 = 0
    var length = 0
    while cursor < count, isNameByte(bytes[cursor]) {
      if length < 7 { name = name << 8 | UInt64(bytes[cursor] | .asciiCaseBit) }
      length += 1
      cursor += 1
    }
    name |= UInt64(min(length, 255)) << 56
    // Skip attributes, honouring quotes.
    var quote: UInt8 = 0
    while cursor < count {
      let byte = bytes[cursor]
      if quote != 0 {
        if byte == quote { quote = 0 }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        break
      }
      cursor += 1
    }
    // A tag never closed is text.
    guard cursor < count else { return false }
    index = cursor + 1
    guard let role = Self.commonRole(name) ?? Self.roles[name] else { return true }
    apply(role, closing: closing, name: name)
    return true
  }

  private mutating func apply(_ role: TagRole, closing: Bool, name: UInt64) {
    switch role {
    case .block:
      endParagraph()
    case .subheading:
      endParagraph()
      if !closing { currentKind = .subheading }
    case .lineBreak:
      breaks += 1
      if breaks >= 2 {
        endParagraph()
      } else {
        current.append(UInt8(ascii: "\n"))
      }
    case .space:
      current.append(UInt8(ascii: " "))
    case .skipped:
      guard !closing else { return }
      // Skip to the matching closing tag.
      var cursor = index
      while let open = find("</", from: cursor) {
        var probe = open + 2
        var probeName: UInt64 = 0
        var length = 0
        while probe < bytes.count, isNameByte(bytes[probe]) {
          if length < 7 { probeName = probeName << 8 | UInt64(bytes[probe] | .asciiCaseBit) }
          length += 1
          probe += 1
        }
        probeName |= UInt64(min(length, 255)) << 56
        if probeName == name {
          index = find(">", from: probe).map { $0 + 1 } ?? bytes.count
          return
        }
        cursor = open + 2
      }
      index = bytes.count
    }
  }

  private func isNameByte(_ byte: UInt8) -> Bool {
    HTMLFragment.isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
  }

  /// Decodes a character reference at `index`, or keeps the `&`.
  private mutating func reference() {
    let count = bytes.count
    var cursor = index + 1
    if cursor < count, bytes[cursor] == UInt8(ascii: "#") {
      cursor += 1
      var radix: UInt32 = 10
      if cursor < count, bytes[cursor] | .asciiCaseBit == UInt8(ascii: "x") {
        radix = 16
        cursor += 1
      }
      var value: UInt32 = 0
      var digits = 0
      while cursor < count, let digit = hexValue(bytes[cursor]), digit < radix, digits < 8 {
        value = value * radix + digit
        digits += 1
        cursor += 1
      }
      if digits > 0, let decoded = HTMLEntities.bytes(codePoint: value) {
        if cursor < count, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
        current.append(contentsOf: decoded)
        index = cursor
        return
      }
    } else {
      let start = cursor
      while cursor < count, cursor - start <= HTMLEntities.longestName,
        HTMLFragment.isLetter(bytes[cursor])
          || (bytes[cursor] >= UInt8(ascii: "0") && bytes[cursor] <= UInt8(ascii: "9"))
      {
        cursor += 1
      }
      if cursor > start, cursor < count, bytes[cursor] == UInt8(ascii: ";"),
        let decoded = HTMLEntities.bytes(
          named: UnsafeBufferPointer(rebasing: bytes[start..<cursor]))
      {
        current.append(contentsOf: decoded)
        index = cursor + 1
        return
      }
    }
    current.append(UInt8(ascii: "&"))
    index += 1
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  private func matches(_ literal: StaticString, at position: Int) -> Bool {
    let length = literal.utf8CodeUnitCount
    guard position + length <= bytes.count else { return false }
    let pointer = literal.utf8Start
    for offset in 0..<length
    where bytes[position + offset] | .asciiCaseBit != pointer[offset] | .asciiCaseBit {
      return false
    }
    return true
  }

  private func find(_ literal: StaticString, from position: Int) -> Int? {
    let length = literal.utf8CodeUnitCount
    let first = literal.utf8Start[0]
    var cursor = position
    while cursor + length <= bytes.count {
      if bytes[cursor] == first, matches(literal, at: cursor) { return cursor }
      cursor += 1
    }
    return nil
  }

  /// The role of the commonest tags without a dictionary lookup: `p` and `br`, and inline
  /// tags (`Optional(nil)`: no role); `nil` for the others. The constants are `pack`'s.
  @inline(__always)
  private static func commonRole(_ name: UInt64) -> TagRole?? {
    switch name {
    case 0x0100_0000_0000_0070: .some(.block)  // p
    case 0x0200_0000_0000_6272: .some(.lineBreak)  // br
    case 0x0600_7374_726F_6E67, 0x0200_0000_0000_656D, 0x0100_0000_0000_0061,
      0x0100_0000_0000_0062, 0x0100_0000_0000_0069, 0x0400_0000_7370_616E:
      // strong, em, a, b, i, span
      .some(nil)
    default: nil
    }
  }

  /// Tag names packed in a `UInt64` (length, then up to seven lowercase bytes) and their roles.
  private static let roles: [UInt64: TagRole] = {
    var out: [UInt64: TagRole] = [:]
    func pack(_ name: String) -> UInt64 {
      name.utf8.prefix(7).reduce(0) { $0 << 8 | UInt64($1) } | UInt64(name.utf8.count) << 56
    }
    let blocks = [
      "p", "div", "li", "ul", "ol", "h1", "h4", "h5", "h6", "blockquote", "table", "tr",
      "section", "article", "header", "footer", "pre", "dl", "dt", "dd", "figure", "hr",
      "address", "aside", "nav", "main", "form", "center", "caption", "tbody", "thead",
      "figcaption", "fieldset", "details", "summary",
    ]
    for name in blocks { out[pack(name)] = .block }
    out[pack("h2")] = .subheading
    out[pack("h3")] = .subheading
    out[pack("br")] = .lineBreak
    for name in ["td", "th", "img"] { out[pack(name)] = .space }
    for name in ["script", "style", "noscript", "template", "object", "iframe"] {
      out[pack(name)] = .skipped
    }
    return out
  }()
}
