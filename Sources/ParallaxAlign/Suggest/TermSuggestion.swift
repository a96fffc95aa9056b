/// A candidate glossary pair: a term in one language and its rendering in another (or, for
/// an acronym, its expansion in the same language), with its score and the aligned units
/// that show it.
public struct TermSuggestion: Sendable, Hashable, Codable {
  /// Where a suggestion comes from.
  public enum Kind: String, Sendable, Hashable, Codable, Comparable {
    /// An entity link of the aligner: one person, organization or place in two reports.
    case entity
    /// An acronym and its expansion, written together in a report or linked across reports.
    case acronym
    /// A word or multiword term pair learnt from co-occurrence over aligned units.
    case term

    /// Entities first, then acronyms, then learnt terms.
    public static func < (a: Kind, b: Kind) -> Bool { a.rank < b.rank }

    private var rank: Int {
      switch self {
      case .entity: 0
      case .acronym: 1
      case .term: 2
      }
    }
  }

  /// The kinds of evidence found for the pair, ascending.
  public var kinds: [Kind]
  /// The first term's language (the one that sorts first, or the acronym's language).
  public var firstLanguage: String
  /// The first term as written.
  public var first: String
  /// The second term's language.
  public var secondLanguage: String
  /// The second term as written.
  public var second: String
  /// The rank score, from 0 to about 2: the best evidence's strength, raised by how many
  /// independent report pairs show it.
  public var score: Double
  /// The aligned units that show the pair, at most `TermSuggester.maximumEvidence`.
  public var evidence: [SuggestionEvidence]

  /// Creates a suggestion.
  public init(
    kinds: [Kind], firstLanguage: String, first: String, secondLanguage: String, second: String,
    score: Double, evidence: [SuggestionEvidence]
  ) {
    self.kinds = kinds
    self.firstLanguage = firstLanguage
    self.first = first
    self.secondLanguage = secondLanguage
    self.second = second
    self.score = score
    self.evidence = evidence
  }
}

/// One piece of evidence for a suggestion: where each term was seen (a report and its
/// paragraphs, or a memory and its unit) and why the two go together.
public struct SuggestionEvidence: Sendable, Hashable, Codable {
  /// The report (or memory file) of the first term.
  public var firstReport: String
  /// Its paragraphs (or memory units) that hold the first term.
  public var firstUnits: [Int]
  /// The report of the second term.
  public var secondReport: String
  /// Its paragraphs that hold the second term.
  public var secondUnits: [Int]
  /// Why: the entity link's reasons, "written together", "aligned units, score 0.83"…
  public var note: String

  /// Creates a piece of evidence.
  public init(
    firstReport: String, firstUnits: [Int], secondReport: String, secondUnits: [Int],
    note: String
  ) {
    self.firstReport = firstReport
    self.firstUnits = firstUnits
    self.secondReport = secondReport
    self.secondUnits = secondUnits
    self.note = note
  }
}
