import Foundation
import ParallaxCorpus
import ParallaxTestSupport
import Testing

@testable import ParallaxFacts

@Suite struct FactExtractorTests {
  private let extractor = FactsTestSupport.extractor

  private func timed(_ text: String, _ language: String?) -> (ReportFacts, Duration) {
    let report = FactsTestSupport.report([text], language: language)
    var facts: ReportFacts?
    // The thread's CPU time: a bound on work, whatever else the shared machine runs.
    let seconds = ThreadCPUTime.measure { facts = extractor.extract(report) }
    return (facts ?? ReportFacts(reportID: "", language: ""), .seconds(seconds))
  }

  @Test func aParagraphOfDigitsIsBounded() {
    let (facts, elapsed) = timed(String(repeating: "1234567890", count: 20_000), "fr")
    #expect(elapsed < .seconds(10), "\(elapsed)")
    #expect(facts.paragraphs.count == 1)
    #expect(facts.paragraphs[0].entities.isEmpty)
  }

  @Test func aParagraphOfCapitalizedWordsIsBounded() {
    let words = (0..<20_000).map { "Mot\($0 % 97 == 0 ? "." : "")" }.joined(separator: " ")
    let (facts, elapsed) = timed(words.replacingOccurrences(of: "0", with: ""), "fr")
    #expect(elapsed < .seconds(10), "\(elapsed)")
    #expect(facts.paragraphs[0].entities.allSatisfy { $0.range.length < 200 })
  }

  @Test func mixedScriptsDoNotCrash() {
    let piece =
      "Эрдоган said « أردوغان » 22'si İdlib'de ٣٣ جنديا, 2,5 млн $ 1.000 – „zweiundzwanzig“ "
      + "\u{202F}\u{200D}\u{0301}🇹🇷 (OSDH) l’ d' 27. "
    let (facts, elapsed) = timed(String(repeating: piece, count: 400), nil)
    #expect(elapsed < .seconds(10), "\(elapsed)")
    let text = String(repeating: piece, count: 400)
    for entity in facts.paragraphs[0].entities {
      #expect(entity.range.slice(of: text) == entity.text)
    }
  }

  @Test func emptyAndPunctuationOnlyParagraphs() {
    for text in ["", " ", "...", "« »", "'", "(", "-- --"] {
      let (facts, _) = timed(text, "fr")
      #expect(facts.paragraphs.count == 1)
    }
  }

  @Test func theLanguageIsGuessedWhenMissing() {
    let cases = [
      ("fr", "Selon les autorités, les soldats ont été tués dans la région."),
      ("de", "Laut dem Gouverneur wurden die Soldaten in der Region getötet."),
      ("es", "Según las autoridades, los soldados murieron en la región."),
      ("en", "According to the officials, the soldiers were killed in the region."),
      ("tr", "Yetkililere göre bu saldırıda bir asker ve bir sivil öldü."),
      ("ru", "По данным властей, в этом районе погибли солдаты."),
      ("ar", "وقال المرصد إن الجنود قتلوا في هذه المنطقة من إدلب."),
    ]
    for (language, text) in cases {
      let (facts, _) = timed(text, nil)
      #expect(facts.language == language, "\(text)")
    }
  }

  @Test func factsRoundTripThroughJSON() throws {
    let report = FactsTestSupport.report(
      ["Au moins 22 soldats turcs ont été tués jeudi, selon les autorités d'Ankara."],
      language: "fr")
    let facts = extractor.extract(report)
    let data = try JSONEncoder().encode(facts)
    let decoded = try JSONDecoder().decode(ReportFacts.self, from: data)
    #expect(decoded == facts)
    #expect(facts.paragraphs[0].attributions.first?.figures == [0])
    #expect(facts.paragraphs[0].dates.first?.date == NewsDate(year: 2020, month: 2, day: 27))
  }

  @Test func aDayFromTheTextAnchorsAMonthOnlyPublicationDate() {
    let report = FactsTestSupport.report(
      ["Les frappes ont eu lieu jeudi 27 février.", "Des pourparlers avaient eu lieu mercredi."],
      language: "fr", date: NewsDate(year: 2020, month: 2))
    let facts = extractor.extract(report)
    #expect(facts.anchorDate == NewsDate(year: 2020, month: 2, day: 27))
    #expect(facts.paragraphs[1].dates.first?.date == NewsDate(year: 2020, month: 2, day: 26))
  }
}
