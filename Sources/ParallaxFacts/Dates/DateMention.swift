import ParallaxCorpus

/// A date written in a paragraph, as written and as resolved against the report's date.
public struct DateMention: Sendable, Codable, Hashable {
  /// Where it is in the paragraph, in Unicode scalars.
  public var range: TextRange
  /// The text as written (`jeudi 27 février`, `hier`).
  public var text: String
  /// What the text says, before resolution.
  public var parts: DateParts
  /// The calendar date it stands for, when it could be resolved.
  public var date: NewsDate?
  /// How sure the resolution is.
  public var certainty: DateCertainty

  /// Creates a mention.
  public init(
    range: TextRange, text: String, parts: DateParts, date: NewsDate? = nil,
    certainty: DateCertainty = .unresolved
  ) {
    self.range = range
    self.text = text
    self.parts = parts
    self.date = date
    self.certainty = certainty
  }
}

/// The pieces a date mention gives explicitly.
public struct DateParts: Sendable, Codable, Hashable {
  /// The year, when written.
  public var year: Int?
  /// The month 1–12, when written.
  public var month: Int?
  /// The day of the month, when written.
  public var day: Int?
  /// The ISO weekday (1 = Monday … 7 = Sunday), when written.
  public var weekday: Int?
  /// An offset from the report's day in days (`hier` = -1), for relative mentions.
  public var dayOffset: Int?
  /// An offset from the report's week in weeks (`last week` = -1).
  public var weekOffset: Int?
  /// An offset from the report's year in years, for `end of the year` (month and day written).
  public var yearOffset: Int?

  /// Creates parts.
  public init(
    year: Int? = nil, month: Int? = nil, day: Int? = nil, weekday: Int? = nil,
    dayOffset: Int? = nil, weekOffset: Int? = nil, yearOffset: Int? = nil
  ) {
    self.year = year
    self.month = month
    self.day = day
    self.weekday = weekday
    self.dayOffset = dayOffset
    self.weekOffset = weekOffset
    self.yearOffset = yearOffset
  }
}

/// How a date mention was resolved to a calendar date.
public enum DateCertainty: String, Sendable, Codable, Hashable {
  /// Day, month and year are all written.
  case exact
  /// Day and month are written; the year is the report's.
  case inferredYear
  /// A month (and maybe a year) without a day.
  case monthOnly
  /// A year alone (`en 2019`, `в 2018 году`).
  case yearOnly
  /// A relative day (`hier`, `yesterday`, `вчера`) counted from the report's date.
  case relative
  /// A weekday alone (`mercredi`), taken as the latest such day on or before the report's.
  case weekdayOnly
  /// A relative period (`last week`): the date is a representative day of it.
  case approximate
  /// Not enough is known to give a calendar date.
  case unresolved
}
