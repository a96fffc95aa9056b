/// Units of two texts that speak of the same thing: one or more on each side.
///
/// In comparable mode the units of one side need not be adjacent, and links may cross
/// (that is what `moved` means); in parallel mode they are adjacent and in order.
public struct UnitLink: Sendable, Hashable, Codable {
  /// The first text's unit indices, ascending.
  public var first: [Int]
  /// The second text's unit indices, ascending.
  public var second: [Int]
  /// How sure the aligner is, from 0 to 1.
  public var score: Double
  /// Whether the link is out of the longest run of links in the order of both texts (the
  /// units moved relative to the other text's order).
  public var moved: Bool
  /// What made the units match (shared anchors, dictionary and learned word pairs).
  public var evidence: [Evidence]

  /// Creates a link.
  public init(
    first: [Int], second: [Int], score: Double, moved: Bool = false, evidence: [Evidence] = []
  ) {
    self.first = first
    self.second = second
    self.score = score
    self.moved = moved
    self.evidence = evidence
  }

  /// The link as unit pairs, one per (first, second) combination: `¶1↔¶1, ¶1↔¶2` for a 1-2.
  public var pairs: [(first: Int, second: Int)] {
    first.flatMap { a in second.map { (a, $0) } }
  }
}
