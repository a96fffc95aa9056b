import ParallaxFacts

/// The figures of many reports that count one thing (killed × soldiers × Turkish), with what
/// each source said over time and where sources disagree.
public struct MeasureGroup: Sendable, Codable, Hashable {
  /// `killed × soldiers × turkish`, the most specific measure its figures agree on.
  public var key: String
  /// The kind of its figures (count, money, percent).
  public var kind: Figure.Kind
  /// The currency of money figures.
  public var currency: String?
  /// Every figure, in time order (then report and paragraph order).
  public var mentions: [FigureMention]
  /// What each source said, in time order.
  public var series: [SourceSeries]
  /// Pairs of figures that cannot both be true, from different sources at the same time.
  public var disagreements: [Disagreement]
  /// Whether the group was formed by value alone (money, percentages, large counts whose
  /// measure is not known), not by what is counted.
  public var byValue: Bool
  /// Findings an editor should read: qualifiers that pull apart (`≥ 120` vs `up to 120`),
  /// a figure denied or hedged in some reports.
  public var notes: [String]

  /// How many different values its figures give.
  public var distinctValues: Int { Set(mentions.map(\.valueText)).count }
  /// How many reports give a figure of it.
  public var reportCount: Int { Set(mentions.map(\.report)).count }
}

/// The values one source gave for one measure, in time order.
public struct SourceSeries: Sendable, Codable, Hashable {
  /// How the values moved.
  public enum Trend: String, Sendable, Codable, Hashable {
    /// One value throughout.
    case steady
    /// Each value at or above the one before.
    case rose
    /// Each value at or below the one before.
    case fell
    /// Up and down.
    case changed
  }

  /// The source.
  public var source: Source
  /// The values in the order they were given, repeats removed: `≥ 22`, `29`, `33`.
  public var values: [String]
  /// How they moved.
  public var trend: Trend
  /// The figures behind the values, in time order.
  public var evidence: [Evidence]
  /// The reports that cite this source for this measure.
  public var reports: [String]
}

/// Two figures of one measure that cannot both be true.
public struct Disagreement: Sendable, Codable, Hashable {
  /// One figure.
  public var first: FigureMention
  /// The other.
  public var second: FigureMention
  /// Whether both come from one report (side by side in the same copy).
  public var sameReport: Bool
}
