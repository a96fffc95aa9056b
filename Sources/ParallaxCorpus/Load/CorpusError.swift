/// Errors that stop one input from being read at all.
public enum CorpusError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file or folder does not exist.
  case notFound(path: String)
  /// The file exists but cannot be read.
  case unreadable(path: String, reason: String)
  /// `feed.xml#ITEM` names an item the feed does not have.
  case noSuchItem(path: String, item: String)

  /// A lowercase description naming the bad value.
  public var description: String {
    switch self {
    case .notFound(let path): "\(path): error: no such file or folder"
    case .unreadable(let path, let reason): "\(path): error: cannot read: \(reason)"
    case .noSuchItem(let path, let item): "\(path): error: no item '\(item)' in this input"
    }
  }

  /// The error as a diagnostic.
  public var diagnostic: Diagnostic {
    switch self {
    case .notFound(let path):
      Diagnostic(.error, SourceLocation(path: path), "no such file or folder")
    case .unreadable(let path, let reason):
      Diagnostic(.error, SourceLocation(path: path), "cannot read: \(reason)")
    case .noSuchItem(let path, let item):
      Diagnostic(.error, SourceLocation(path: path), "no item '\(item)' in this input")
    }
  }
}
