import ParallaxCorpus
import ParallaxFacts

/// Several versions of one item of a feed or wire (one GUID or one link), in time order,
/// with what changed from each version to the next: `killed × people: ≥ 22 → 29 → 33`.
public struct VersionChain: Sendable, Codable, Hashable {
  /// What makes the reports one item: `guid courier:kelmar` or `link https://…`.
  public var key: String
  /// The versions' report ids, the oldest first.
  public var reports: [String]
  /// What changed from each version to the next, one step per pair of neighbours.
  public var steps: [Step]
  /// One line per measure whose value changed over the versions:
  /// `killed × people: ≥ 22 → 29 → 33 (Marta Lindqvist)`.
  public var changes: [String]

  /// What changed from one version to the next.
  public struct Step: Sendable, Codable, Hashable {
    /// The earlier version's report id.
    public var from: String
    /// The later version's report id.
    public var to: String
    /// The changed figures and their sources in one line (`killed × people: ≥ 22 → 29`),
    /// or `no change in figures`.
    public var summary: String
  }

  /// The chains among `story` (in time order): reports that share a GUID or a link (one
  /// item's versions may carry a new id each and keep their link), two or more to an item;
  /// `measures` are the story's measure groups.
  static func chains(in story: [AnalyzedReport], measures: [MeasureGroup]) -> [VersionChain] {
    var order: [Int] = []
    var members: [Int: [String]] = [:]
    var keyOfGroup: [Int: String] = [:]
    var groupOfKey: [String: Int] = [:]
    for report in story {
      let keys = [
        report.metadata.guid.map { "guid " + $0 }, report.metadata.url.map { "link " + $0 },
      ].compactMap { $0 }
      guard let first = keys.first else { continue }
      let group = keys.lazy.compactMap { groupOfKey[$0] }.first ?? groupOfKey.count
      if members[group] == nil {
        order.append(group)
        keyOfGroup[group] = first
      }
      for key in keys where groupOfKey[key] == nil { groupOfKey[key] = group }
      members[group, default: []].append(report.id)
    }
    return order.compactMap { group in
      guard let reports = members[group], reports.count >= 2, let key = keyOfGroup[group] else {
        return nil
      }
      let steps = zip(reports, reports.dropFirst()).map { from, to in
        Step(
          from: from, to: to,
          summary: ReportComparison.summary(
            of: ReportComparison.figureChanges(measures, first: from, second: to)))
      }
      return VersionChain(
        key: key, reports: reports, steps: steps, changes: changes(measures, reports))
    }
  }

  /// For each measure, the value each version gives now (its highest current figure for a
  /// toll, else its first), repeats dropped; only measures whose value changed.
  static func changes(_ measures: [MeasureGroup], _ reports: [String]) -> [String] {
    measures.compactMap { group in
      var values: [String] = []
      var sources: [String] = []
      for report in reports {
        let current = ReportComparison.current(group.mentions.filter { $0.report == report })
        let pick =
          group.isCumulative
          ? current.max { x, y in
            (x.figure.value.doubleValue, x.source.isNamed ? 1 : 0)
              < (y.figure.value.doubleValue, y.source.isNamed ? 1 : 0)
          }
          : current.first { $0.source.isNamed } ?? current.first
        guard let pick else { continue }
        if values.last != pick.valueText { values.append(pick.valueText) }
        if pick.source.isNamed, !sources.contains(pick.source.name) {
          sources.append(pick.source.name)
        }
      }
      guard values.count >= 2 else { return nil }
      let by = sources.isEmpty ? "" : " (" + sources.joined(separator: "; ") + ")"
      return group.key + ": " + values.joined(separator: " → ") + by
    }
  }
}
