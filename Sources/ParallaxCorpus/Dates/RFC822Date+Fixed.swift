extension RFC822Date {
  /// The common layout alone, `Thu, 27 Feb 2020 20:15:00 +0100` or `… GMT`, read by position
  /// without tokens or arrays; `nil` for anything else (and for values out of range), which
  /// `parse` then reads the general way. Gives what `parse` gives for this layout.
  static func fixedLayout(_ bytes: UnsafeBufferPointer<UInt8>) -> NewsDate? {
    let count = bytes.count
    guard count == 29 || count == 31, bytes[3] == UInt8(ascii: ","), bytes[4] == UInt8(ascii: " "),
      bytes[7] == UInt8(ascii: " "), bytes[11] == UInt8(ascii: " "), bytes[16] == UInt8(ascii: " "),
      bytes[19] == UInt8(ascii: ":"),
      bytes[22] == UInt8(ascii: ":"), bytes[25] == UInt8(ascii: " "),
      isWeekday(letters(bytes, 0)), let month = monthNumber(letters(bytes, 8))
    else { return nil }
    guard let day = number(bytes, 5, 2), day >= 1, day <= 31,
      let year = number(bytes, 12, 4), year >= 1000,
      let hour = number(bytes, 17, 2), hour <= 24,
      let minute = number(bytes, 20, 2), minute < 60,
      let second = number(bytes, 23, 2), second <= 60
    else { return nil }
    let offset: Int
    if count == 29 {
      guard letters(bytes, 26) == Self.packed("gmt") else { return nil }
      offset = 0
    } else {
      let sign = bytes[26]
      guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
        let hours = number(bytes, 27, 2), let minutes = number(bytes, 29, 2)
      else { return nil }
      offset = (sign == UInt8(ascii: "+") ? 1 : -1) * (hours * 3600 + minutes * 60)
    }
    return NewsDate(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      utcOffsetSeconds: offset)
  }

  /// Three letters at `at`, lower-cased and packed; 0 when one is no ASCII letter.
  @inline(__always)
  private static func letters(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32 {
    var key: UInt32 = 0
    for index in at..<at + 3 {
      let lower = bytes[index] | .asciiCaseBit
      guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else { return 0 }
      key = key << 8 | UInt32(lower)
    }
    return key
  }

  @inline(__always)
  private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ digits: Int)
    -> Int?
  {
    var value = 0
    for index in at..<at + digits {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit <= 9 else { return nil }
      value = value * 10 + Int(digit)
    }
    return value
  }

  private static func packed(_ name: StaticString) -> UInt32 {
    var key: UInt32 = 0
    for index in 0..<3 { key = key << 8 | UInt32(name.utf8Start[index]) }
    return key
  }

  private static func isWeekday(_ key: UInt32) -> Bool {
    key == packed("mon") || key == packed("tue") || key == packed("wed")
      || key == packed("thu") || key == packed("fri") || key == packed("sat")
      || key == packed("sun")
  }

  private static func monthNumber(_ key: UInt32) -> Int? {
    let names: [StaticString] = [
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    for (index, name) in names.enumerated() where packed(name) == key { return index + 1 }
    return nil
  }
}
