/// A problem found in the input: where it is and what is wrong.
///
/// Printed as `path:line:column: error: message`, the form editors and terminals link.
public struct Diagnostic: Sendable, Codable, Hashable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Sendable, Codable, Hashable, Comparable {
    /// Informational: something was assumed (an encoding, a language).
    case note
    /// The input was read, but something in it is doubtful.
    case warning
    /// Part of the input could not be read.
    case error

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }

    /// Orders by seriousness.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// How serious it is.
  public var severity: Severity
  /// Where it is.
  public var location: SourceLocation
  /// What is wrong, in lowercase, naming the bad value.
  public var message: String

  /// Creates a diagnostic.
  public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `path:line:column: severity: message`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// A position in an input file; line and column count from 1.
public struct SourceLocation: Sendable, Codable, Hashable, CustomStringConvertible {
  /// The file, as the user named it.
  public var path: String
  /// The line, from 1, or `nil` when the problem concerns the whole file.
  public var line: Int?
  /// The column, from 1.
  public var column: Int?

  /// Creates a location.
  public init(path: String, line: Int? = nil, column: Int? = nil) {
    self.path = path
    self.line = line
    self.column = column
  }

  /// `path:line:column`, with what is known.
  public var description: String {
    switch (line, column) {
    case (let line?, let column?): "\(path):\(line):\(column)"
    case (let line?, nil): "\(path):\(line)"
    default: path
    }
  }
}
