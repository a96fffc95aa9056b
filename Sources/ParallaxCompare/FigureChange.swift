/// What differs between two reports' figures for one measure, source by source: the first
/// report's figure and the second's that answer each other.
public struct FigureChange: Sendable, Codable, Hashable {
  /// The kind of difference.
  public enum Kind: String, Sendable, Codable, Hashable {
    /// The same value with the same qualifier.
    case same
    /// The same number, bounded differently (`at least 120` ↔ `up to 120`).
    case qualifier
    /// The same value, told with another status (hedged in one, denied in the other).
    case status
    /// Another value at a later time, from the same source, no source, or the source that
    /// takes the other's place: the figure was revised (`≥ 22` → `33`).
    case revision
    /// Different sources at the same time give values that cannot both be true.
    case disagreement
    /// Another value that neither time nor sources explain.
    case value
    /// Only the first report gives this figure.
    case onlyInFirst
    /// Only the second report gives this figure.
    case onlyInSecond
    /// A lower count of a toll that only one report gives beside its own higher one: the
    /// earlier steps it tells (`initially 22, then 29, before 33`).
    case history
  }

  /// The measure: `killed × soldiers × turkish`, or a value key for money and percentages.
  public var measure: String
  /// The kind of difference.
  public var kind: Kind
  /// The first report's figure, absent for `onlyInSecond`.
  public var first: FigureMention?
  /// The second report's figure, absent for `onlyInFirst`.
  public var second: FigureMention?

  /// Whether the source differs between the two figures (`les autorités` → `Rahmi Dogan`).
  public var sourceChanged: Bool {
    guard let first, let second else { return false }
    return first.source != second.source
  }

  /// Whether the change is worth an editor's attention (anything but `same`).
  public var isChange: Bool { kind != .same }
}
