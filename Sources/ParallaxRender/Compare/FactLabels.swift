import ParallaxCompare
import ParallaxCorpus

/// Words the comparison views share: times, measures, trends, kinds of change.
enum FactLabels {
  /// English month abbreviations (the views are in English, the evidence in the reports'
  /// languages).
  static let monthAbbreviations = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// `27 Feb 19:15Z` from a UTC time `2020-02-27T19:15Z`; a month alone (`2020-02`, a
  /// report dated only by its month) is `Feb 2020`; another date alone stays as it is.
  static func time(_ utc: String?) -> String {
    guard let utc else { return "—" }
    let parts = utc.split(separator: "T")
    if parts.count == 1 {
      let date = utc.split(separator: "-")
      if date.count == 2, let month = Int(date[1]), (1...12).contains(month) {
        return monthAbbreviations[month - 1] + " " + date[0]
      }
      return utc
    }
    guard parts.count == 2 else { return utc }
    let date = parts[0].split(separator: "-")
    guard date.count == 3, let month = Int(date[1]), (1...12).contains(month) else { return utc }
    return "\(Int(date[2]) ?? 0) \(monthAbbreviations[month - 1]) \(parts[1])"
  }

  /// `1 report`, `3 reports`.
  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) " + noun + (number == 1 ? "" : "s")
  }

  /// `KILLED × SOLDIERS × TURKISH` for a measure, `money 2.5 bn EUR` for a value group;
  /// an affiliation nobody gave is left out (`KILLED × PEOPLE`, not `KILLED × PEOPLE × ?`).
  static func measure(_ group: MeasureGroup) -> String {
    group.byValue ? group.key : readable(group.key).uppercased()
  }

  /// A line of the comparison library as a reader takes it: a measure's unknown affiliation
  /// (`killed × people × ?`) is said by leaving it out (`killed × people`).
  static func readable(_ line: String) -> String {
    line.replacingOccurrences(of: " × ?", with: "")
  }

  /// What a source backs (`killed × people × ?: 19`) as a reader takes it: `killed × people:
  /// 19`, and a group of one value says it once (`money 2.5 bn EUR`, not `money 2.5 bn EUR:
  /// 2.5 bn EUR`).
  static func backs(_ line: String) -> String {
    let text = readable(line)
    guard let colon = text.range(of: ": ") else { return text }
    let key = text[..<colon.lowerBound]
    let values = text[colon.upperBound...]
    return key.hasSuffix(" " + values) ? String(key) : text
  }

  /// `5 values from 6 named sources`, `1 value, no named source`.
  static func values(_ values: Int, named: Int) -> String {
    count(values, "value")
      + (named == 0 ? ", no named source" : " from " + count(named, "named source"))
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
