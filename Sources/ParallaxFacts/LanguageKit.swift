import ParallaxText

/// Everything the facts stage knows about one language, built once.
struct LanguageKit: Sendable {
  let language: String
  let splitter: SentenceSplitter
  let figures: FigureExtractor
  let dates: DateExtractor
  let entities: EntityExtractor
  let attributions: AttributionExtractor

  init(language: String, names: [(Glossary, EntityEvidence)]) {
    self.language = language
    splitter = SentenceSplitter(language: language)
    figures = FigureExtractor(language: language)
    dates = DateExtractor(language: language)
    let lexicon = EntityLexicon(language: language)
    entities = EntityExtractor(
      lexicon: lexicon, names: NameIndex(language: language, lexicon: lexicon, sources: names))
    attributions = AttributionExtractor(lexicon: CueLexicon(language: language))
  }

  /// The lexicons a folded word may start an entry of (`TokenBits`), computed once per
  /// distinct word of a report.
  func classify(_ folded: String) -> UInt32 {
    var mask: UInt32 = 0
    if entities.names.starts(folded) { mask |= TokenBits.name }
    if entities.lexicon.titles.starts(with: folded) { mask |= TokenBits.title }
    if dates.lexicon.words.starts(with: folded) { mask |= TokenBits.date }
    if attributions.lexicon.startsCue(folded) { mask |= TokenBits.cue }
    if attributions.lexicon.channelMarkers.starts(with: folded) { mask |= TokenBits.channel }
    return mask
  }
}

/// Bits of a token's mask: which lexicons its folded form may start an entry of.
enum TokenBits {
  static let name: UInt32 = 1
  static let title: UInt32 = 2
  static let date: UInt32 = 4
  static let cue: UInt32 = 8
  static let channel: UInt32 = 16
}
