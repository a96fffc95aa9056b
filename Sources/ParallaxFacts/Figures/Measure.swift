import ParallaxCorpus

/// What a figure counts, in three language-independent parts: event × counted × affiliation
/// (killed × soldiers × turkish), each a concept id from the lexicon with its evidence.
public struct Measure: Sendable, Codable, Hashable {
  /// One part of a measure: a concept id (`killed`, `soldiers`, `turkish`) and where the word
  /// naming it is.
  public struct Part: Sendable, Codable, Hashable {
    /// The language-independent concept id.
    public var concept: String
    /// The word that names it in the paragraph.
    public var range: TextRange

    /// Creates a part.
    public init(concept: String, range: TextRange) {
      self.concept = concept
      self.range = range
    }
  }

  /// What happened to the counted (`killed`, `wounded`, `arrested`).
  public var event: Part?
  /// Who or what is counted (`soldiers`, `civilians`, `people`).
  public var counted: Part?
  /// Whose they are (`turkish`, `syrian`).
  public var affiliation: Part?

  /// Creates a measure.
  public init(event: Part? = nil, counted: Part? = nil, affiliation: Part? = nil) {
    self.event = event
    self.counted = counted
    self.affiliation = affiliation
  }

  /// Whether nothing is known.
  public var isEmpty: Bool { event == nil && counted == nil && affiliation == nil }

  /// Whether two measures may describe the same thing: every part agrees or one side leaves
  /// it unspecified.
  public func isCompatible(with other: Measure) -> Bool {
    func agree(_ lhs: Part?, _ rhs: Part?) -> Bool {
      guard let lhs, let rhs else { return true }
      return lhs.concept == rhs.concept
    }
    return agree(event, other.event) && agree(counted, other.counted)
      && agree(affiliation, other.affiliation)
  }

  /// `killed × soldiers × turkish`, with `?` for an unknown part.
  public var key: String {
    [event, counted, affiliation].map { $0?.concept ?? "?" }.joined(separator: " × ")
  }
}
