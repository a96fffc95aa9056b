import ParallaxCorpus

/// Why a glossary file could not be read, with the place in the file.
public enum GlossaryError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file could not be read at all.
  case unreadable(path: String, reason: String)
  /// The first row that is not a comment is not a header `id<TAB>fr<TAB>en…`.
  case missingHeader(SourceLocation)
  /// A header column is neither a language code nor `note`.
  case badColumn(SourceLocation, String)

  /// `path:line:column: message`.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read glossary: \(reason)"
    case .missingHeader(let location):
      "\(location): glossary has no header row starting with 'id'"
    case .badColumn(let location, let name):
      "\(location): glossary column '\(name)' is not a language code or 'note'"
    }
  }
}
