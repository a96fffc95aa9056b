import ParallaxCore

/// Where a finding comes from: the report, the paragraph, the character range and the fact.
public struct Evidence: Sendable, Codable, Hashable, Comparable {
  /// The report's id.
  public var report: String
  /// The paragraph's index in the report (¶0 is the headline).
  public var paragraph: Int
  /// The evidence in the paragraph's text, in Unicode scalars.
  public var range: TextRange
  /// The fact's id in its report: `p3.f1` (figure), `p3.a0` (attribution), `p3.e2` (entity).
  public var factID: String

  /// Creates evidence.
  public init(report: String, paragraph: Int, range: TextRange, factID: String) {
    self.report = report
    self.paragraph = paragraph
    self.range = range
    self.factID = factID
  }

  /// Orders by report, paragraph and position.
  public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
    (lhs.report, lhs.paragraph, lhs.range.start, lhs.range.end)
      < (rhs.report, rhs.paragraph, rhs.range.start, rhs.range.end)
  }
}
