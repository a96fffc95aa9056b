import ParallaxCorpus

/// A report as the facts stage leaves it: its metadata, its paragraphs with their text and
/// sentences, and their facts, each fact named by a stable id (`FactID`, `p3.f1`) and
/// attributions and figures linked both ways by id.
///
/// The value `parallax facts --format json` writes, and the one the aligner and the compare
/// stages take (two at a time). Made by `FactExtractor.analyze(_:)`.
public struct AnalyzedReport: Sendable, Codable, Hashable {
  /// The version of this value's JSON: it rises when a field changes meaning or goes away.
  /// 1 was `ReportFacts` (no text, no sentences, attributions linked to figures by index).
  public static let currentSchemaVersion = 2

  /// The schema version the value was written with (`currentSchemaVersion` when made here).
  public var schemaVersion: Int
  /// The report's metadata: id, path, outlet, title, language, dates, url, byline.
  public var metadata: ReportMetadata
  /// The language the facts were extracted for (the rules used).
  public var language: String
  /// The day relative dates were counted from, when known.
  public var anchorDate: NewsDate?
  /// The paragraphs, in report order, with their facts.
  public var paragraphs: [Paragraph]

  /// Creates an analyzed report from its parts.
  public init(
    metadata: ReportMetadata, language: String, anchorDate: NewsDate? = nil,
    paragraphs: [Paragraph] = []
  ) {
    schemaVersion = Self.currentSchemaVersion
    self.metadata = metadata
    self.language = language
    self.anchorDate = anchorDate
    self.paragraphs = paragraphs
  }

  /// Joins `report` and the facts extracted from it: every fact gets its id, its sentence
  /// and its links. A paragraph of `facts` that `report` lacks is left out.
  public init(_ report: Report, facts: ReportFacts) {
    let texts = Dictionary(
      report.paragraphs.map { ($0.index, $0.text) }, uniquingKeysWith: { first, _ in first })
    let paragraphs = facts.paragraphs.compactMap { paragraph in
      texts[paragraph.index].map { Paragraph(paragraph, text: $0) }
    }
    self.init(
      metadata: ReportMetadata(report), language: facts.language, anchorDate: facts.anchorDate,
      paragraphs: paragraphs)
  }

  /// The report's id.
  public var id: String { metadata.id }

  /// The paragraph with index `index` (paragraph `index` of the report), if analyzed.
  public func paragraph(_ index: Int) -> Paragraph? {
    if index >= 0, index < paragraphs.count, paragraphs[index].index == index {
      return paragraphs[index]
    }
    return paragraphs.first { $0.index == index }
  }

  /// The figure named `id`, when the report has it.
  public func figure(_ id: FactID) -> FigureFact? {
    guard id.kind == .figure, let paragraph = paragraph(id.paragraph),
      id.number < paragraph.figures.count
    else { return nil }
    return paragraph.figures[id.number]
  }

  /// The attribution named `id`, when the report has it.
  public func attribution(_ id: FactID) -> AttributionFact? {
    guard id.kind == .attribution, let paragraph = paragraph(id.paragraph),
      id.number < paragraph.attributions.count
    else { return nil }
    return paragraph.attributions[id.number]
  }

  /// The facts as the facts stage gave them (`ReportFacts`, links by index).
  public var facts: ReportFacts {
    ReportFacts(
      reportID: metadata.id, language: language, anchorDate: anchorDate,
      paragraphs: paragraphs.map(\.facts))
  }
}
