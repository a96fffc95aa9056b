import ParallaxCorpus
import ParallaxFacts

extension ReportUnits {
  /// The facts stage's anchors of plain units (lines given without a report): each unit is
  /// read as a paragraph of a report in the side's language, so that its figures with what
  /// they count, its dates and its names anchor it as a report's paragraphs are anchored.
  static func facts(of side: AlignmentSide) -> (anchors: [[UnitAnchor]], speakers: SpeakerSpans) {
    let paragraphs = side.units.enumerated().map {
      Paragraph(index: $0.offset, kind: .body, text: $0.element)
    }
    let report = Report(
      id: side.name, path: side.name, format: .text,
      language: LanguageInfo(code: side.language, origin: .override, confidence: 1),
      paragraphs: paragraphs)
    let units = ReportUnits(
      paragraphs.map { (index: $0.index, kind: $0.kind, text: $0.text) },
      language: side.language, name: side.name, unit: .line)
    let facts = FactExtractor().extract(report)
    return (units.anchors(facts, measured: true), units.speakers(facts))
  }
}
