import ParallaxCorpus
import ParallaxFacts

extension AnalyzedReport {
  /// The time the report speaks for: its last update, else its publication.
  var time: NewsDate? { metadata.updated ?? metadata.published }
}
