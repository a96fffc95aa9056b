/// Reads the dates found in feeds: W3C/ISO 8601 (`dc:date`, Atom) and RFC 822 (`pubDate`).
package enum FeedDate {
  /// The date in `text`, whichever of the feed date forms it is in, or `nil`.
  package static func parse(_ text: some StringProtocol) -> NewsDate? {
    // The usual `pubDate` layout, read by position.
    if let fixed = text.utf8.withContiguousStorageIfAvailable(RFC822Date.fixedLayout), let fixed {
      return fixed
    }
    let trimmed = text.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = trimmed.utf8.first else { return nil }
    if let date = NewsDate(iso: trimmed) { return date }
    if first >= 0x30, first <= 0x39, let date = compactISO(Array(trimmed.utf8)) { return date }
    return RFC822Date.parse(trimmed)
  }

  /// `20031231T101455Z`, `2003-12-31T10:14:55 GMT`-like forms that `NewsDate(iso:)` refuses.
  static func compactISO(_ bytes: [UInt8]) -> NewsDate? {
    // Drop separators, keep digits and the zone.
    var digits: [Int] = []
    var index = 0
    while index < bytes.count, digits.count < 14 {
      let byte = bytes[index]
      if byte >= 0x30, byte <= 0x39 {
        digits.append(Int(byte - 0x30))
      } else if !(byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
        || byte == UInt8(ascii: "T") || byte == UInt8(ascii: " "))
      {
        break
      }
      index += 1
    }
    guard digits.count == 8 || digits.count == 12 || digits.count == 14 else { return nil }
    func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + digits[$1] } }
    let year = number(0..<4)
    let month = number(4..<6)
    let day = number(6..<8)
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    var date = NewsDate(year: year, month: month, day: day)
    if digits.count >= 12 {
      date.hour = number(8..<10)
      date.minute = number(10..<12)
      date.second = digits.count == 14 ? number(12..<14) : 0
      guard (date.hour ?? 0) <= 24, (date.minute ?? 0) < 60 else { return nil }
      var rest = Array(bytes[index...])
      while rest.first == UInt8(ascii: " ") || rest.first == UInt8(ascii: ".") {
        rest.removeFirst()
        while let byte = rest.first, byte >= 0x30, byte <= 0x39 { rest.removeFirst() }
      }
      if rest.isEmpty { return date }
      if let zone = RFC822Date.zoneOffset(rest) {
        date.utcOffsetSeconds = zone
      } else if let iso = NewsDate(iso: "2000-01-01T00:00" + String(decoding: rest, as: UTF8.self))
      {
        date.utcOffsetSeconds = iso.utcOffsetSeconds
      } else {
        return nil
      }
    } else if index < bytes.count {
      return nil
    }
    return date
  }
}
