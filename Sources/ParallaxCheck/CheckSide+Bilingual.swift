import ParallaxCompare
import ParallaxCore
import ParallaxCorpus
import ParallaxExchange
import ParallaxFacts

extension CheckSide {
  /// The two sides of a bilingual file, one paragraph per segment (a missing target is an
  /// empty paragraph, which the checker reports), and their one-to-one pairs.
  public static func sides(
    of document: BilingualDocument, extractor: FactExtractor
  ) -> (source: CheckSide, target: CheckSide, pairs: [ParagraphPair]) {
    func report(_ texts: [String], language: String?, suffix: String) -> Report {
      var report = Report(
        id: document.path + suffix, path: document.path, format: .text,
        language: language.map {
          LanguageInfo(
            code: LanguageTag.primary($0), origin: .declared, confidence: 1, declared: $0)
        })
      report.paragraphs = texts.enumerated().map { index, text in
        Paragraph(
          index: index, kind: index == 0 ? .lead : .body, text: TextNormalizer.normalize(text))
      }
      return report
    }
    let ids = document.segments.map(\.id)
    let source = report(
      document.segments.map(\.source), language: document.sourceLanguage, suffix: "#source")
    let target = report(
      document.segments.map { $0.target ?? "" }, language: document.targetLanguage,
      suffix: "#target")
    let pairs = document.segments.indices.map {
      ParagraphPair(left: [$0], right: [$0], score: 1)
    }
    var targetSide = CheckSide(
      report: target, facts: extractor.extract(target), segmentIDs: ids,
      expectedLanguage: document.targetLanguage.map(LanguageTag.primary))
    targetSide.missing = Set(
      document.segments.indices.filter { document.segments[$0].target == nil })
    return (
      CheckSide(
        report: source, facts: extractor.extract(source), segmentIDs: ids,
        expectedLanguage: document.sourceLanguage.map(LanguageTag.primary)),
      targetSide,
      pairs
    )
  }
}
