/// A half-open range of a paragraph's text, counted in Unicode scalars (code points).
///
/// The same unit everywhere in Parallax and in its JSON, as Python indexes strings:
/// `text.unicodeScalars` offsets `start..<end`.
public struct TextRange: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
  /// The first scalar, from 0.
  public var start: Int
  /// One past the last scalar.
  public var end: Int

  /// Creates a range; `start <= end`.
  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }

  /// How many scalars it covers.
  public var length: Int { end - start }

  /// Whether the two ranges share a scalar.
  public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

  /// Whether `other` lies inside this range.
  public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

  /// Orders by start, then end.
  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  /// `start..<end`.
  public var description: String { "\(start)..<\(end)" }

  /// The text it covers in `text`.
  public func slice(of text: String) -> String {
    let scalars = text.unicodeScalars
    guard start >= 0, end <= scalars.count, start <= end else { return "" }
    let lower = scalars.index(scalars.startIndex, offsetBy: start)
    let upper = scalars.index(lower, offsetBy: end - start)
    return String(scalars[lower..<upper])
  }
}
