import ParallaxCore
import ParallaxCorpus
import ParallaxFacts

/// One side of a check: a report, its facts and, for a bilingual file, its segment ids.
public struct CheckSide: Sendable {
  /// The report (for a bilingual file, one paragraph per segment).
  public var report: Report
  /// The report's facts.
  public var facts: ReportFacts
  /// The segment id of each paragraph, for a bilingual file.
  public var segmentIDs: [String]?
  /// The language this side is declared or expected to be in, when known (primary subtag).
  public var expectedLanguage: String?
  /// The paragraphs standing for segments that have no target element at all (a bilingual
  /// file's missing targets, as opposed to empty ones).
  public var missing: Set<Int> = []

  /// Creates a side.
  public init(
    report: Report, facts: ReportFacts, segmentIDs: [String]? = nil,
    expectedLanguage: String? = nil
  ) {
    self.report = report
    self.facts = facts
    self.segmentIDs = segmentIDs
    self.expectedLanguage = expectedLanguage
  }

  /// The side's language: its facts' language (primary subtag).
  public var language: String { LanguageTag.primary(facts.language) }

  /// The paragraph with index `index`.
  func paragraph(_ index: Int) -> Paragraph? {
    if index >= 0, index < report.paragraphs.count, report.paragraphs[index].index == index {
      return report.paragraphs[index]
    }
    return report.paragraphs.first { $0.index == index }
  }

  /// The facts of paragraph `index`.
  func facts(_ index: Int) -> ParagraphFacts? {
    if index >= 0, index < facts.paragraphs.count, facts.paragraphs[index].index == index {
      return facts.paragraphs[index]
    }
    return facts.paragraphs.first { $0.index == index }
  }

  /// Evidence for `range` of paragraph `index` (the whole paragraph when `range` is nil).
  func evidence(_ index: Int, _ range: TextRange? = nil, factID: String? = nil)
    -> FindingEvidence
  {
    let text = paragraph(index)?.text ?? ""
    let shown = range.map { $0.slice(of: text) } ?? String(text.prefix(80))
    let segment = segmentIDs.flatMap { index >= 0 && index < $0.count ? $0[index] : nil }
    return FindingEvidence(
      report: report.id, paragraph: index, segment: segment, range: range, text: shown,
      factID: factID)
  }
}
