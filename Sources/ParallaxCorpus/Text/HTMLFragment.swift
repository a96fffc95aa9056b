/// Turns a fragment of HTML (a feed item's description, an Atom `content`) into paragraphs.
///
/// One pass over the UTF-8 bytes, no tree: block elements (`<p>`, `<div>`, `<li>`, headings,
/// `<blockquote>`, table rows…) and two or more `<br>` in a row end a paragraph; `<h2>` and
/// `<h3>` give subheadings; other tags are dropped; `<script>`, `<style>` and comments are
/// skipped with what they hold; character references are decoded (`&eacute;`, `&#233;`).
/// Text is left unnormalized (`ReportBuilder` normalizes it once), unless `normalized` asks
/// for `TextNormalizer`'s output straight from the bytes (the paragraphs are marked so).
package enum HTMLFragment {
  /// The paragraphs of an HTML fragment, in order, empty ones included.
  package static func paragraphs(_ bytes: [UInt8]) -> [ReportBuilder.RawParagraph] {
    paragraphs(bytes, normalized: false)
  }

  /// The paragraphs of an HTML fragment, normalized while scanning when `normalized`.
  static func paragraphs(_ bytes: [UInt8], normalized: Bool) -> [ReportBuilder.RawParagraph] {
    bytes.withUnsafeBufferPointer { buffer in
      var scanner = HTMLFragmentScanner(buffer, normalizes: normalized)
      scanner.run()
      return scanner.paragraphs
    }
  }

  /// The paragraphs of an HTML fragment given as text.
  package static func paragraphs(_ text: String) -> [ReportBuilder.RawParagraph] {
    paragraphs(Array(text.utf8))
  }

  /// The text of an HTML fragment on one line: its paragraphs joined by spaces.
  package static func text(_ bytes: [UInt8]) -> String {
    paragraphs(bytes).map(\.text).joined(separator: " ")
  }

  /// The paragraphs of plain text: blocks separated by blank lines.
  package static func plainParagraphs(_ bytes: [UInt8]) -> [ReportBuilder.RawParagraph] {
    plainParagraphs(bytes, normalized: false)
  }

  /// The paragraphs of plain text, normalized while splitting when `normalized`.
  static func plainParagraphs(_ bytes: [UInt8], normalized: Bool) -> [ReportBuilder.RawParagraph] {
    var out: [ReportBuilder.RawParagraph] = []
    func paragraph(_ range: Range<Int>) -> ReportBuilder.RawParagraph {
      guard normalized else { return .init(String(decoding: bytes[range], as: UTF8.self)) }
      return bytes.withUnsafeBufferPointer {
        .init(normalized: TextNormalizer.normalize(utf8: UnsafeBufferPointer(rebasing: $0[range])))
      }
    }
    var start = 0
    var index = 0
    let count = bytes.count
    while index < count {
      if bytes[index] == UInt8(ascii: "\n") {
        var next = index + 1
        while next < count,
          bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t")
            || bytes[next] == UInt8(ascii: "\r")
        {
          next += 1
        }
        if next < count, bytes[next] == UInt8(ascii: "\n") {
          out.append(paragraph(start..<index))
          start = next + 1
          index = start
          continue
        }
      }
      index += 1
    }
    if start < count { out.append(paragraph(start..<count)) }
    return out
  }

  /// Whether bytes hold something that looks like a tag or a character reference.
  package static func looksLikeMarkup(_ bytes: [UInt8]) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count - 1 {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<") {
        let next = bytes[index + 1]
        if isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") {
          return true
        }
      } else if byte == UInt8(ascii: "&") {
        let next = bytes[index + 1]
        if isLetter(next) || next == UInt8(ascii: "#") { return true }
      }
      index += 1
    }
    return false
  }

  static func isLetter(_ byte: UInt8) -> Bool {
    (byte | .asciiCaseBit) >= UInt8(ascii: "a") && (byte | .asciiCaseBit) <= UInt8(ascii: "z")
  }
}
