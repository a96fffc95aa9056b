/// Parses the dates of RSS (`pubDate`): RFC 822 / RFC 2822 and the broken forms found in
/// real feeds.
///
/// `Thu, 27 Feb 2020 20:15:00 +0100`, and also: no weekday, a misspelt or full weekday,
/// two-digit years (`27 Feb 20`), no seconds, named zones (`GMT`, `UT`, `Z`, `EST`, `PDT`),
/// military zones (`A`–`Z`), `+01:00`, dashes (`27-Feb-2020`), extra spaces, full month
/// names, the asctime order (`Thu Feb 27 20:15:00 2020`). A zone Parallax does not know
/// leaves the offset unknown; it is never guessed.
public enum RFC822Date {
  /// The date in `text`, or `nil` when it is not an RFC 822-like date.
  public static func parse(_ text: some StringProtocol) -> NewsDate? {
    var tokens = Tokenizer(Array(text.utf8))
    var day: Int?
    var month: Int?
    var year: Int?
    var time: (Int, Int, Int?)?
    var offset: Int?
    var unknownZone = false
    var numbers: [(value: Int, digits: Int)] = []
    while let token = tokens.next() {
      switch token {
      case .word(let word):
        if let value = months[prefix3(word)], month == nil, word.count >= 3 {
          month = value
        } else if time != nil || year != nil, offset == nil, let zone = zoneOffset(word) {
          offset = zone
        } else if weekdays.contains(prefix3(word)) {
          continue
        } else if word.count == 2, word[1] | .asciiCaseBit == UInt8(ascii: "m"),
          word[0] | .asciiCaseBit == UInt8(ascii: "a")
            || word[0] | .asciiCaseBit == UInt8(ascii: "p")
        {
          if var known = time, word[0] | .asciiCaseBit == UInt8(ascii: "p"), known.0 < 12 {
            known.0 += 12
            time = known
          }
        } else if time != nil, offset == nil, !unknownZone, (2...5).contains(word.count) {
          // A zone Parallax does not know: the offset stays unknown.
          unknownZone = true
        } else {
          return nil
        }
      case .number(let value, let digits):
        numbers.append((value, digits))
      case .time(let hour, let minute, let second):
        guard time == nil else { return nil }
        time = (hour, minute, second)
      case .zone(let seconds):
        guard offset == nil else { return nil }
        offset = seconds
      }
    }
    guard !tokens.failed else { return nil }
    // Numbers: the day and the year, in either order; a four-digit number is the year.
    for number in numbers {
      if number.digits >= 3, year == nil {
        year = number.value
      } else if day == nil, number.value >= 1, number.value <= 31, number.digits <= 2 {
        day = number.value
      } else if year == nil {
        year = number.value
      } else {
        return nil
      }
    }
    guard var fullYear = year, let month, let day else { return nil }
    if fullYear < 100 {
      fullYear += fullYear < 50 ? 2000 : 1900
    } else if fullYear < 1000 {
      fullYear += 1900
    }
    var date = NewsDate(year: fullYear, month: month, day: day)
    if let (hour, minute, second) = time {
      guard hour <= 24, minute < 60, (second ?? 0) <= 60 else { return nil }
      date.hour = hour
      date.minute = minute
      date.second = second ?? 0
      date.utcOffsetSeconds = offset
    }
    return date
  }

  private static func prefix3(_ word: [UInt8]) -> UInt32 {
    var key: UInt32 = 0
    for byte in word.prefix(3) { key = key << 8 | UInt32(byte | .asciiCaseBit) }
    return key
  }

  private static func pack(_ text: String) -> UInt32 {
    text.utf8.reduce(0) { $0 << 8 | UInt32($1) }
  }

  private static let months: [UInt32: Int] = {
    let names = [
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    var out: [UInt32: Int] = [:]
    for (index, name) in names.enumerated() { out[pack(name)] = index + 1 }
    return out
  }()

  private static let weekdays: Set<UInt32> = Set(
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map(pack))

  /// Named zones and their offsets in hours.
  private static let zones: [String: Int] = [
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "CET": 1, "CEST": 2, "MET": 1,
    "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "IST": 5, "JST": 9, "EST": -5, "EDT": -4,
    "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AST": -4, "ADT": -3,
    "AKST": -9, "AKDT": -8, "HST": -10, "NZST": 12, "NZDT": 13, "AEST": 10, "AEDT": 11,
  ]

  /// A named or military zone, in seconds east of UTC.
  static func zoneOffset(_ word: [UInt8]) -> Int? {
    let upper = String(decoding: word.map { $0 & ~.asciiCaseBit }, as: UTF8.self)
    if let hours = zones[upper] { return hours * 3600 }
    guard word.count == 1 else { return nil }
    // Military zones, as feedparser reads them: A–I, K–M are −1…−12 h, N–Y +1…+12 h.
    let letter = Int(word[0] & ~.asciiCaseBit) - Int(UInt8(ascii: "A"))
    switch letter {
    case 0...8: return -(letter + 1) * 3600
    case 10...12: return -letter * 3600
    case 13...24: return (letter - 12) * 3600
    default: return nil
    }
  }
}
