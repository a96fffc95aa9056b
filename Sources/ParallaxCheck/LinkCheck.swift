import ParallaxCompare
import ParallaxCore

/// URLs and e-mail addresses must come through a translation unchanged: one replaced by
/// another is an error, one missing a warning.
enum LinkCheck {
  static func check(_ pair: ParagraphPair, source: CheckSide, target: CheckSide) -> [Finding] {
    let left = pair.left.flatMap { index in
      links(in: source.paragraph(index)?.text ?? "").map { (index, $0) }
    }
    guard !left.isEmpty else { return [] }
    let right = pair.right.flatMap { index in
      links(in: target.paragraph(index)?.text ?? "").map { (index, $0) }
    }
    var unused = right.filter { link in !left.contains { $0.1.text == link.1.text } }
    var findings: [Finding] = []
    for (index, link) in left where !right.contains(where: { $0.1.text == link.text }) {
      let evidence = source.evidence(index, link.range)
      if let position = unused.firstIndex(where: { $0.1.isMail == link.isMail }) {
        let (other, replacement) = unused.remove(at: position)
        findings.append(
          Finding(
            .error, .linkChanged, "«\(link.text)» became «\(replacement.text)»", source: evidence,
            target: target.evidence(other, replacement.range)))
      } else {
        findings.append(
          Finding(
            .warning, .linkDropped, "«\(link.text)» is missing from the translation",
            source: evidence))
      }
    }
    return findings
  }

  /// A URL or an e-mail address in a text.
  struct Link {
    var text: String
    var range: TextRange
    var isMail: Bool
  }

  /// The URLs (`http://`, `https://`, `www.`) and e-mail addresses of `text`; trailing
  /// punctuation of the sentence is not part of them.
  static func links(in text: String) -> [Link] {
    guard mayHoldLinks(text) else { return [] }
    let scalars = Array(text.unicodeScalars)
    var result: [Link] = []
    var start = 0
    while start < scalars.count {
      // A run of non-space characters.
      while start < scalars.count, isSpace(scalars[start]) { start += 1 }
      var end = start
      while end < scalars.count, !isSpace(scalars[end]) { end += 1 }
      var low = start
      var high = end
      while low < high, "(«\"'<[“‘".unicodeScalars.contains(scalars[low]) { low += 1 }
      while high > low, ".,;:!?)»\"'>]”’".unicodeScalars.contains(scalars[high - 1]) { high -= 1 }
      if low < high {
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[low..<high])
        let text = String(word)
        let lower = text.lowercased()
        let isURL =
          lower.hasPrefix("http://") || lower.hasPrefix("https://")
          || (lower.hasPrefix("www.") && lower.count > 6)
        let isMail = !isURL && isAddress(text)
        if isURL || isMail {
          result.append(Link(text: text, range: TextRange(low, high), isMail: isMail))
        }
      }
      start = end
    }
    return result
  }

  /// Whether `text` has an `@`, `://` or `www.` at all (most paragraphs have none).
  static func mayHoldLinks(_ text: String) -> Bool {
    // The three bytes before this one, lowercased (no array made per byte).
    var (first, second, third): (UInt8, UInt8, UInt8) = (0, 0, 0)
    for byte in text.utf8 {
      if byte == 0x40 { return true }
      if byte == 0x2F && third == 0x2F && second == 0x3A { return true }
      if byte == 0x2E && first == 0x77 && second == 0x77 && third == 0x77 { return true }
      (first, second, third) = (second, third, byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0))
    }
    return false
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace
  }

  private static func isAddress(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
      !parts[1].hasPrefix("."), !parts[1].hasSuffix(".")
    else { return false }
    return text.unicodeScalars.allSatisfy { $0.isASCII && !$0.properties.isWhitespace }
  }
}
