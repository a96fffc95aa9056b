import ParallaxCorpus

/// Two reports (or two texts) aligned: which units match, which moved, which have no
/// counterpart, which entities are the same, the mode used and why.
///
/// The value the compare stage reads. A unit with no counterpart is a finding (a paragraph
/// only one outlet has, one an update added or dropped), not a failure.
public struct ReportAlignment: Sendable, Hashable, Codable {
  /// The first text's id or path.
  public var firstID: String
  /// The second text's id or path.
  public var secondID: String
  /// The first text's language.
  public var firstLanguage: String
  /// The second text's language.
  public var secondLanguage: String
  /// What a unit is.
  public var unit: AlignmentUnit
  /// The mode used and why.
  public var decision: ModeDecision
  /// How many units each text has.
  public var firstCount: Int
  /// How many units the second text has.
  public var secondCount: Int
  /// The links, in the first text's order (by their first unit).
  public var links: [UnitLink]
  /// The first text's units in no link, ascending.
  public var unmatchedFirst: [Int]
  /// The second text's units in no link, ascending.
  public var unmatchedSecond: [Int]
  /// For sentence units: the paragraph of each unit of the first text (empty otherwise).
  public var firstParagraphs: [Int]
  /// For sentence units: the paragraph of each unit of the second text (empty otherwise).
  public var secondParagraphs: [Int]
  /// The entities of both reports that are the same person, organization or place.
  public var entityLinks: [EntityLink]
  /// Low confidence, very different sizes, no dictionary, empty input.
  public var diagnostics: [Diagnostic]

  /// Creates an alignment.
  public init(
    firstID: String, secondID: String, firstLanguage: String, secondLanguage: String,
    unit: AlignmentUnit, decision: ModeDecision, firstCount: Int, secondCount: Int,
    links: [UnitLink], firstParagraphs: [Int] = [], secondParagraphs: [Int] = [],
    entityLinks: [EntityLink] = [], diagnostics: [Diagnostic] = []
  ) {
    self.firstID = firstID
    self.secondID = secondID
    self.firstLanguage = firstLanguage
    self.secondLanguage = secondLanguage
    self.unit = unit
    self.decision = decision
    self.firstCount = firstCount
    self.secondCount = secondCount
    self.links = links
    var usedFirst = Set<Int>()
    var usedSecond = Set<Int>()
    for link in links {
      usedFirst.formUnion(link.first)
      usedSecond.formUnion(link.second)
    }
    unmatchedFirst = (0..<firstCount).filter { !usedFirst.contains($0) }
    unmatchedSecond = (0..<secondCount).filter { !usedSecond.contains($0) }
    self.firstParagraphs = firstParagraphs
    self.secondParagraphs = secondParagraphs
    self.entityLinks = entityLinks
    self.diagnostics = diagnostics
  }

  /// Every link as unit pairs (`first`, `second`), a 1-2 link giving two.
  public var pairs: [(first: Int, second: Int)] { links.flatMap(\.pairs) }

  /// The links and the unmatched units as beads (`[0, 1]:[2]:0.83`, `[5]:[]:0.00`), links
  /// first in the first text's order, then the unmatched units.
  public var beads: [Bead] {
    links.map { Bead(source: $0.first, target: $0.second, score: $0.score, evidence: $0.evidence) }
      + unmatchedFirst.map { Bead(source: [$0], target: [], score: 0) }
      + unmatchedSecond.map { Bead(source: [], target: [$0], score: 0) }
  }
}

/// An entity of one report and the same entity in the other: the same person, organization
/// or place across spellings and scripts.
public struct EntityLink: Sendable, Hashable, Codable {
  /// The entity as the first report names it.
  public var first: LinkedEntity
  /// The entity as the second report names it.
  public var second: LinkedEntity
  /// How sure the link is, from 0 to 1.
  public var score: Double
  /// Why: one concept, one transliteration, consonant skeletons, an acronym's expansion,
  /// mentions in aligned units.
  public var evidence: [String]

  /// Creates a link.
  public init(first: LinkedEntity, second: LinkedEntity, score: Double, evidence: [String]) {
    self.first = first
    self.second = second
    self.score = score
    self.evidence = evidence
  }
}

/// One entity of one report: its key, its kind and where and how the report names it.
public struct LinkedEntity: Sendable, Hashable, Codable {
  /// The entity's key as text (`concept:sohr`, `name:recep tayyip erdogan`).
  public var key: String
  /// person, organization, place… (the facts stage's kind).
  public var kind: String
  /// The names as written, in order of first mention, each once.
  public var names: [String]
  /// The paragraphs that mention it, ascending.
  public var paragraphs: [Int]

  /// Creates an entity.
  public init(key: String, kind: String, names: [String], paragraphs: [Int]) {
    self.key = key
    self.kind = kind
    self.names = names
    self.paragraphs = paragraphs
  }
}
