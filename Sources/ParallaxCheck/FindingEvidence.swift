import ParallaxCore

/// Where a finding is on one side: the report, the paragraph (or segment), the characters
/// and the fact.
public struct FindingEvidence: Sendable, Codable, Hashable {
  /// The report's id (the path, or `path#item`).
  public var report: String
  /// The paragraph's index (¶0 is the headline) or, for a bilingual file, the segment's
  /// position.
  public var paragraph: Int
  /// The segment's id in a bilingual file (`trans-unit/@id`, `unit/segment`, `tuid`).
  public var segment: String?
  /// The evidence's range in the paragraph's text, in Unicode scalars; `nil` for the whole
  /// paragraph.
  public var range: TextRange?
  /// The text of `range` (or the paragraph's start, for a whole paragraph).
  public var text: String
  /// The fact's id in its report (`p3.f1` figure, `p3.e0` entity), when a fact backs it.
  public var factID: String?

  /// Creates evidence.
  public init(
    report: String, paragraph: Int, segment: String? = nil, range: TextRange? = nil,
    text: String, factID: String? = nil
  ) {
    self.report = report
    self.paragraph = paragraph
    self.segment = segment
    self.range = range
    self.text = text
    self.factID = factID
  }
}
