import ParallaxCorpus
import ParallaxFacts

/// An extractor the facts benchmark times: one article's paragraphs in, number of things
/// found out.
struct FactsEngine {
  /// What is measured, as printed.
  var name: String
  /// Extracts from one article (its paragraphs) and returns how many items it found.
  var extract: ([String]) -> Int
}

/// The extractors to time, each built (resources loaded) before the clock starts.
enum FactsEngines {
  /// The engines available in this build.
  static func available(language: String = "fr") -> [FactsEngine] {
    let figures = FigureExtractor(language: language)
    let facts = FactExtractor()
    facts.prepare([language])
    let published = NewsDate(iso: "2020-02-27T20:15:00+01:00")
    return [
      FactsEngine(name: "figures (FigureExtractor \(language))") { paragraphs in
        paragraphs.reduce(0) { $0 + figures.figures(in: $1).count }
      },
      FactsEngine(name: "all facts (FactExtractor)") { paragraphs in
        let report = Report(
          id: "bench", path: "bench", format: .text,
          language: LanguageInfo(code: language, origin: .declared, confidence: 1),
          published: published,
          paragraphs: paragraphs.enumerated().map {
            Paragraph(index: $0.offset, kind: $0.offset == 0 ? .lead : .body, text: $0.element)
          })
        return facts.extract(report).paragraphs.reduce(0) {
          $0 + $1.figures.count + $1.dates.count + $1.entities.count + $1.attributions.count
        }
      },
      FactsEngine(name: "baseline digit-run scan (harness floor, not Parallax)") { paragraphs in
        var runs = 0
        for text in paragraphs {
          var inDigits = false
          for byte in text.utf8 {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isDigit && !inDigits { runs += 1 }
            inDigits = isDigit
          }
        }
        return runs
      },
    ]
  }
}
