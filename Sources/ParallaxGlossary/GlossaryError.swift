import ParallaxCore

/// Why a glossary file could not be read or written, with the place in the file.
public enum GlossaryError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file could not be read at all.
  case unreadable(path: String, reason: String)
  /// The first row that is not a comment is not a header `id<TAB>fr<TAB>en…`.
  case missingHeader(SourceLocation)
  /// A header column is neither a language code nor `note`.
  case badColumn(SourceLocation, String)
  /// The file may not be written (read-only, a folder that refuses new files, not a regular
  /// file); nothing was changed.
  case notWritable(path: String, reason: String)
  /// Writing failed on the way (disk full, lock refused); the file was left as it was.
  case writeFailed(path: String, reason: String)
  /// A concept holds text the native TSV cannot hold (an empty id, a term with a line
  /// separator); nothing was written.
  case unwritable(path: String, concept: String, reason: String)

  /// The error as a diagnostic: where it is and what is wrong.
  public var diagnostic: Diagnostic {
    switch self {
    case .unreadable(let path, let reason):
      Diagnostic(.error, SourceLocation(path: path), "cannot read glossary: \(reason)")
    case .missingHeader(let location):
      Diagnostic(.error, location, "glossary has no header row starting with 'id'")
    case .badColumn(let location, let name):
      Diagnostic(.error, location, "glossary column '\(name)' is not a language code or 'note'")
    case .notWritable(let path, let reason):
      Diagnostic(
        .error, SourceLocation(path: path), "cannot write glossary: \(reason); file untouched")
    case .writeFailed(let path, let reason):
      Diagnostic(
        .error, SourceLocation(path: path), "writing the glossary failed: \(reason); file untouched"
      )
    case .unwritable(let path, let concept, let reason):
      Diagnostic(
        .error, SourceLocation(path: path),
        "concept '\(concept)' cannot be written in a glossary TSV: \(reason); file untouched")
    }
  }

  /// `path:line:column: message`.
  public var description: String { "\(diagnostic.location): \(diagnostic.message)" }
}
