import ParallaxCorpus

extension FactExtractor {
  /// `report` analyzed: its metadata, paragraphs, sentences and facts with their ids, the
  /// value the next stages (align, compare) and `facts --format json` take.
  public func analyze(_ report: Report) -> AnalyzedReport {
    AnalyzedReport(report, facts: extract(report))
  }
}
