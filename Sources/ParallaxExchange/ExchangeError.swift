import ParallaxCore

/// Why a bilingual file could not be read at all.
public enum ExchangeError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file does not exist or cannot be read.
  case unreadable(path: String, reason: String)
  /// Nothing could be parsed: the first fatal XML error.
  case notWellFormed(SourceLocation, String)
  /// The root element is neither XLIFF nor TMX.
  case unknownFormat(SourceLocation, root: String)
  /// A translation memory whose header does not say its source language (`srclang`).
  case missingSourceLanguage(SourceLocation)

  /// The diagnostic to print (`path:line:column: error: message`).
  public var diagnostic: Diagnostic {
    switch self {
    case .unreadable(let path, let reason):
      Diagnostic(.error, SourceLocation(path: path), "cannot read bilingual file: \(reason)")
    case .notWellFormed(let location, let message):
      Diagnostic(.error, location, "not well-formed XML: \(message)")
    case .unknownFormat(let location, let root):
      Diagnostic(
        .error, location, "root element <\(root)> is neither XLIFF (<xliff>) nor TMX (<tmx>)")
    case .missingSourceLanguage(let location):
      Diagnostic(
        .error, location,
        "TMX header without srclang: the memory's source language is unknown; nothing imported")
    }
  }

  /// The diagnostic's text.
  public var description: String { diagnostic.description }
}
