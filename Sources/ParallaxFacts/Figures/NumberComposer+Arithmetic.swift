extension NumberComposer {
  static func isPowerOfTen(_ value: ExactNumber) -> Bool {
    var rest = value
    let ten = ExactNumber(10)
    while rest > ExactNumber.one, (rest / ten).isWhole { rest = rest / ten }
    return rest == .one && value > .one
  }

  static func intValue(_ value: ExactNumber) -> Int? {
    guard value.isWhole else { return nil }
    return Int(value.description)
  }

  /// Whether `value` can follow `current` in one number: it is smaller than the lowest
  /// non-zero place of `current` (`vingt` + `deux`, `trois cents` + `douze`).
  static func fits(_ value: ExactNumber, after current: ExactNumber) -> Bool {
    guard value.isWhole, current.isWhole, value > .zero, current > .zero else { return false }
    var place = ExactNumber.one
    let ten = ExactNumber(10)
    while place < current {
      let next = place * ten
      let quotient = (current / next).decimalValue
      if !ExactNumber.isWhole(quotient) { break }
      place = next
    }
    return value < place
  }

  /// A small integer from values and hundreds (`-100` stands for a hundred word).
  static func compose(_ parts: [ExactNumber]) -> ExactNumber? {
    var total: ExactNumber?
    var hundred = false
    for part in parts {
      if part == ExactNumber(-1000) {
        // "mil quinientos" after a decimal word.
        guard total == nil || (total ?? .zero) < ExactNumber(1000) else { return nil }
        total = (total ?? .one) * ExactNumber(1000)
        hundred = false
        continue
      }
      if part == ExactNumber(-100) {
        guard !hundred else { return nil }
        total = (total ?? .one) * ExactNumber(100)
        hundred = true
        continue
      }
      if let sum = total {
        guard fits(part, after: sum) else { return nil }
        total = sum + part
      } else {
        total = part
      }
    }
    return total
  }

  /// The fractional value of decimal words: single digits read as digits (`zero three` =
  /// .03), otherwise one composed number read as its digits (`seventy-one` = .71).
  static func digitsValue(_ parts: [ExactNumber]) -> ExactNumber? {
    guard !parts.isEmpty else { return nil }
    var digits = ""
    if parts.count > 1, parts.allSatisfy({ $0.isWhole && $0 >= .zero && $0 < ExactNumber(10) }) {
      digits = parts.map(\.description).joined()
    } else if let number = compose(parts), number.isWhole {
      digits = number.description
    } else {
      return nil
    }
    guard let numerator = ExactNumber(string: digits) else { return nil }
    return numerator / ExactNumber(10).power(digits.count)
  }

  /// The largest power of a thousand, a million or more, that divides `value` (`مليونين`,
  /// 2 × 10⁶: 10⁶), or `nil` for a value under a million.
  static func wordScale(of value: ExactNumber) -> ExactNumber? {
    let thousand = ExactNumber(1000)
    guard value.isWhole, !(value < ExactNumber(1_000_000)) else { return nil }
    var scale = ExactNumber(1_000_000)
    var found: ExactNumber?
    while !(value < scale), (value / scale).isWhole {
      found = scale
      scale = scale * thousand
    }
    return found
  }
}
