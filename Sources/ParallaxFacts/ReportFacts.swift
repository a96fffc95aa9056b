import ParallaxCorpus

/// The facts of one report, paragraph by paragraph: what the aligner and the comparison
/// stages work on.
public struct ReportFacts: Sendable, Codable, Hashable {
  /// The version of the facts model written in JSON output.
  public static let schemaVersion = 1

  /// The report's id (`Report.id`).
  public var reportID: String
  /// The language the facts were extracted for.
  public var language: String
  /// The day relative dates were counted from, when known.
  public var anchorDate: NewsDate?
  /// The facts of each paragraph, in report order.
  public var paragraphs: [ParagraphFacts]

  /// Creates the facts of a report.
  public init(
    reportID: String, language: String, anchorDate: NewsDate? = nil,
    paragraphs: [ParagraphFacts] = []
  ) {
    self.reportID = reportID
    self.language = language
    self.anchorDate = anchorDate
    self.paragraphs = paragraphs
  }

  /// Every entity of the report with its paragraph index.
  public var entities: [(paragraph: Int, entity: Entity)] {
    paragraphs.flatMap { facts in facts.entities.map { (facts.index, $0) } }
  }

  /// Every attribution of the report with its paragraph index.
  public var attributions: [(paragraph: Int, attribution: Attribution)] {
    paragraphs.flatMap { facts in facts.attributions.map { (facts.index, $0) } }
  }
}
