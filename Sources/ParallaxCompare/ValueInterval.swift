import ParallaxFacts

/// The values a figure allows, as an interval: `at least 22` is [22, ∞), `more than 30` is
/// (30, ∞), `about 1,000` is [900, 1,100].
///
/// Two figures of one measure disagree only when their intervals do not meet: `≥ 22` and
/// `33` can both be true; `33` and `34` cannot.
struct ValueInterval: Sendable, Hashable {
  /// The lower bound, `nil` for none.
  var lower: Double?
  /// Whether the lower bound itself is allowed.
  var lowerClosed = true
  /// The upper bound, `nil` for none.
  var upper: Double?
  /// Whether the upper bound itself is allowed.
  var upperClosed = true

  /// How far `about` reaches on either side of its value.
  static let aboutTolerance = 0.1

  /// The interval a figure allows; `nil` for a vague figure, which allows anything.
  init?(_ figure: Figure) {
    let value = figure.value.doubleValue
    switch figure.qualifier {
    case .exact: (lower, upper) = (value, value)
    case .atLeast: lower = value
    case .moreThan: (lower, lowerClosed) = (value, false)
    case .atMost: upper = value
    case .lessThan: (upper, upperClosed) = (value, false)
    case .upTo: (lower, upper) = (0, value)
    case .about:
      (lower, upper) = (value * (1 - Self.aboutTolerance), value * (1 + Self.aboutTolerance))
    case .range: (lower, upper) = (value, figure.upper?.doubleValue ?? value)
    case .vague: return nil
    }
  }

  /// Whether some value lies in both intervals.
  func meets(_ other: ValueInterval) -> Bool {
    Self.below(lower: lower, lowerClosed, upper: other.upper, other.upperClosed)
      && Self.below(lower: other.lower, other.lowerClosed, upper: upper, upperClosed)
  }

  /// Whether a lower bound lies at or below an upper bound.
  private static func below(
    lower: Double?, _ lowerClosed: Bool, upper: Double?, _ upperClosed: Bool
  ) -> Bool {
    guard let lower, let upper else { return true }
    return lower < upper || (lower == upper && lowerClosed && upperClosed)
  }
}
