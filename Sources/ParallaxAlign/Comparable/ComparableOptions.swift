/// The thresholds of comparable mode. The pair score is the parallel mode's similarity (the
/// mean share of each unit's matchable weight matched in the other, `BeadSearch.coverage`);
/// these decide which scored pairs become links. The defaults are the ones the corpus gold
/// (`align:` lines of `Corpus/*/README.md`) is scored with.
public struct ComparableOptions: Sendable, Hashable {
  /// The lowest similarity a 1-1 link may have.
  public var linkThreshold: Double = 0.2
  /// The lowest similarity a link may have relative to the mean similarity of the pairs that
  /// are each other's best (the level of a good pair in these two texts).
  public var relativeThreshold: Double = 0.4
  /// The least content (`SharedContent`: matched weight of words that are not function
  /// words, of names, long figures, figures with what they count) two units must share to be
  /// linked or to join a link: about half an ordinary word's weight. Weak keys (a weekday, a
  /// date, a small number, function words and their dictionary pairs) never link alone.
  public var minimumContent: Double = 0.5
  /// How much a token that tells who speaks weighs, relative to its weight as a word of the
  /// claim: a source's name, a reporting cue or a channel, inside the ranges the facts
  /// stage marks as an attribution (`SpeakerSpans`). Two reports quote one source in
  /// paragraphs that say different things; such tokens also never count as shared content
  /// (`minimumContent`), so a pair that shares only its speaker is not linked. 1 turns the
  /// rule off: speakers weigh and count as the claim's words do.
  ///
  /// Off by default (2026-12-07): at 0.3 the seed pairs of `Corpus/idleb-2020-02` gain (seed
  /// ↔ de links F1 0.38 → 0.50, seed ↔ ar 0.33 → 0.46) but the older comparable pairs lose
  /// (links F1 0.96 → 0.93) and `compare` answers fewer README lines (178 → 172 of 183):
  /// true pairs whose claim words find no match across languages were held by their shared
  /// source. See BENCHMARKS.md and the session report.
  public var speakerWeight: Double = 1
  /// The lowest share of a unit's weight matched in a linked unit for it to join that link
  /// (a merge: two adjacent units of one side that both match one unit of the other).
  public var mergeCoverage: Double = 0.3
  /// The same share for a unit that is not next to the link's units on its side (a merge of
  /// units that are not adjacent: stronger evidence is asked).
  public var distantMergeCoverage: Double = 0.5
  /// The share a unit needs to join a link next to it whose unit is its own best
  /// counterpart, with a pair above the link threshold (a continuation of that link).
  public var continuationCoverage: Double = 0.2
  /// How much a merge must add to the coverage of the unit the merged units share.
  public var mergeGain: Double = 0.1
  /// The most units a side of a link may have.
  public var maximumGroup: Int = 3
  /// On long inputs, how many candidates each unit keeps (its best by shared rare keys).
  public var candidatesPerUnit: Int = 12
  /// The share of both texts' weight matched above which two texts in one language are
  /// versions of one text.
  public var versionsCoverage: Double = 0.4
  /// The share of the confident comparable links the parallel path must also make for
  /// `auto` to choose the parallel mode (two languages, links in order).
  public var parallelAgreement: Double = 0.9
  /// The fewest confident comparable links `auto` needs to call two texts a translation.
  public var parallelEvidence: Int = 10

  /// The most units a side may have for plain units (lines) to be read by the facts stage
  /// for anchors (figures with what they count, dates, names) when the caller gave none.
  public var shortText: Int = 40

  /// Added to the similarity of the two headlines (¶0 of two reports): the one pair whose
  /// role both texts state.
  public var headlineBonus: Double = 0.2

  /// The defaults.
  public init() {}
}
