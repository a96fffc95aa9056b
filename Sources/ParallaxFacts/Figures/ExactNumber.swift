import Foundation

/// An exact number: a decimal numerator over a whole denominator (`2/3` for "deux tiers").
///
/// Integers and decimals keep the denominator 1, so `2500000000` stays exact (never a lossy
/// double). Encoded in JSON as a string: `"2500000000"`, `"-2.5"`, `"2/3"`.
///
/// Whole numbers below 10¹⁸ in magnitude (nearly every figure of the news) are kept as an
/// `Int64` and computed with integer arithmetic; Foundation's `Decimal`, whose every
/// comparison and product normalizes and rounds, is used only for the others. Each value has
/// one representation, so equality and hashing compare values.
public struct ExactNumber: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  private enum Storage: Sendable, Hashable {
    /// A whole number with `|value| < ExactNumber.smallLimit`.
    case whole(Int64)
    /// Any other value: a decimal numerator over a whole denominator ≥ 1.
    /// `whole` tells, once computed, whether it is a whole number (only a decimal of 10¹⁸ or
    /// more can be: a smaller whole number is `.whole`).
    case ratio(Decimal, Decimal, whole: Bool)
  }

  private var storage: Storage

  /// The bound of the integer representation (products of two such values are checked).
  private static let smallLimit: Int64 = 1_000_000_000_000_000_000

  /// The numerator (any decimal).
  public var numerator: Decimal {
    switch storage {
    case .whole(let value): Decimal(value)
    case .ratio(let top, _, _): top
    }
  }

  /// The denominator, a whole number ≥ 1; 1 unless the value is a fraction that no finite
  /// decimal writes exactly.
  public var denominator: Decimal {
    switch storage {
    case .whole: 1
    case .ratio(_, let bottom, _): bottom
    }
  }

  /// Zero.
  public static let zero = ExactNumber(0)
  /// One.
  public static let one = ExactNumber(1)

  /// An exact decimal.
  public init(_ value: Decimal) {
    let whole = !value.isNaN && ExactNumber.isWhole(value)
    if whole, let small = ExactNumber.small(wholeValue: value) {
      storage = .whole(small)
    } else {
      storage = .ratio(value, 1, whole: whole)
    }
  }

  /// A whole number.
  public init(_ value: Int) {
    let wide = Int64(value)
    if wide > -ExactNumber.smallLimit, wide < ExactNumber.smallLimit {
      storage = .whole(wide)
    } else {
      storage = .ratio(Decimal(value), 1, whole: true)
    }
  }

  private init(whole value: Int64) {
    storage = .whole(value)
  }

  /// `numerator / denominator`, reduced; a zero denominator gives zero.
  public init(_ numerator: Decimal, over denominator: Decimal) {
    let (top, bottom) = ExactNumber.reduce(numerator, denominator)
    if bottom == 1 {
      self.init(top)
    } else {
      self.init(storage: .ratio(top, bottom, whole: false))
    }
  }

  /// The value (a whole number) as a small integer, if it is below `smallLimit` in magnitude.
  private static func small(wholeValue value: Decimal) -> Int64? {
    guard Swift.abs(value) < Decimal(smallLimit) else { return nil }
    return Int64(exactly: NSDecimalNumber(decimal: value).int64Value)
  }

  /// Whether the value is the small integer 0.
  private var isSmallZero: Bool {
    if case .whole(0) = storage { return true }
    return false
  }

  /// Whether the value is a decimal over 1 (its denominator is 1).
  private var isDecimalOverOne: Bool {
    switch storage {
    case .whole: true
    case .ratio(_, let bottom, _): bottom == 1
    }
  }

  /// `k` when the value is the small integer 10^k (1 ≤ k ≤ 17).
  private var powerOfTenExponent: Int? {
    guard case .whole(var rest) = storage, rest >= 10 else { return nil }
    var places = 0
    while rest % 10 == 0 {
      rest /= 10
      places += 1
    }
    return rest == 1 ? places : nil
  }

  /// The integer, when the value is stored as one.
  private var smallValue: Int64? {
    if case .whole(let value) = storage { return value }
    return nil
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
      self.init(whole: whole)
      return
    }
    // "2.5": a plain decimal is made from its digits, without asking Decimal whether it is
    // whole (Decimal's comparisons and rounding allocate).
    if let (significand, fraction) = ExactNumber.plainParts(Substring(string)), fraction > 0 {
      var power: Int64 = 1
      for _ in 0..<fraction { power *= 10 }
      if significand % power == 0 {
        self.init(whole: significand / power)
      } else {
        self.init(
          storage: .ratio(
            Decimal(sign: .plus, exponent: -fraction, significand: Decimal(significand)), 1,
            whole: false))
      }
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
    guard let (significand, fraction) = plainParts(text) else { return nil }
    return Decimal(sign: .plus, exponent: -fraction, significand: Decimal(significand))
  }

  /// The digits of `digits[.digits]` (at most 18) as an integer, and how many follow the point.
  private static func plainParts(_ text: Substring) -> (Int64, Int)? {
    var significand: Int64 = 0
    var digits = 0
    var fraction = -1
    for byte in text.utf8 {
      if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        digits += 1
        guard digits <= 18 else { return nil }
        significand = significand * 10 + Int64(byte - UInt8(ascii: "0"))
        if fraction >= 0 { fraction += 1 }
      } else if byte == UInt8(ascii: "."), fraction < 0 {
        fraction = 0
      } else {
        return nil
      }
    }
    guard digits > 0 else { return nil }
    return (significand, max(fraction, 0))
  }

  /// The value as a decimal (rounded to 38 digits for fractions such as 2/3).
  public var decimalValue: Decimal { denominator == 1 ? numerator : numerator / denominator }

  /// The value as a double, for display and tolerant comparisons only.
  public var doubleValue: Double {
    if let small = smallValue { return Double(small) }
    return (Double(ExactNumber.plain(numerator)) ?? 0)
      / (Double(ExactNumber.plain(denominator)) ?? 1)
  }

  /// Whether the value is a whole number.
  public var isWhole: Bool {
    switch storage {
    case .whole: true
    case .ratio(_, _, let whole): whole
    }
  }

  /// `"2500000000"`, `"-2.5"`, `"2/3"`.
  public var description: String {
    if let small = smallValue { return String(small) }
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
    if let left = lhs.smallValue, let right = rhs.smallValue {
      // Both below 10^18 in magnitude: the sum fits in an Int64.
      let sum = left + right
      if sum > -smallLimit, sum < smallLimit { return ExactNumber(whole: sum) }
    }
    // x + 0 is x, exactly as the decimal sum would make it (same digits, same exponent):
    // `popped + current` of the composer, without Decimal's addition and rounding test.
    if rhs.isSmallZero, lhs.isDecimalOverOne { return lhs }
    if lhs.isSmallZero, rhs.isDecimalOverOne { return rhs }
    if lhs.denominator == 1, rhs.denominator == 1 {
      return ExactNumber(lhs.numerator + rhs.numerator)
    }
    return ExactNumber(
      lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
      over: lhs.denominator * rhs.denominator)
  }

  /// The product.
  public static func * (lhs: ExactNumber, rhs: ExactNumber) -> ExactNumber {
    if let left = lhs.smallValue, let right = rhs.smallValue {
      let (product, overflow) = left.multipliedReportingOverflow(by: right)
      if !overflow, product > -smallLimit, product < smallLimit {
        return ExactNumber(whole: product)
      }
    }
    // A decimal times a power of ten (`1,5 milliard`): its exponent moved, the same decimal
    // as Decimal's product, without the long multiplication.
    if case .ratio(let top, let bottom, _) = lhs.storage, !top.isNaN, bottom == 1,
      let places = rhs.powerOfTenExponent, top.exponent + places <= 64
    {
      return ExactNumber(
        Decimal(sign: top.sign, exponent: top.exponent + places, significand: top.significand))
    }
    if lhs.denominator == 1, rhs.denominator == 1 {
      return ExactNumber(lhs.numerator * rhs.numerator)
    }
    return ExactNumber(lhs.numerator * rhs.numerator, over: lhs.denominator * rhs.denominator)
  }

  /// The quotient (zero when dividing by zero).
  public static func / (lhs: ExactNumber, rhs: ExactNumber) -> ExactNumber {
    if let left = lhs.smallValue, let right = rhs.smallValue {
      if right == 0 { return .zero }
      if left % right == 0 { return ExactNumber(whole: left / right) }
      return ExactNumber.ratio(left, right)
    }
    return ExactNumber(lhs.numerator * rhs.denominator, over: lhs.denominator * rhs.numerator)
  }

  /// The negation.
  public static prefix func - (value: ExactNumber) -> ExactNumber {
    switch value.storage {
    case .whole(let small): ExactNumber(whole: -small)
    case .ratio(let top, let bottom, let whole):
      ExactNumber(storage: .ratio(-top, bottom, whole: whole))
    }
  }

  private init(storage: Storage) { self.storage = storage }

  /// `self` to an integer power (negative powers give the reciprocal).
  public func power(_ exponent: Int) -> ExactNumber {
    guard exponent != 0 else { return .one }
    var result = ExactNumber.one
    for _ in 0..<min(Swift.abs(exponent), 400) { result = result * self }
    return exponent < 0 ? .one / result : result
  }

  /// `top / bottom` for two small integers that do not divide, as `reduce` makes it from
  /// their decimals (the same representation) without converting decimals back to integers:
  /// a finite decimal over 1 when `bottom` has no prime factor but 2 and 5, else the reduced
  /// fraction.
  private static func ratio(_ top: Int64, _ bottom: Int64) -> ExactNumber {
    let (top, bottom) = bottom < 0 ? (-top, -bottom) : (top, bottom)
    var rest = bottom
    while rest % 2 == 0 { rest /= 2 }
    while rest % 5 == 0 { rest /= 5 }
    if rest == 1 {
      return ExactNumber(storage: .ratio(Decimal(top) / Decimal(bottom), 1, whole: false))
    }
    let divisor = gcd(Swift.abs(top), bottom)
    return ExactNumber(
      storage: .ratio(Decimal(top / divisor), Decimal(bottom / divisor), whole: false))
  }

  /// Orders by value.
  public static func < (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
    if let left = lhs.smallValue, let right = rhs.smallValue { return left < right }
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
