import Foundation
import ParallaxCore
import ParallaxXML

/// Reads bilingual files: XLIFF 1.2, XLIFF 2.x and TMX 1.4b, in UTF-8 or UTF-16.
///
/// ```swift
/// let document = try BilingualReader.read(path: "story.xlf")
/// for segment in document.segments { print(segment.source, segment.target ?? "—") }
/// ```
public enum BilingualReader {
  /// The file name extensions taken as bilingual files.
  public static let extensions: Set<String> = ["xlf", "xliff", "xlf2", "tmx"]

  /// Whether `path` names a bilingual file: by its extension, else by its root element.
  public static func isBilingual(path: String) -> Bool {
    let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
    if extensions.contains(ext) { return true }
    guard ext == "xml", let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 4096)) ?? Data()
    let text = decode([UInt8](head))
    return text.contains("<xliff") || text.contains("<tmx")
  }

  /// Reads and parses the file at `path`.
  public static func read(path: String) throws(ExchangeError) -> BilingualDocument {
    try parse(contents(of: path), path: path)
  }

  /// The bytes of the file at `path`.
  static func contents(of path: String) throws(ExchangeError) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: "no such file or not readable")
    }
    return [UInt8](data)
  }

  /// The parsed document of `bytes`, a locator of its elements and its root element; a
  /// document with no root is `ExchangeError.notWellFormed` at libxml2's first problem.
  static func parsedRoot(_ bytes: [UInt8], path: String) throws(ExchangeError) -> (
    document: MarkupDocument, locator: ElementLocator, root: MarkupElement
  ) {
    let document = MarkupDocument(xml: bytes)
    let locator = ElementLocator(text: decode(bytes), path: path)
    guard let root = document.root else {
      let problem = document.firstFatal ?? document.problems.first
      throw .notWellFormed(
        SourceLocation(path: path, line: problem?.line ?? 1, column: problem?.column ?? 1),
        problem?.message ?? "empty document")
    }
    return (document, locator, root)
  }

  /// Parses the bytes of a bilingual file; `path` names it in diagnostics.
  public static func parse(_ bytes: [UInt8], path: String) throws(ExchangeError)
    -> BilingualDocument
  {
    let (document, locator, root) = try parsedRoot(bytes, path: path)
    var diagnostics: [Diagnostic] = []
    if let fatal = document.firstFatal {
      diagnostics.append(
        Diagnostic(
          .error, SourceLocation(path: path, line: fatal.line, column: fatal.column),
          "not well-formed XML: \(fatal.message); what came before it was read"))
    }
    var result: BilingualDocument
    switch root.name {
    case "xliff":
      if let version = root[attribute: "version"], version.hasPrefix("2") {
        result = XLIFF2Reader.read(root, locator: locator)
      } else {
        result = XLIFF12Reader.read(root, locator: locator)
      }
    case "tmx":
      result = TMXReader.read(root, locator: locator)
    default:
      throw .unknownFormat(locator.location(of: root), root: root.name)
    }
    result.diagnostics = diagnostics + result.diagnostics
    return result
  }

  /// Text from bytes in UTF-8 or UTF-16 (by byte-order mark, or by the zero bytes of
  /// `<?xml` written in UTF-16 without one).
  static func decode(_ bytes: [UInt8]) -> String {
    if bytes.count >= 2 {
      let (a, b) = (bytes[0], bytes[1])
      if a == 0xFF && b == 0xFE { return utf16(bytes.dropFirst(2), bigEndian: false) }
      if a == 0xFE && b == 0xFF { return utf16(bytes.dropFirst(2), bigEndian: true) }
      if a == 0x3C && b == 0 { return utf16(bytes[...], bigEndian: false) }
      if a == 0 && b == 0x3C { return utf16(bytes[...], bigEndian: true) }
    }
    var slice = bytes[...]
    if slice.starts(with: ByteOrderMark.utf8) { slice = slice.dropFirst(3) }
    return String(decoding: slice, as: UTF8.self)
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let (x, y) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
      units.append(bigEndian ? x << 8 | y : y << 8 | x)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// A declared language tag, normalized (`En-uS` → `en-US`); a diagnostic when it is given
  /// but cannot be read.
  static func language(
    _ value: String?, of element: MarkupElement, attribute: String, locator: ElementLocator,
    into diagnostics: inout [Diagnostic]
  ) -> String? {
    guard let value, !value.isEmpty else { return nil }
    if let tag = LanguageTag.normalize(value) { return tag }
    diagnostics.append(
      Diagnostic(
        .warning, locator.location(of: element),
        "\(attribute)=\"\(value)\" is not a language tag; ignored"))
    return nil
  }
}
