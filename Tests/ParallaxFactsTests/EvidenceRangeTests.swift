import Foundation
import ParallaxCorpus
import Testing

@testable import ParallaxFacts

/// Every finding's range points at its own words: what the JSON promises the next stages
/// (and a user with `text[start:end]`).
@Suite struct EvidenceRangeTests {
  @Test func everyRangeOfTheCorpusAndTheSeedSlicesToItsText() throws {
    let root = CorpusFactsTests.root
    let loaded = ReportLoader().load([
      root.appendingPathComponent("Corpus").path,
      root.deletingLastPathComponent().appendingPathComponent("shared/seeds").path,
    ])
    let glossary = try Glossary(folder: root.appendingPathComponent("Glossaries"))
    let extractor = FactExtractor(glossaries: [glossary])
    var checked = 0
    var wrong: [String] = []
    func check(_ text: String, _ range: TextRange?, _ expected: String?, _ what: String) {
      guard let range, let expected else { return }
      checked += 1
      if range.slice(of: text) != expected { wrong.append("\(what): \(range) ≠ «\(expected)»") }
    }
    for report in loaded.reports {
      for paragraph in extractor.extract(report).paragraphs {
        let text = report.paragraphs[paragraph.index].text
        let at = "\(report.id) ¶\(paragraph.index)"
        for figure in paragraph.figures { check(text, figure.expressionRange, figure.text, at) }
        for date in paragraph.dates { check(text, date.range, date.text, at) }
        for entity in paragraph.entities {
          check(text, entity.range, entity.text, at)
          check(text, entity.titleRange, entity.title, at)
        }
        for attribution in paragraph.attributions {
          check(text, attribution.sourceRange, attribution.source, at)
          if let tail = attribution.cueTailRange, let head = attribution.cueRange {
            // A verb in two parts: "hält … für".
            checked += 1
            let written = "\(head.slice(of: text)) … \(tail.slice(of: text))"
            if written != attribution.cue {
              wrong.append("\(at): \(written) ≠ «\(attribution.cue ?? "")»")
            }
          } else {
            check(text, attribution.cueRange, attribution.cue, at)
          }
          check(text, attribution.channelRange, attribution.channel, at)
          #expect(attribution.content.end <= text.unicodeScalars.count, "\(at)")
        }
      }
    }
    print("evidence ranges: \(checked) checked, \(wrong.count) wrong")
    #expect(loaded.reports.count >= 20)
    #expect(checked > 800)
    #expect(wrong.isEmpty, "\(wrong.prefix(10))")
  }
}
