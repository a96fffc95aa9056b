/// ANSI colours for text output, or none: every terminal view asks the style, so
/// `--color never` and pipes give plain text byte for byte.
public struct TerminalStyle: Sendable, Hashable {
  /// What a span of output shows.
  public enum Role: Sendable, Hashable, CaseIterable {
    /// A figure and its evidence.
    case figure
    /// A date.
    case date
    /// An entity.
    case entity
    /// An attribution's source or cue.
    case cue
    /// A heading line.
    case header
    /// A field name.
    case label
    /// Secondary text (paragraph numbers, ids).
    case dim
    /// Something the reader should look at.
    case warning
  }

  /// When colours are written.
  public enum Choice: String, Sendable, Hashable, CaseIterable {
    /// On a terminal, unless `NO_COLOR` is set to a non-empty value.
    case auto
    /// Always.
    case always
    /// Never.
    case never
  }

  /// Whether colours are written.
  public var enabled: Bool

  /// A style with colours on or off.
  public init(enabled: Bool) {
    self.enabled = enabled
  }

  /// No colours.
  public static let plain = TerminalStyle(enabled: false)

  /// The style `choice` gives for output that is (or is not) a terminal, under
  /// `environment` (`NO_COLOR`, https://no-color.org: any non-empty value turns colours off
  /// for `auto`).
  public init(_ choice: Choice, isTerminal: Bool, environment: [String: String]) {
    switch choice {
    case .always: enabled = true
    case .never: enabled = false
    case .auto:
      let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
      enabled = isTerminal && !noColor
    }
  }

  /// The escape that starts `role`, or nothing.
  public func start(_ role: Role) -> String {
    guard enabled else { return "" }
    let code: String
    switch role {
    case .figure: code = "1;33"
    case .date: code = "36"
    case .entity: code = "32"
    case .cue: code = "35"
    case .header: code = "1"
    case .label: code = "34"
    case .dim: code = "2"
    case .warning: code = "31"
    }
    return "\u{1B}[\(code)m"
  }

  /// The escape that ends a coloured span, or nothing.
  public var reset: String { enabled ? "\u{1B}[0m" : "" }

  /// `text` in the colour of `role`.
  public func paint(_ text: String, _ role: Role) -> String {
    enabled ? start(role) + text + reset : text
  }
}
