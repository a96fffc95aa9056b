/// A calendar date, possibly with a time and a UTC offset, at the precision the source gave.
///
/// `date 2020-02` is a month; `Thu, 27 Feb 2020 20:15:00 +0100` is a second with an offset.
/// Encoded in JSON as its ISO 8601 form (`2020-02`, `2020-02-27T20:15:00+01:00`).
public struct NewsDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year.
  public var year: Int
  /// The month, 1–12, when known.
  public var month: Int?
  /// The day of the month, when known.
  public var day: Int?
  /// The hour, when a time is known.
  public var hour: Int?
  /// The minute, when a time is known.
  public var minute: Int?
  /// The second, when a time is known.
  public var second: Int?
  /// Offset from UTC in seconds, when the source gave one (`Z` is 0).
  public var utcOffsetSeconds: Int?

  /// Creates a date; the caller guarantees the components are in range.
  public init(
    year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil,
    second: Int? = nil, utcOffsetSeconds: Int? = nil
  ) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
    self.utcOffsetSeconds = utcOffsetSeconds
  }

  /// Parses ISO 8601 forms: `2020`, `2020-02`, `2020-02-27`, `2020-02-27T20:15`,
  /// `2020-02-27T20:15:00Z`, `2020-02-27 20:15:00+01:00`, fractional seconds dropped.
  public init?(iso text: some StringProtocol) {
    var scanner = DigitScanner(Array(text.utf8))
    scanner.skipSpaces()
    guard let year = scanner.number(digits: 4) else { return nil }
    self.init(year: year)
    guard scanner.take(UInt8(ascii: "-")) else { if scanner.atEnd { return } else { return nil } }
    guard let month = scanner.number(digits: 2), (1...12).contains(month) else { return nil }
    self.month = month
    guard scanner.take(UInt8(ascii: "-")) else { if scanner.atEnd { return } else { return nil } }
    guard let day = scanner.number(digits: 2), (1...31).contains(day) else { return nil }
    self.day = day
    if scanner.atEnd { return }
    guard
      scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: "t"))
        || scanner.take(UInt8(ascii: " "))
    else { return nil }
    guard let hour = scanner.number(digits: 2), hour < 25 else { return nil }
    guard scanner.take(UInt8(ascii: ":")), let minute = scanner.number(digits: 2), minute < 60
    else { return nil }
    self.hour = hour
    self.minute = minute
    if scanner.take(UInt8(ascii: ":")) {
      guard let second = scanner.number(digits: 2), second < 61 else { return nil }
      self.second = second
      if scanner.take(UInt8(ascii: ".")) || scanner.take(UInt8(ascii: ",")) {
        while scanner.digit() != nil {}
      }
    }
    if scanner.take(UInt8(ascii: "Z")) || scanner.take(UInt8(ascii: "z")) {
      utcOffsetSeconds = 0
    } else if let sign = scanner.sign() {
      guard let hours = scanner.number(digits: 2) else { return nil }
      _ = scanner.take(UInt8(ascii: ":"))
      let minutes = scanner.number(digits: 2) ?? 0
      utcOffsetSeconds = sign * (hours * 3600 + minutes * 60)
    }
    scanner.skipSpaces()
    guard scanner.atEnd else { return nil }
  }

  /// The ISO 8601 form at the date's own precision.
  public var iso: String {
    var out = pad(year, 4)
    guard let month else { return out }
    out += "-" + pad(month, 2)
    guard let day else { return out }
    out += "-" + pad(day, 2)
    guard let hour, let minute else { return out }
    out += "T" + pad(hour, 2) + ":" + pad(minute, 2)
    if let second { out += ":" + pad(second, 2) }
    if let offset = utcOffsetSeconds {
      if offset == 0 {
        out += "Z"
      } else {
        let magnitude = abs(offset)
        out +=
          (offset < 0 ? "-" : "+") + pad(magnitude / 3600, 2) + ":"
          + pad(magnitude % 3600 / 60, 2)
      }
    }
    return out
  }

  /// The ISO form.
  public var description: String { iso }

  /// Seconds since 1970-01-01T00:00:00Z for ordering, taking missing parts as their first
  /// value and a missing offset as UTC.
  public var sortKey: Int {
    let days = Self.daysFromCivil(year: year, month: month ?? 1, day: day ?? 1)
    let seconds = (hour ?? 0) * 3600 + (minute ?? 0) * 60 + (second ?? 0)
    return days * 86_400 + seconds - (utcOffsetSeconds ?? 0)
  }

  /// Orders dates in time.
  public static func < (lhs: NewsDate, rhs: NewsDate) -> Bool {
    (lhs.sortKey, lhs.iso) < (rhs.sortKey, rhs.iso)
  }

  /// The calendar date `days` days after 1970-01-01, in the proleptic Gregorian calendar
  /// (Howard Hinnant's `civil_from_days`).
  public init(daysSince1970 days: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
  public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

extension NewsDate: Codable {
  /// Decodes the ISO 8601 form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = NewsDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "not an ISO 8601 date: \(text)")
    }
    self = date
  }

  /// Encodes the ISO 8601 form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}

/// A cursor over ASCII bytes for the small date grammars.
struct DigitScanner {
  private let bytes: [UInt8]
  private(set) var position = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var atEnd: Bool { position >= bytes.count }

  mutating func skipSpaces() {
    while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 {
      position += 1
    }
  }

  mutating func take(_ byte: UInt8) -> Bool {
    guard position < bytes.count, bytes[position] == byte else { return false }
    position += 1
    return true
  }

  mutating func digit() -> Int? {
    guard position < bytes.count, (0x30...0x39).contains(bytes[position]) else { return nil }
    defer { position += 1 }
    return Int(bytes[position] - 0x30)
  }

  /// Exactly `digits` decimal digits.
  mutating func number(digits: Int) -> Int? {
    let start = position
    var value = 0
    for _ in 0..<digits {
      guard let next = digit() else {
        position = start
        return nil
      }
      value = value * 10 + next
    }
    return value
  }

  mutating func sign() -> Int? {
    if take(UInt8(ascii: "+")) { return 1 }
    if take(UInt8(ascii: "-")) { return -1 }
    return nil
  }
}
