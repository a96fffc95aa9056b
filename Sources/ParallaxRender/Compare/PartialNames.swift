import ParallaxCompare

/// The people and organizations only some reports of a story name, as an editor reads them:
/// counted among the reports on the story (a report flagged as another story does not make a
/// name missing from the others), the outlets' own names left out (`ANKARA (Wire)` is a
/// credit, not a finding), and each said by the shorter list: where it is, or where it is not.
struct PartialNames {
  /// One name and where it is.
  struct Line {
    /// The name to show.
    var name: String
    /// `person`, `organization`.
    var kind: String
    /// The on-story reports that name it, in time order.
    var reports: [String]
    /// The on-story reports that do not.
    var missing: [String]
    /// How many reports are on the story.
    var total: Int

    /// Whether the list of reports without it is the shorter one to read.
    var saysMissing: Bool { missing.count < reports.count }

    /// `in 2 of 9: a, b` or `in 8 of 9, not in c`, report ids through `name`.
    func whereText(_ name: (String) -> String) -> String {
      let share = "in \(reports.count) of \(total)"
      return saysMissing
        ? share + ", not in " + missing.map(name).joined(separator: ", ")
        : share + ": " + reports.map(name).joined(separator: ", ")
    }
  }

  /// The lines of `diff`, in its entities' order (the most reports first).
  static func lines(_ diff: StoryDiff) -> [Line] {
    let onStory = diff.reports.filter { !$0.offStory }.map(\.report)
    let outlets = Set(diff.reports.compactMap { $0.outlet?.lowercased() })
    return diff.entities.compactMap { entity in
      guard entity.kind != .place, !outlets.contains(entity.name.lowercased()) else {
        return nil
      }
      let present = Set(entity.reports)
      let reports = onStory.filter(present.contains)
      guard !reports.isEmpty, reports.count < onStory.count else { return nil }
      return Line(
        name: entity.name, kind: entity.kind.rawValue, reports: reports,
        missing: onStory.filter { !present.contains($0) }, total: onStory.count)
    }
  }
}
