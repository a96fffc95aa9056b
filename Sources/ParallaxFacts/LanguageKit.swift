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
}
