/// Reads plain-text reports.
///
/// Optional metadata comes first, one `key value` or `key: value` per line (`date`, `title`,
/// `outlet`, `lang`, `url`, `byline`, `credit`, `dateline`, `updated`), or inline before the
/// lead on the first line (` date 2020-02 Des raids…`). A `# ` line is the title. Paragraphs
/// are separated by blank lines. A short line without closing punctuation inside the body is
/// an intertitle.
struct PlainTextReader: ReportReader {
  func read(_ input: InputFile, into sink: inout ReportSink) throws {
    let decoded = TextDecoding.decode(try input.readAll())
    if let note = decoded.note { sink.diagnose(.note, input.path, note) }
    var builder = ReportBuilder(path: input.path, format: .text)
    let lines = Self.lines(of: decoded.text)
    var index = 0
    // Metadata lines and a `# Title`, before the first paragraph.
    while index < lines.count {
      let line = lines[index].trimmingSpaces
      if line.isEmpty {
        index += 1
        continue
      }
      if line.hasPrefix("# ") {
        builder.report.title = String(line.dropFirst(2))
        index += 1
        continue
      }
      guard let (key, value) = Self.metadataLine(line) else { break }
      Self.apply(key, value, to: &builder.report)
      index += 1
    }
    // Metadata inline before the lead: ` date 2020-02 Des raids…`.
    var blocks: [String] = []
    var current: [Substring] = []
    var firstLine = true
    for line in lines[index...] {
      var text = line.trimmingSpaces
      if firstLine, !text.isEmpty {
        firstLine = false
        while let (key, value, rest) = Self.inlineMetadata(text) {
          Self.apply(key, value, to: &builder.report)
          text = rest
        }
      }
      if text.isEmpty {
        if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(text)
      }
    }
    if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
    for (position, block) in blocks.enumerated() {
      let normalized = TextNormalizer.normalize(block)
      let isLast = position == blocks.count - 1
      if Self.looksLikeHeading(normalized), !isLast {
        if position == 0, builder.report.title == nil {
          builder.append(block, kind: .headline)
        } else if position > 0 {
          builder.append(block, kind: .subheading)
        } else {
          builder.append(block)
        }
      } else {
        builder.append(block)
      }
    }
    if blocks.isEmpty, builder.report.title == nil {
      sink.diagnose(.warning, input.path, line: 1, column: 1, "no text in this file")
    }
    try sink.add(builder.build())
  }

  /// The lines of `text`, split at `\n`, `\r\n` and `\r` (empty lines kept), found on its
  /// UTF-8 bytes: a line break is always a whole character, so the lines are those a split
  /// on characters gives.
  static func lines(of text: String) -> [Substring] {
    var lines: [Substring] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
        index = bytes.index(after: index)
        continue
      }
      lines.append(text[start..<index])
      index = bytes.index(after: index)
      if byte == UInt8(ascii: "\r"), index != bytes.endIndex, bytes[index] == UInt8(ascii: "\n") {
        index = bytes.index(after: index)
      }
      start = index
    }
    lines.append(text[start..<bytes.endIndex])
    return lines
  }

  /// Keys that may open a plain-text report, and the metadata field each sets.
  private static let keys: [String: String] = [
    "date": "published", "published": "published", "updated": "updated",
    "title": "title", "headline": "title", "outlet": "outlet", "source": "outlet",
    "lang": "language", "language": "language", "url": "url", "link": "url",
    "byline": "byline", "author": "byline", "by": "byline", "credit": "credit",
    "dateline": "dateline",
  ]

  /// `key value` or `key: value`; without a colon the key must be lowercase and the value
  /// must fit the key, so that a lead starting with "Title…" is not read as metadata.
  static func metadataLine(_ line: Substring) -> (String, String)? {
    let keyEnd = line.firstIndex { !$0.isLetter } ?? line.endIndex
    let word = line[..<keyEnd]
    guard let field = keys[word.lowercased()] else { return nil }
    var rest = line[keyEnd...]
    let hasColon = rest.first == ":"
    if hasColon { rest = rest.dropFirst() }
    let value = rest.trimmingSpaces
    guard !value.isEmpty, hasColon || rest.first == " " || rest.first == "\t" else { return nil }
    if !hasColon {
      guard word == word.lowercased(), fits(field, value) else { return nil }
    }
    return (field, String(value))
  }

  /// ` date 2020-02 Des raids…` → (`published`, `2020-02`, `Des raids…`): single-token
  /// values only (date, language, URL), each checked against its form.
  static func inlineMetadata(_ line: Substring) -> (String, String, Substring)? {
    let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
    guard parts.count >= 2, let field = keys[parts[0].lowercased()],
      ["published", "updated", "language", "url"].contains(field)
    else { return nil }
    let value = parts[1].hasSuffix(":") ? parts[1].dropLast() : parts[1]
    guard fits(field, value) else { return nil }
    return (field, String(value), parts.count > 2 ? parts[2] : "")
  }

  private static func fits(_ field: String, _ value: Substring) -> Bool {
    switch field {
    case "published", "updated": NewsDate(iso: value) != nil
    case "language": LanguageTag.normalize(String(value)) != nil
    case "url": value.contains("://")
    default: true
    }
  }

  private static func apply(_ field: String, _ value: String, to report: inout Report) {
    switch field {
    case "published": report.published = NewsDate(iso: value)
    case "updated": report.updated = NewsDate(iso: value)
    case "title": report.title = value
    case "outlet": report.outlet = value
    case "language":
      if let code = LanguageTag.normalize(value) {
        report.language = LanguageInfo(
          code: code, origin: .declared, confidence: 1, declared: value)
      }
    case "url": report.url = value
    case "byline": report.byline = value
    case "credit": report.credit = value
    case "dateline": report.dateline = value
    default: break
    }
  }

  /// A short block with no closing punctuation: a title or an intertitle.
  static func looksLikeHeading(_ text: String) -> Bool {
    guard let last = text.last, text.count <= 100 else { return false }
    let words = text.split(separator: " ").count
    guard words <= 14 else { return false }
    return !".!?…:;,»\"”’)]–—-".contains(last) && last != "。"
  }
}

extension Substring {
  /// The substring without leading and trailing spaces and tabs.
  var trimmingSpaces: Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
    guard let start = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
    let end = lastIndex(where: { !isSpace($0) }) ?? start
    return self[start...end]
  }
}
