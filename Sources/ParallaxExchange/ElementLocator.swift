import ParallaxCore
import ParallaxXML

/// Finds the line and column of elements in a file's text: libxml2 gives an element's line,
/// the column is that of its start tag on the line (the next one when the line holds several).
final class ElementLocator {
  private let text: String
  /// The lines cut so far (as `split(omittingEmptySubsequences: false, whereSeparator:
  /// \.isNewline)` cuts them), cut on demand: libxml2 gives lines up to 65535 only, so a
  /// large file is never cut whole.
  private var lines: [Substring] = []
  /// Where the next line not yet cut starts; `nil` when every line is cut.
  private var next: String.Index?
  let path: String
  /// For each line, where the search for the next start tag of each name resumes.
  private var cursors: [String: String.Index] = [:]

  init(text: String, path: String) {
    self.text = text
    next = text.startIndex
    self.path = path
  }

  /// The locator of the file `bytes` (read as `BilingualReader.decode` reads them) that
  /// decodes only the lines libxml2 can name: it gives lines up to 65535, so a UTF-8 file
  /// is decoded up to its 65,536th line feed (every line feed ends a line here too).
  convenience init(bytes: [UInt8], path: String) {
    let utf16 =
      bytes.count >= 2
      && [(0xFF, 0xFE), (0xFE, 0xFF), (0x3C, 0), (0, 0x3C)].contains {
        $0.0 == bytes[0] && $0.1 == bytes[1]
      }
    var end = bytes.count
    if !utf16 {
      var feeds = 0
      for index in bytes.indices where bytes[index] == 0x0A {
        feeds += 1
        if feeds == 65_536 {
          end = index + 1
          break
        }
      }
    }
    let prefix = end == bytes.count ? bytes : Array(bytes[..<end])
    self.init(text: BilingualReader.decode(prefix), path: path)
  }

  /// Cuts lines until there are `count` of them or the text ends.
  private func cut(upTo count: Int) {
    while lines.count < count, let start = next {
      var index = start
      while index < text.endIndex, !text[index].isNewline { index = text.index(after: index) }
      lines.append(text[start..<index])
      next = index < text.endIndex ? text.index(after: index) : nil
    }
  }

  /// The location of `element`'s start tag.
  func location(of element: MarkupElement) -> SourceLocation {
    let line = element.line
    if line >= 1 { cut(upTo: line) }
    guard line >= 1, line <= lines.count else {
      return SourceLocation(path: path, line: line >= 1 ? line : nil, column: nil)
    }
    let text = lines[line - 1]
    let key = "\(line)<\(element.name)"
    let start = cursors[key] ?? text.startIndex
    guard let found = find("<" + element.name, in: text, from: start) else {
      return SourceLocation(path: path, line: line, column: 1)
    }
    cursors[key] = text.index(after: found)
    return SourceLocation(
      path: path, line: line, column: text.distance(from: text.startIndex, to: found) + 1)
  }

  /// The start of the first `<name` followed by white space, `>` or `/` (or a prefix `:`).
  private func find(_ needle: String, in text: Substring, from start: String.Index) -> String.Index?
  {
    var index = start
    while let range = text[index...].range(of: needle) {
      let next = range.upperBound
      if next == text.endIndex || [" ", ">", "/", "\t"].contains(text[next]) {
        return range.lowerBound
      }
      index = range.upperBound
    }
    // A prefixed name (`<x:unit`): the first start tag ending in the name.
    if let range = text[start...].range(of: ":" + needle.dropFirst()) {
      var lower = range.lowerBound
      while lower > text.startIndex, text[lower] != "<" { lower = text.index(before: lower) }
      return lower
    }
    return nil
  }
}
