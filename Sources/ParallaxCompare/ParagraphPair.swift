/// Paragraphs of two reports that speak of the same thing, as the aligner pairs them: one
/// or more on each side, or none on one side (a paragraph with no counterpart).
public struct ParagraphPair: Sendable, Codable, Hashable {
  /// The paragraph indices in the first report (¶0 is the headline), in order.
  public var left: [Int]
  /// The paragraph indices in the second report.
  public var right: [Int]
  /// How sure the aligner is, from 0 to 1.
  public var score: Double
  /// Whether the pair is out of the order of the pairs around it (a moved paragraph).
  public var moved: Bool

  /// Creates a pair.
  public init(left: [Int], right: [Int], score: Double, moved: Bool = false) {
    self.left = left
    self.right = right
    self.score = score
    self.moved = moved
  }

  /// Whether both sides have paragraphs.
  public var isMatched: Bool { !left.isEmpty && !right.isEmpty }
}
