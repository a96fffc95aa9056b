/// ANSI colours for text output, or none: every renderer asks the style, so `--color never`
/// and pipes give plain text byte for byte.
struct Style: Sendable {
  /// What a span of output shows.
  enum Role: Sendable {
    case figure
    case date
    case entity
    case cue
    case header
    case label
    case dim
    case warning
  }

  /// Whether colours are written.
  var enabled: Bool

  /// The escape that starts `role`, or nothing.
  func start(_ role: Role) -> String {
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
  var reset: String { enabled ? "\u{1B}[0m" : "" }

  /// `text` in the colour of `role`.
  func paint(_ text: String, _ role: Role) -> String {
    enabled ? start(role) + text + reset : text
  }
}
