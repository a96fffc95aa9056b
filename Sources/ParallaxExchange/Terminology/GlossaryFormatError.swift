import ParallaxCore

/// Why a glossary file in an exchange format could not be read or written at all.
public enum GlossaryFormatError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file does not exist or cannot be read.
  case unreadable(path: String, reason: String)
  /// Nothing could be parsed: the first fatal XML error.
  case notWellFormed(SourceLocation, String)
  /// The file is XML but not TBX (its root element is named).
  case notTBX(SourceLocation, root: String)
  /// The format cannot be told from the name or the content.
  case unknownFormat(path: String)
  /// A CSV or native file without a usable header row.
  case badHeader(SourceLocation, String)
  /// A bilingual format needs a source and a target language.
  case needsLanguages(GlossaryFormat)
  /// There is nothing to write (the format requires at least one concept).
  case nothingToWrite(GlossaryFormat)
  /// The glossary holds text the format cannot hold (the reason says which).
  case unwritable(String)

  /// The diagnostic to print (`path:line:column: error: message`).
  public var diagnostic: Diagnostic {
    switch self {
    case .unreadable(let path, let reason):
      Diagnostic(.error, SourceLocation(path: path), "cannot read glossary file: \(reason)")
    case .notWellFormed(let location, let message):
      Diagnostic(.error, location, "not well-formed XML: \(message)")
    case .notTBX(let location, let root):
      Diagnostic(
        .error, location,
        "not TBX: the root element is <\(root)>, not <martif> (TBX v2) or <tbx> (TBX v3)")
    case .unknownFormat(let path):
      Diagnostic(
        .error, SourceLocation(path: path),
        "cannot tell the glossary format from the name or content; give --format")
    case .badHeader(let location, let message):
      Diagnostic(.error, location, message)
    case .needsLanguages(let format):
      Diagnostic(
        .error, SourceLocation(path: "-"),
        "\(format.name) holds two languages: give --source-lang and --target-lang")
    case .nothingToWrite(let format):
      Diagnostic(
        .error, SourceLocation(path: "-"), "\(format.name) needs at least one concept to write")
    case .unwritable(let reason):
      Diagnostic(.error, SourceLocation(path: "-"), reason)
    }
  }

  /// The diagnostic's text.
  public var description: String { diagnostic.description }
}
