/// One group of the alignment: zero to four source units that translate zero to four
/// target units, with a score and the evidence behind it.
public struct Bead: Sendable, Hashable, Codable {
  /// The source units' indices, ascending (empty for an insertion in the target).
  public var source: [Int]
  /// The target units' indices, ascending (empty for an omission from the target).
  public var target: [Int]
  /// Confidence from 0 to 1: the mean of the bead's lexical similarity (relative to the mean
  /// of the alignment's good 1-1 beads, capped at 1) and the two-sided probability of its
  /// lengths under the length model. Zero for a unit with no counterpart.
  public var score: Double
  /// What made the two sides match (empty for an unmatched unit).
  public var evidence: [Evidence]

  /// Creates a bead.
  public init(source: [Int], target: [Int], score: Double, evidence: [Evidence] = []) {
    self.source = source
    self.target = target
    self.score = score
    self.evidence = evidence
  }

  /// The bead in the format vecalign writes and `../shared/bench` scores:
  /// `[0, 1]:[2]:0.83`, `[]:[5]:0.00`.
  public var beadLine: String {
    let list = { (indices: [Int]) in "[" + indices.map(String.init).joined(separator: ", ") + "]" }
    return list(source) + ":" + list(target) + ":" + formatScore(score)
  }

  private func formatScore(_ value: Double) -> String {
    let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
  }
}

/// One reason two sides of a bead match: a shared anchor or a lexicon pair.
public struct Evidence: Sendable, Hashable, Codable {
  /// What kind of evidence it is.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The same number by value (`1956`, `2,5` = `2.5`, `٣٤` = `34`).
    case number
    /// The same word after folding and transliteration (a name).
    case identical
    /// Words sharing a long prefix or consonant skeleton (`Himalaya` ~ `himalayens`).
    case cognate
    /// The same punctuation mark class (quotes, `?`, `!`, `:`, parentheses).
    case punctuation
    /// The same URL or e-mail address.
    case url
    /// A word pair learned from the texts themselves.
    case learned
    /// A word pair from a bilingual dictionary.
    case dictionary
    /// A term pair from a glossary.
    case glossary
    /// The same date (comparable mode, from the facts stage).
    case date
    /// The same entity by concept or transliteration (comparable mode, from the facts stage).
    case entity
  }

  /// What kind of evidence it is.
  public var kind: Kind
  /// The source word or anchor as written.
  public var source: String
  /// The target word or anchor as written.
  public var target: String
  /// How much it weighed in the bead's similarity (its share of the matched weight).
  public var weight: Double

  /// Creates a piece of evidence.
  public init(kind: Kind, source: String, target: String, weight: Double) {
    self.kind = kind
    self.source = source
    self.target = target
    self.weight = weight
  }
}
