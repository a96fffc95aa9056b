import ParallaxXML

/// Dates as NewsML-G2 and NITF write them: ISO 8601, or its compact form
/// (`20200227T201500+0100`, `20200227T2015Z`, `20200227`) that NITF's `norm` attributes use.
enum NewsMLDate {
  /// The date in `text`, or `nil` when it is neither form.
  static func parse(_ text: String?) -> NewsDate? {
    guard let text = MarkupElement.folded(text) else { return nil }
    if let date = NewsDate(iso: text) { return date }
    return compact(text)
  }

  /// `YYYYMMDD[THHMM[SS]][Z|±HH[MM]]` rewritten as extended ISO and parsed.
  private static func compact(_ text: String) -> NewsDate? {
    let bytes = Array(text.utf8)
    func digits(_ range: Range<Int>) -> String? {
      guard range.upperBound <= bytes.count,
        bytes[range].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
      else { return nil }
      return String(decoding: bytes[range], as: UTF8.self)
    }
    guard let year = digits(0..<4), let month = digits(4..<6), let day = digits(6..<8) else {
      return nil
    }
    var iso = "\(year)-\(month)-\(day)"
    var index = 8
    if index < bytes.count, bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " ") {
      index += 1
      guard let hour = digits(index..<index + 2), let minute = digits(index + 2..<index + 4)
      else { return nil }
      iso += "T\(hour):\(minute)"
      index += 4
      if let second = digits(index..<index + 2) {
        iso += ":\(second)"
        index += 2
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",")
      {
        index += 1
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
          index += 1
        }
      }
      if index < bytes.count {
        let sign = bytes[index]
        if sign == UInt8(ascii: "Z") {
          iso += "Z"
          index += 1
        } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
          let hours = digits(index + 1..<index + 3)
        {
          index += 3
          if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
          let minutes = digits(index..<index + 2) ?? "00"
          if digits(index..<index + 2) != nil { index += 2 }
          iso += String(UnicodeScalar(sign)) + hours + ":" + minutes
        }
      }
    }
    guard index == bytes.count else { return nil }
    return NewsDate(iso: iso)
  }
}
