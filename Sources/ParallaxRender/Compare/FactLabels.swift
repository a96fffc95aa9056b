import ParallaxCompare
import ParallaxCorpus

/// Words the comparison views share: times, measures, trends, kinds of change.
enum FactLabels {
  /// English month abbreviations (the views are in English, the evidence in the reports'
  /// languages).
  static let monthAbbreviations = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// `27 Feb 19:15Z` from a UTC time `2020-02-27T19:15Z`; a date alone stays as it is.
  static func time(_ utc: String?) -> String {
    guard let utc else { return "—" }
    let parts = utc.split(separator: "T")
    guard parts.count == 2 else { return utc }
    let date = parts[0].split(separator: "-")
    guard date.count == 3, let month = Int(date[1]), (1...12).contains(month) else { return utc }
    return "\(Int(date[2]) ?? 0) \(monthAbbreviations[month - 1]) \(parts[1])"
  }

  /// `1 report`, `3 reports`.
  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) " + noun + (number == 1 ? "" : "s")
  }

  /// `KILLED × SOLDIERS × TURKISH` for a measure, `money 2.5 bn EUR` for a value group.
  static func measure(_ group: MeasureGroup) -> String {
    group.byValue ? group.key : group.key.uppercased()
  }

  /// `rose`, `fell`, `changed`, or nothing for one value.
  static func trend(_ trend: SourceSeries.Trend) -> String {
    trend == .steady ? "" : trend.rawValue
  }

  /// How an editor reads a kind of figure change.
  static func change(_ kind: FigureChange.Kind) -> String {
    switch kind {
    case .same: "same"
    case .qualifier: "qualifier differs"
    case .status: "status differs"
    case .revision: "revised"
    case .disagreement: "disagreement"
    case .value: "value differs"
    case .onlyInFirst: "only in the first"
    case .onlyInSecond: "only in the second"
    case .history: "an earlier count only one report tells"
    }
  }
}
