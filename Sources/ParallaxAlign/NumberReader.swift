import ParallaxText

/// Reads numbers from tokens by value, across scripts and separator conventions:
/// `1 000`, `1.000` and `1,000` are all `1000`; `2,5` and `2.5` are `2.5`; `٣٤` is `34`.
enum NumberReader {
  /// Marks that join digit groups or set off decimals when no space surrounds them.
  private static let separators: Set<Unicode.Scalar> = [".", ",", "'", "’", "\u{66B}", "\u{66C}"]
  /// The Arabic decimal separator, which never groups thousands.
  private static let arabicDecimal: Unicode.Scalar = "\u{66B}"

  /// The ASCII digits of a number token (digits of any script).
  static func digits(_ text: Substring.UnicodeScalarView) -> String {
    var out = ""
    for scalar in text {
      if let value = scalar.properties.numericType == .decimal
        ? scalar.properties.numericValue : nil
      {
        out.append(Character(Unicode.Scalar(UInt8(48 + Int(value)))))
      }
    }
    return out
  }

  /// The numbers of `tokens` (of `text`), each with the range of tokens it spans and its
  /// value as a canonical string (no leading zeros in the integer part, `.` for decimals).
  static func numbers(_ tokens: [Token], in text: String) -> [(tokens: Range<Int>, value: String)] {
    var found: [(tokens: Range<Int>, value: String)] = []
    let scalars = Array(text.unicodeScalars)
    func digitsOf(_ token: Token) -> String {
      digits(String.UnicodeScalarView(scalars[token.range.start..<token.range.end])[...])
    }
    var index = 0
    while index < tokens.count {
      guard tokens[index].kind == .number else {
        index += 1
        continue
      }
      let start = index
      var integer = digitsOf(tokens[index])
      var fraction = ""
      let firstGroup = integer.count
      index += 1
      while index + 1 < tokens.count, tokens[index + 1].kind == .number {
        let mark = tokens[index]
        let next = tokens[index + 1]
        let nextDigits = digitsOf(next)
        if mark.kind == .punctuation, !mark.spaceBefore, !next.spaceBefore,
          separators.contains(mark.first)
        {
          if nextDigits.count == 3, mark.first != arabicDecimal, firstGroup <= 3 {
            integer += nextDigits
            index += 2
            continue
          }
          if mark.first == "." || mark.first == "," || mark.first == arabicDecimal {
            fraction = nextDigits
            index += 2
          }
          break
        }
        break
      }
      // `1 000`: a group of three digits after a space, when the first group is short.
      while fraction.isEmpty, index < tokens.count, tokens[index].kind == .number,
        tokens[index].spaceBefore, firstGroup <= 3, integer.count <= 9
      {
        let group = digitsOf(tokens[index])
        guard group.count == 3 else { break }
        integer += group
        index += 1
      }
      let trimmed = String(integer.drop(while: { $0 == "0" }))
      var value = trimmed.isEmpty ? "0" : trimmed
      let decimals = String(fraction.reversed().drop(while: { $0 == "0" }).reversed())
      if !decimals.isEmpty { value += "." + decimals }
      found.append((start..<index, value))
    }
    return found
  }

  /// How specific a number is, from 0.35 (one digit: `1`, a chapter, a day) to 1 (four or
  /// more significant characters: a year, a toll): a lone small number must not pull two
  /// unrelated units together.
  static func specificity(_ value: String) -> Float {
    let significant = value.filter { $0 != "." }.count
    switch significant {
    case ...1: return 0.35
    case 2: return 0.6
    case 3: return 0.8
    default: return 1
    }
  }
}
