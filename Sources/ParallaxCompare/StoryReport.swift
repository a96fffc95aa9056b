import ParallaxCorpus
import ParallaxFacts

/// One report of a story as the comparison reads it: the report and its facts.
public struct StoryReport: Sendable {
  /// The report: metadata and paragraphs.
  public var report: Report
  /// Its facts, paragraph by paragraph.
  public var facts: ReportFacts

  /// Pairs a report with its facts.
  public init(report: Report, facts: ReportFacts) {
    self.report = report
    self.facts = facts
  }

  /// The time the report speaks for: its last update, else its publication.
  public var time: NewsDate? { report.updated ?? report.published }

  /// The language code of the facts (`fr`, `en`…).
  public var language: String { facts.language }
}
