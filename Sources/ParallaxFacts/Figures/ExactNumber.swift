import Foundation

/// An exact number: a decimal numerator over a whole denominator (`2/3` for "deux tiers").
///
/// Integers and decimals keep the denominator 1, so `2500000000` stays exact (never a lossy
/// double). Encoded in JSON as a string: `"2500000000"`, `"-2.5"`, `"2/3"`.
public struct ExactNumber: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The numerator (any decimal).
  public private(set) var numerator: Decimal
  /// The denominator, a whole number ≥ 1; 1 unless the value is a fraction that no finite
  /// decimal writes exactly.
  public private(set) var denominator: Decimal

  /// Zero.
  public static let zero = ExactNumber(Decimal(0))
  /// One.
  public static let one = ExactNumber(Decimal(1))

  /// An exact decimal.
  public init(_ value: Decimal) {
    numerator = value
    denominator = 1
  }

  /// A whole number.
  public init(_ value: Int) { self.init(Decimal(value)) }

  /// `numerator / denominator`, reduced; a zero denominator gives zero.
  public init(_ numerator: Decimal, over denominator: Decimal) {
    let (top, bottom) = ExactNumber.reduce(numerator, denominator)
    self.numerator = top
    self.denominator = bottom
  }

  private static func reduce(_ numerator: Decimal, _ denominator: Decimal) -> (Decimal, Decimal) {
    guard denominator != 0 else { return (0, 1) }
    var top = numerator
    var bottom = denominator
    if bottom < 0 {
      top = -top
      bottom = -bottom
    }
    // Whole denominators only: 1/2.5 = 2/5.
    var guardCount = 0
    while !ExactNumber.isWhole(bottom), guardCount < 40 {
      top *= 10
      bottom *= 10
      guardCount += 1
    }
    let quotient = top / bottom
    if quotient * bottom == top, ExactNumber.isTerminating(bottom) { return (quotient, 1) }
    if let whole = ExactNumber.int64(top), let base = ExactNumber.int64(bottom) {
      let divisor = ExactNumber.gcd(Swift.abs(whole), base)
      return (Decimal(whole / divisor), Decimal(base / divisor))
    }
    return (top, bottom)
  }

  /// Parses `"2500000000"`, `"-2.5"` or `"2/3"` (a dot for the decimal point).
  public init?(string: String) {
    if string.utf8.count <= 18, let whole = Int64(string) {
      self.init(Decimal(whole))
      return
    }
    let parts = string.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count <= 2, let top = ExactNumber.decimal(parts[0]) else { return nil }
    if parts.count == 2 {
      guard let bottom = ExactNumber.decimal(parts[1]), bottom != 0 else { return nil }
      self.init(top, over: bottom)
    } else {
      self.init(top)
    }
  }

  private static let posix = Locale(identifier: "en_US_POSIX")

  private static func decimal(_ text: Substring) -> Decimal? {
    guard text.utf8.count <= 60 else { return nil }
    if let fast = plainDecimal(text) { return fast }
    return Decimal(string: String(text), locale: posix)
  }

  /// `digits[.digits]` with at most 18 digits, without Foundation's parser (the same value).
  private static func plainDecimal(_ text: Substring) -> Decimal? {
    var significand: Int64 = 0
    var digits = 0
    var fraction = -1
    for byte in text.utf8 {
      if byte >= 0x30, byte <= 0x39 {
        digits += 1
        guard digits <= 18 else { return nil }
        significand = significand * 10 + Int64(byte - 0x30)
        if fraction >= 0 { fraction += 1 }
      } else if byte == 0x2E, fraction < 0 {
        fraction = 0
      } else {
        return nil
      }
    }
    guard digits > 0 else { return nil }
    return Decimal(sign: .plus, exponent: -max(fraction, 0), significand: Decimal(significand))
  }

  /// The value as a decimal (rounded to 38 digits for fractions such as 2/3).
  public var decimalValue: Decimal { denominator == 1 ? numerator : numerator / denominator }

  /// The value as a double, for display and tolerant comparisons only.
  public var doubleValue: Double {
    (Double(ExactNumber.plain(numerator)) ?? 0) / (Double(ExactNumber.plain(denominator)) ?? 1)
  }

  /// Whether the value is a whole number.
  public var isWhole: Bool { denominator == 1 && ExactNumber.isWhole(numerator) }

  /// `"2500000000"`, `"-2.5"`, `"2/3"`.
  public var description: String {
    let top = ExactNumber.plain(numerator)
    return denominator == 1 ? top : top + "/" + ExactNumber.plain(denominator)
  }

  /// Decodes from a string (or a JSON number).
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let text = try? container.decode(String.self), let value = ExactNumber(string: text) {
      self = value
    } else {
      self.init(try container.decode(Decimal.self))
    }
  }

  /// Encodes as a string.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  /// The sum.
  public static func + (lhs: ExactNumber, rhs: ExactNumber) -> ExactNumber {
    if lhs.denominator == 1, rhs.denominator == 1 {
      return ExactNumber(lhs.numerator + rhs.numerator)
    }
    return ExactNumber(
      lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
      over: lhs.denominator * rhs.denominator)
  }

  /// The product.
  public static func * (lhs: ExactNumber, rhs: ExactNumber) -> ExactNumber {
    if lhs.denominator == 1, rhs.denominator == 1 {
      return ExactNumber(lhs.numerator * rhs.numerator)
    }
    return ExactNumber(lhs.numerator * rhs.numerator, over: lhs.denominator * rhs.denominator)
  }

  /// The quotient (zero when dividing by zero).
  public static func / (lhs: ExactNumber, rhs: ExactNumber) -> ExactNumber {
    ExactNumber(lhs.numerator * rhs.denominator, over: lhs.denominator * rhs.numerator)
  }

  /// The negation.
  public static prefix func - (value: ExactNumber) -> ExactNumber {
    var result = value
    result.numerator = -value.numerator
    return result
  }

  /// `self` to an integer power (negative powers give the reciprocal).
  public func power(_ exponent: Int) -> ExactNumber {
    guard exponent != 0 else { return .one }
    var result = ExactNumber.one
    for _ in 0..<min(Swift.abs(exponent), 400) { result = result * self }
    return exponent < 0 ? .one / result : result
  }

  /// Orders by value.
  public static func < (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
    if lhs.denominator == 1, rhs.denominator == 1 { return lhs.numerator < rhs.numerator }
    return lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
  }

  static func isWhole(_ value: Decimal) -> Bool {
    // mantissa × 10^exponent with exponent ≥ 0 is whole: no rounding needed.
    if value.exponent >= 0, !value.isNaN { return true }
    var source = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &source, 0, .plain)
    return rounded == value
  }

  /// Whether 1/value is a finite decimal (only 2s and 5s divide it).
  static func isTerminating(_ value: Decimal) -> Bool {
    guard var whole = int64(value), whole > 0 else { return value == 1 }
    while whole % 2 == 0 { whole /= 2 }
    while whole % 5 == 0 { whole /= 5 }
    return whole == 1
  }

  static func int64(_ value: Decimal) -> Int64? {
    guard isWhole(value), Swift.abs(value) < Decimal(Int64.max / 4) else { return nil }
    return Int64(exactly: NSDecimalNumber(decimal: value).int64Value)
  }

  static func gcd(_ lhs: Int64, _ rhs: Int64) -> Int64 {
    var first = lhs
    var second = rhs
    while second != 0 { (first, second) = (second, first % second) }
    return max(first, 1)
  }

  static func plain(_ value: Decimal) -> String {
    var text = value.description
    if text.contains("E") || text.contains("e") {
      text = NSDecimalNumber(decimal: value).stringValue
    }
    return text
  }
}
