extension RFC822Date {
  /// A piece of an RFC 822-like date.
  enum Token {
    /// Letters: a weekday, a month, a zone name.
    case word([UInt8])
    /// Digits, and how many there were.
    case number(Int, digits: Int)
    /// `hh:mm` or `hh:mm:ss` (fractions dropped).
    case time(Int, Int, Int?)
    /// `+hhmm`, `-hh:mm`, `+hh`: seconds east of UTC.
    case zone(Int)
  }

  /// Splits a date into tokens; separators are spaces, commas, dots and dashes between words.
  struct Tokenizer {
    private let bytes: [UInt8]
    private var position = 0
    private var sawTime = false
    /// Whether a byte that belongs to no date was met.
    private(set) var failed = false

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private func isDigit(_ byte: UInt8) -> Bool { byte.isASCIIDigit }
    private func isLetter(_ byte: UInt8) -> Bool {
      (byte | .asciiCaseBit) >= UInt8(ascii: "a") && (byte | .asciiCaseBit) <= UInt8(ascii: "z")
    }

    private mutating func digits() -> (Int, Int) {
      var value = 0
      var count = 0
      while position < bytes.count, isDigit(bytes[position]), count < 9 {
        value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
        count += 1
        position += 1
      }
      return (value, count)
    }

    mutating func next() -> Token? {
      var afterSpace = position == 0
      while position < bytes.count {
        let byte = bytes[position]
        if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
          let sign = byte == UInt8(ascii: "+") ? 1 : -1
          if (afterSpace || sawTime), position + 1 < bytes.count, isDigit(bytes[position + 1]) {
            position += 1
            let (value, count) = digits()
            var seconds: Int
            switch count {
            case 1, 2:
              seconds = value * 3600
              if position + 2 < bytes.count, bytes[position] == UInt8(ascii: ":") {
                position += 1
                let (minutes, _) = digits()
                seconds += minutes * 60
              }
            case 3, 4: seconds = (value / 100) * 3600 + (value % 100) * 60
            default:
              failed = true
              return nil
            }
            return .zone(sign * seconds)
          }
          position += 1
          afterSpace = true
        } else if isDigit(byte) {
          let (value, count) = digits()
          if position < bytes.count, bytes[position] == UInt8(ascii: ":") {
            position += 1
            let (minute, minuteDigits) = digits()
            guard minuteDigits > 0 else {
              failed = true
              return nil
            }
            var second: Int?
            if position < bytes.count, bytes[position] == UInt8(ascii: ":") {
              position += 1
              let (value, secondDigits) = digits()
              guard secondDigits > 0 else {
                failed = true
                return nil
              }
              second = value
              if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                position += 1
                _ = digits()
              }
            }
            sawTime = true
            return .time(value, minute, second)
          }
          return .number(value, digits: count)
        } else if isLetter(byte) {
          let start = position
          while position < bytes.count, isLetter(bytes[position]) { position += 1 }
          return .word(Array(bytes[start..<position]))
        } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
          || byte == UInt8(ascii: ",")
          || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
          || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "(")
          || byte == UInt8(ascii: ")")
        {
          position += 1
          afterSpace = true
        } else {
          failed = true
          return nil
        }
      }
      return nil
    }
  }
}
