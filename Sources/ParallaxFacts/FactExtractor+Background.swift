import ParallaxCorpus

extension FactExtractor {
  /// The earliest number read as a year when no figure or date says otherwise.
  static let earliestYear = 1800

  /// Marks `.background` each figure whose sentence names a year before the report's own
  /// (`anchor`): a figure told in a sentence set in another, earlier time (`the worst
  /// disaster killed 301 workers at Soma in 2014`, `произошла в 2014 году …, где погиб 301`)
  /// counts another event, not the report's story. The year is one the text writes: a
  /// date's (`en mai 2014`), or four digits the figures left as a year (`2014'te`, `1963
  /// waren`); a weekday or `yesterday` resolves inside the story's days. A denial keeps its
  /// status.
  static func markBackground(
    _ figures: inout [Figure], text: String, dates: [DateMention], sentences: [TextRange],
    anchor: NewsDate?, since: (_ before: [String], _ after: [String]) -> Bool
  ) {
    guard let year = anchor?.year, !figures.isEmpty else { return }
    let pastDates = dates.contains { ($0.parts.year ?? year) < year }
    guard pastDates || mayHoldYear(text, before: year) else { return }
    let numbers = fourDigitNumbers(in: text, since: since)
    let void = numbers.filter(\.void).map(\.start)
    var years = dates.compactMap { date -> Int? in
      guard let written = date.parts.year, written < year,
        !void.contains(where: { date.range.start <= $0 && $0 < date.range.end })
      else { return nil }
      return date.range.start
    }
    for (start, value, isVoid) in numbers
    where !isVoid && value >= earliestYear && value < year
      && !figures.contains(where: { $0.range.start <= start && start < $0.range.end })
    {
      years.append(start)
    }
    guard !years.isEmpty else { return }
    for index in figures.indices where figures[index].status != .denied {
      let start = figures[index].expressionRange.start
      guard let sentence = sentences.first(where: { $0.start <= start && start < $0.end })
      else { continue }
      if years.contains(where: { sentence.start <= $0 && $0 < sentence.end }) {
        figures[index].status = .background
      }
    }
  }

  /// Whether `text` may hold a year before `year`: four ASCII digits in a row of such a
  /// value, or an Arabic-Indic digit (U+0660–0669 and U+06F0–06F9: bytes D9 A0–A9, DB
  /// B0–B9), in a cheap pass over the bytes before the scan by scalars.
  static func mayHoldYear(_ text: String, before year: Int) -> Bool {
    // Over the contiguous bytes: iterating `text.utf8` checks the string's form at each byte.
    var text = text
    return text.withUTF8 { mayHoldYear(utf8: $0, before: year) }
  }

  /// `mayHoldYear(_:before:)` over a text's UTF-8 bytes: a digit run is read whole; any other
  /// byte is only compared with the lead bytes of the Arabic-Indic digits.
  private static func mayHoldYear(utf8: UnsafeBufferPointer<UInt8>, before year: Int) -> Bool {
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      if isASCIIDigit(byte) {
        var end = index
        var value = 0
        while end < utf8.count, isASCIIDigit(utf8[end]) {
          // Wrapping: the value of a run longer than four digits is never read.
          value = value &* 10 &+ Int(utf8[end] &- 0x30)
          end += 1
        }
        if end - index == 4, value >= earliestYear, value < year { return true }
        index = end
        continue
      }
      if byte == 0xD9 || byte == 0xDB, index + 1 < utf8.count {
        let next = utf8[index + 1]
        if (byte == 0xD9 && next >= 0xA0 && next <= 0xA9)
          || (byte == 0xDB && next >= 0xB0 && next <= 0xB9)
        {
          return true
        }
      }
      index += 1
    }
    return false
  }

  /// Whether `byte` is an ASCII digit (0x30–0x39).
  @inline(__always)
  private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  /// The value of a decimal digit scalar of the scripts the facts read (ASCII,
  /// Arabic-Indic, extended Arabic-Indic), by its code point alone.
  static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: return Int(scalar.value - 0x30)
    case 0x660...0x669: return Int(scalar.value - 0x660)
    case 0x6F0...0x6F9: return Int(scalar.value - 0x6F0)
    default: return nil
    }
  }

  /// Marks after four digits that make them a clock time (`1830 GMT`, `0515Z`, `1930h`):
  /// international abbreviations, the same in every language.
  static let clockMarks: Set<String> = ["GMT", "UTC", "Z", "h", "hrs", "H"]

  /// The runs of exactly four decimal digits (any script) in `text` that are a number of
  /// their own (no digit, letter, or a separator and a digit, on either side), with their
  /// offset in Unicode scalars, their value and whether they name no earlier time: a clock
  /// mark follows them (`1830 GMT`) or `since` says a span runs from them up to now.
  static func fourDigitNumbers(
    in text: String, since: (_ before: [String], _ after: [String]) -> Bool
  ) -> [(start: Int, value: Int, void: Bool)] {
    let scalars = FigureExtractor.scalars(of: text)
    func digit(_ index: Int) -> Int? {
      guard index >= 0, index < scalars.count else { return nil }
      return digitValue(scalars[index])
    }
    func separator(_ index: Int) -> Bool {
      guard index >= 0, index < scalars.count else { return false }
      return [".", ",", ":", "/"].contains(scalars[index])
    }
    func letter(_ index: Int) -> Bool {
      guard index >= 0, index < scalars.count else { return false }
      let scalar = scalars[index]
      // The ASCII letters are the ASCII scalars with the property: no property look-up.
      if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
      return scalar.properties.isAlphabetic
    }
    // A clock mark, glued or after one space, ends its word (`1830 GMT`, not `2014 Helsinki`).
    func clock(after end: Int) -> Bool {
      var cursor = end
      if cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
      var word = ""
      while letter(cursor) {
        word.unicodeScalars.append(scalars[cursor])
        cursor += 1
      }
      return clockMarks.contains(word)
    }
    // The nearest `count` words before `start` (nearest first) or after `end` (in order).
    func words(from index: Int, step: Int, count: Int) -> [String] {
      var result: [String] = []
      var cursor = index
      var bytes: [UInt8] = []
      while result.count < count, cursor >= 0, cursor < scalars.count {
        if letter(cursor) {
          let first = cursor
          while letter(cursor) { cursor += step }
          // The word's scalars in text order, encoded once.
          let word = step < 0 ? (cursor + 1)...first : first...(cursor - 1)
          bytes.removeAll(keepingCapacity: true)
          for scalar in scalars[word] { UTF8.encode(scalar) { bytes.append($0) } }
          result.append(String(decoding: bytes, as: UTF8.self).lowercased())
        } else {
          cursor += step
        }
      }
      return result
    }
    var result: [(Int, Int, Bool)] = []
    var index = 0
    while index < scalars.count {
      guard digit(index) != nil else {
        index += 1
        continue
      }
      var end = index
      var value = 0
      while let next = digit(end) {
        // Wrapping: the value of a run longer than four digits is never read.
        value = value &* 10 &+ next
        end += 1
      }
      let joinedBefore =
        (separator(index - 1) && digit(index - 2) != nil) || letter(index - 1)
      let joinedAfter = separator(end) && digit(end + 1) != nil
      if end - index == 4, !joinedBefore, !joinedAfter {
        // Only a number that may be a year needs its words read.
        let void =
          value >= earliestYear && value <= 2999
          && (clock(after: end)
            || since(
              words(from: index - 1, step: -1, count: 6), words(from: end, step: 1, count: 3)))
        result.append((index, value, void))
      }
      index = end
    }
    return result
  }
}
