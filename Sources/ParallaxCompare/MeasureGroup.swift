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
  /// What each source said, in time order; named sources first, the most cited first.
  public var series: [SourceSeries]
  /// Pairs of figures that cannot both be true, from different sources at the same time.
  public var disagreements: [Disagreement]
  /// Whether its event only grows as a story goes on (a death toll): `cumulative.txt`.
  public var isCumulative: Bool

  /// Whether the group was formed by value alone (money, percentages, large counts whose
  /// measure is not known), not by what is counted.
  public var byValue: Bool
  /// Findings an editor should read: qualifiers that pull apart (`≥ 120` vs `up to 120`),
  /// a figure denied or hedged in some reports.
  public var notes: [GroupNote]
  /// The unit of a group of quantities (`length 420 m`), as its first figure writes it.
  public var unit: MeasureUnit?

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

/// The disagreements of a measure gathered by the two values in conflict: `33` (the
/// governor, the authorities) against `34` (the Observatory), with every report where they
/// meet. What an editor reads first; the pairs keep the evidence.
public struct Conflict: Sendable, Codable, Hashable {
  /// The two values, lower first.
  public var values: [String]
  /// For each value, the sources that give it, in order of first appearance.
  public var sources: [[Source]]
  /// The reports where the two stand at the same time.
  public var reports: [String]
  /// The pairs of figures behind it.
  public var pairs: [Disagreement]
}

extension MeasureGroup {
  /// The disagreements gathered by their two values, in order of first appearance.
  public var conflicts: [Conflict] {
    var result: [Conflict] = []
    for pair in disagreements {
      let sides = [pair.first, pair.second].sorted {
        ($0.figure.value.doubleValue, $0.valueText) < ($1.figure.value.doubleValue, $1.valueText)
      }
      let values = sides.map(\.valueText)
      var index = result.firstIndex { $0.values == values }
      if index == nil {
        result.append(Conflict(values: values, sources: [[], []], reports: [], pairs: []))
        index = result.count - 1
      }
      guard let at = index else { continue }
      for (side, mention) in sides.enumerated()
      where !result[at].sources[side].contains(mention.source) {
        result[at].sources[side].append(mention.source)
      }
      for report in [pair.first.report, pair.second.report]
      where !result[at].reports.contains(report) {
        result[at].reports.append(report)
      }
      result[at].pairs.append(pair)
    }
    return result
  }
}

/// Something about a measure's figures an editor should read, with the reports it concerns.
public struct GroupNote: Sendable, Codable, Hashable {
  /// What it is about.
  public enum Kind: String, Sendable, Codable, Hashable {
    /// Some reports bound the value from below (`at least 120`), others from above (`up to
    /// 120`): `reports` the first, `others` the second.
    case qualifierConflict
    /// Some reports give the figure as denied.
    case denied
    /// Some reports give the figure as hedged (`could`, `aurait`).
    case hedged
  }

  /// What it is about.
  public var kind: Kind
  /// The reports concerned (for a qualifier conflict, those bounding from below).
  public var reports: [String]
  /// For a qualifier conflict, the reports bounding from above.
  public var others: [String]

  /// `qualifier conflict: at least in A, B; at most in C`, `denied in A`, with `name`
  /// naming each report.
  public func text(naming name: (String) -> String) -> String {
    let list = reports.map(name).joined(separator: ", ")
    switch kind {
    case .qualifierConflict:
      return "qualifier conflict: at least in \(list); at most in "
        + others.map(name).joined(separator: ", ")
    case .denied: return "denied in " + list
    case .hedged: return "hedged in " + list
    }
  }
}
