import ParallaxCompare

/// One line per measure of a story, the answer to "what do these reports disagree on?"
/// before the evidence: `money ~ 2.8 bn EUR · 7 reports: denied in 6 · hedged in 1`,
/// `KILLED × PEOPLE · 7 reports: ≠ 17 vs 19, 19 vs 23 at the same time · les garde-côtes
/// turcs ≥ 9 → ≥ 17 → 23`. Shown when a story has more measures than fit a screen with their
/// evidence.
enum StoryGlance {
  /// From how many measures the views open with the glance.
  static let minimumMeasures = 3

  /// The measure's label and what it comes to.
  struct Line {
    /// `KILLED × PEOPLE`, `money 2.5 bn EUR`.
    var label: String
    /// `7 reports`.
    var reports: String
    /// `all give 2.5 bn EUR`, `≠ 33 vs 34 at the same time · Rahmi Dogan ≥ 22 → 29 → 33`.
    var verdict: String
  }

  /// The lines of `diff`, in its measures' order, or none for a story of few measures.
  static func lines(_ diff: StoryDiff) -> [Line] {
    guard diff.shownGroups.count >= minimumMeasures else { return [] }
    return diff.shownGroups.map { group in
      Line(
        label: FactLabels.measure(group),
        reports: FactLabels.count(group.reportCount, "report"), verdict: verdict(group))
    }
  }

  /// What one measure comes to, the sharpest finding first.
  static func verdict(_ group: MeasureGroup) -> String {
    var parts: [String] = []
    let conflicts = group.conflicts.map { $0.values.joined(separator: " vs ") }
    if !conflicts.isEmpty {
      parts.append("≠ " + conflicts.joined(separator: ", ") + " at the same time")
    }
    for note in group.notes {
      switch note.kind {
      case .denied: parts.append("denied in \(note.reports.count)")
      case .hedged: parts.append("hedged in \(note.reports.count)")
      case .qualifierConflict:
        parts.append("at least in \(note.reports.count), at most in \(note.others.count)")
      }
    }
    let moving = group.series.filter { $0.trend != .steady }
      .sorted { $0.reports.count > $1.reports.count }.prefix(2)
    for series in moving {
      let name = series.source.isNamed ? series.source.name + " " : ""
      parts.append(name + series.values.joined(separator: " → "))
    }
    if parts.isEmpty {
      let values = group.mentions.reduce(into: [String]()) {
        if !$0.contains($1.valueText) { $0.append($1.valueText) }
      }
      parts.append(
        values.count == 1 ? "all give " + values[0] : "values " + values.joined(separator: ", "))
    }
    return parts.joined(separator: " · ")
  }
}
