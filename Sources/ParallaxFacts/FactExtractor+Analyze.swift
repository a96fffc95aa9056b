import ParallaxCorpus
import ParallaxText

extension FactExtractor {
  /// `report` analyzed: its metadata, paragraphs, sentences and facts with their ids, the
  /// value the next stages (align, compare) and `facts --format json` take.
  public func analyze(_ report: Report) -> AnalyzedReport {
    AnalyzedReport(report, facts: extract(report))
  }

  /// The affiliation words that follow their figure's counted noun after one space
  /// (`22 جنديا تركيا`, `3 soldats turcs`): adjectives of the counted, no place names.
  static func postposedAffiliations(_ figures: [Figure]) -> [TextRange] {
    figures.compactMap { figure in
      guard let measure = figure.measure, let affiliation = measure.affiliation,
        let counted = measure.counted, affiliation.range.start == counted.range.end + 1
      else { return nil }
      return affiliation.range
    }
  }
}
