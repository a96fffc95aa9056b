import Foundation
import ParallaxCore
import ParallaxXML

extension BilingualReader {
  /// Reads a TMX file as a translation memory: every unit with its own language pair
  /// (`BilingualSegment.sourceLanguage`, `targetLanguage`), in UTF-8 or UTF-16 (with or
  /// without a byte-order mark), language tags in any case.
  ///
  /// Stricter than `read(path:)`: the header must say the source language (`srclang`, a tag
  /// or `*all*`), else `ExchangeError.missingSourceLanguage` with the header's location; a
  /// file that is not TMX is `ExchangeError.unknownFormat`.
  public static func readMemory(path: String) throws(ExchangeError) -> BilingualDocument {
    try parseMemory(contents(of: path), path: path)
  }

  /// Parses the bytes of a TMX file as `readMemory(path:)` does; `path` names it in
  /// diagnostics.
  public static func parseMemory(_ bytes: [UInt8], path: String) throws(ExchangeError)
    -> BilingualDocument
  {
    let (document, locator, root) = try parsedRoot(bytes, path: path)
    guard root.name == "tmx" else {
      throw .unknownFormat(locator.location(of: root), root: root.name)
    }
    let header = root.first("header")
    guard let declared = header?[attribute: "srclang"], !declared.isEmpty else {
      throw .missingSourceLanguage(locator.location(of: header ?? root))
    }
    var result = TMXReader.read(root, locator: locator, memory: true)
    if let fatal = document.firstFatal {
      result.diagnostics.insert(
        Diagnostic(
          .error, SourceLocation(path: path, line: fatal.line, column: fatal.column),
          "not well-formed XML: \(fatal.message); what came before it was read"), at: 0)
    }
    return result
  }
}
