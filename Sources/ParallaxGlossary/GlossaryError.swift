import ParallaxCore

/// Why a glossary file could not be read, with the place in the file.
public enum GlossaryError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file could not be read at all.
  case unreadable(path: String, reason: String)
  /// The first row that is not a comment is not a header `id<TAB>fr<TAB>en…`.
  case missingHeader(SourceLocation)
  /// A header column is neither a language code nor `note`.
  case badColumn(SourceLocation, String)

  /// The error as a diagnostic: where it is and what is wrong.
  public var diagnostic: Diagnostic {
    switch self {
    case .unreadable(let path, let reason):
      Diagnostic(.error, SourceLocation(path: path), "cannot read glossary: \(reason)")
    case .missingHeader(let location):
      Diagnostic(.error, location, "glossary has no header row starting with 'id'")
    case .badColumn(let location, let name):
      Diagnostic(.error, location, "glossary column '\(name)' is not a language code or 'note'")
    }
  }

  /// `path:line:column: message`.
  public var description: String { "\(diagnostic.location): \(diagnostic.message)" }
}
