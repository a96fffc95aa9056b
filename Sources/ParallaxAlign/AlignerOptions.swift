/// The weights and limits of the aligner. The defaults are the ones the README justifies and
/// the tests check; each is a field so a caller or a test can vary one at a time.
public struct AlignerOptions: Sendable, Hashable {
  /// Weight of the lexical term: a bead of k + l units costs
  /// `similarityWeight × (k + l) × (1 − similarity)`.
  public var similarityWeight: Double = 6.0
  /// Weight of the Gale–Church length term (−log of the length probability).
  public var lengthWeight: Double = 0.75
  /// Cost of each unit a bead joins beyond a 1-1 pair (1 for a 2-1 bead, 3 for a 2-3): the
  /// prior that keeps the length term, which always prefers merges (lengths of merged units
  /// average out), from merging what translates one to one.
  public var mergePenalty: Double = 3.0
  /// How much of the mean similarity of good 1-1 beads an unmatched unit is credited with:
  /// an unmatched unit costs `similarityWeight × (1 − skipCredit × mean similarity)
  /// + skipPenalty`. 0 by default: crediting it (0.25, 0.5) made neither the dev set nor the
  /// seven-language story better.
  public var skipCredit: Double = 0
  /// Cost of a unit with no counterpart beyond its missing similarity: equal to
  /// `mergePenalty`, a unit joins a neighbour's bead rather than stand alone when it shares
  /// anything with the other side and its length fits.
  public var skipPenalty: Double = 3.0
  /// How much a word that can match nothing on the other side (no anchor, no lexicon pair
  /// with a word there) counts in its unit's weight, relative to one that can: at 0 a unit's
  /// coverage is the share of its matchable words matched; at 1 unknown words dilute it fully.
  public var unmatchableShare: Double = 0.05
  /// Weight added to every unit's matchable weight before its coverage is taken: a unit
  /// whose only matchable word is a small number (`Book 1`) is not fully covered by a `1`
  /// elsewhere. About the weight of one ordinary word.
  public var evidencePrior: Double = 1.5
  /// Fewest confident beads a lexicon is learned from: fewer teach only chance
  /// co-occurrences of frequent words.
  public var minimumLearningBeads: Int = 20
  /// Strength of a match between words that only share a long prefix or a consonant
  /// skeleton (an identical word or number counts 1).
  public var cognateStrength: Double = 0.6
  /// Weight of a punctuation mark of a class that crosses languages (quotes, `?`, `!`, `:`,
  /// parentheses) relative to an average word.
  public var punctuationWeight: Double = 0.3
  /// Weight of a function word (`Resources/function-words/<language>.txt`: articles,
  /// prepositions, auxiliaries) relative to a content word of the same rarity, in comparable
  /// mode: two units that share only such words share little content. The parallel mode
  /// keeps them at full weight (at 0.1 there the dev set's strict F1 fell from 0.873 to
  /// 0.865); 0.1 in comparable mode tipped `auto` on the dev set to comparable (90 % of the
  /// confident links on the parallel path, against 92 % at 0.2).
  public var functionWordWeight: Double = 0.2
  /// Strength of a bilingual-dictionary pair.
  public var dictionaryStrength: Double = 0.5
  /// Rounds of learning a lexicon from the confident beads and aligning again.
  public var lexiconRounds: Int = 2
  /// Half-width of the first pass's band around the diagonal, in units (doubled until the
  /// path stays inside it).
  public var firstBand: Int = 120
  /// Half-width of the refining band around the first pass's path, in units.
  public var refineBand: Int = 12
  /// Whether each bead lists its evidence (the anchors and word pairs its sides share):
  /// the translation check reads only the beads and their scores. Changes no bead.
  public var collectsEvidence: Bool = true

  /// The defaults.
  public init() {}
}
