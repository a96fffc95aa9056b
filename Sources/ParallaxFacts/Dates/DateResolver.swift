import ParallaxCorpus

/// Turns date mentions into calendar dates against an anchor: the report's publication day,
/// or the first fully known date of the report when the publication date lacks a day.
public struct DateResolver: Sendable {
  /// The day relative mentions count from, when known.
  public var anchor: NewsDate?

  /// A resolver counting from `anchor`.
  public init(anchor: NewsDate?) { self.anchor = anchor }

  /// `mention` with its date and certainty filled in.
  public func resolve(_ mention: DateMention) -> DateMention {
    var resolved = mention
    (resolved.date, resolved.certainty) = resolve(mention.parts)
    return resolved
  }

  /// The date and certainty of `parts`.
  public func resolve(_ parts: DateParts) -> (NewsDate?, DateCertainty) {
    if let month = parts.month, let day = parts.day {
      if let year = parts.year { return (NewsDate(year: year, month: month, day: day), .exact) }
      guard let anchor else { return (nil, .unresolved) }
      if let offset = parts.yearOffset {
        return (NewsDate(year: anchor.year + offset, month: month, day: day), .relative)
      }
      var year = anchor.year
      if let anchorMonth = anchor.month {
        if month - anchorMonth > 6 { year -= 1 } else if anchorMonth - month > 6 { year += 1 }
      }
      if let weekday = parts.weekday, Self.weekday(year: year, month: month, day: day) != weekday {
        for candidate in [year - 1, year + 1]
        where Self.weekday(year: candidate, month: month, day: day) == weekday {
          year = candidate
          break
        }
      }
      return (NewsDate(year: year, month: month, day: day), .inferredYear)
    }
    if let month = parts.month {
      if let year = parts.year { return (NewsDate(year: year, month: month), .monthOnly) }
      guard let anchor else { return (nil, .unresolved) }
      var year = anchor.year
      // "since December" in a February report is last December.
      if let anchorMonth = anchor.month {
        if month - anchorMonth > 6 { year -= 1 } else if anchorMonth - month > 6 { year += 1 }
      }
      return (NewsDate(year: year, month: month), .monthOnly)
    }
    if let year = parts.year { return (NewsDate(year: year), .yearOnly) }
    guard let anchor, let anchorMonth = anchor.month, let anchorDay = anchor.day else {
      return (nil, .unresolved)
    }
    let base = NewsDate.daysFromCivil(year: anchor.year, month: anchorMonth, day: anchorDay)
    if let offset = parts.dayOffset { return (Self.date(days: base + offset), .relative) }
    if let weeks = parts.weekOffset { return (Self.date(days: base + 7 * weeks), .approximate) }
    if let weekday = parts.weekday {
      let anchorWeekday = Self.weekday(days: base)
      let back = (anchorWeekday - weekday + 7) % 7
      return (Self.date(days: base - back), .weekdayOnly)
    }
    return (nil, .unresolved)
  }

  /// The ISO weekday (1 = Monday) of a day count since 1970-01-01 (a Thursday).
  static func weekday(days: Int) -> Int { ((days % 7 + 7 + 3) % 7) + 1 }

  /// The ISO weekday of a calendar date.
  static func weekday(year: Int, month: Int, day: Int) -> Int {
    weekday(days: NewsDate.daysFromCivil(year: year, month: month, day: day))
  }

  /// The calendar date of a day count.
  static func date(days: Int) -> NewsDate { NewsDate(daysSince1970: days) }
}
