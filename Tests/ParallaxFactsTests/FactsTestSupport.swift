import ParallaxCorpus

@testable import ParallaxFacts

/// One extractor for all tests: building it reads every language's data.
enum FactsTestSupport {
  static let extractor = FactExtractor()

  /// A report of `paragraphs` in `language`, published on `date`.
  static func report(
    _ paragraphs: [String], language: String?,
    date: NewsDate? = NewsDate(year: 2020, month: 2, day: 27)
  ) -> Report {
    Report(
      id: "test", path: "test.txt", format: .text,
      language: language.map { LanguageInfo(code: $0, origin: .declared, confidence: 1) },
      published: date,
      paragraphs: paragraphs.enumerated().map { Paragraph(index: $0, kind: .body, text: $1) })
  }

  /// The facts of one paragraph in `language`.
  static func facts(_ text: String, _ language: String, extractor: FactExtractor = extractor)
    -> ParagraphFacts
  {
    let facts = extractor.extract(report([text], language: language))
    return facts.paragraphs.first ?? ParagraphFacts(index: 0, kind: .body)
  }
}
