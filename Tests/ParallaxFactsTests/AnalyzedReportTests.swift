import Foundation
import ParallaxCorpus
import Testing

@testable import ParallaxFacts

/// The analyzed report: metadata, text, sentences, facts with stable ids, links both ways.
@Suite struct AnalyzedReportTests {
  static let text = [
    "Deux morts à Idleb.",
    "Au moins 22 soldats turcs ont été tués jeudi, selon les autorités d'Ankara. "
      + "L'OSDH a fait état de plus de 30 morts.",
  ]

  static let analyzed: AnalyzedReport = {
    var report = FactsTestSupport.report(text, language: "fr")
    report.title = "Frappes à Idleb"
    report.outlet = "Le Quotidien"
    report.url = "https://quotidien.example/idleb"
    report.byline = "Jeanne Martin"
    return FactsTestSupport.extractor.analyze(report)
  }()

  @Test func carriesTheReportsMetadataAndText() {
    let report = Self.analyzed
    #expect(report.schemaVersion == AnalyzedReport.currentSchemaVersion)
    #expect(report.id == "test")
    #expect(report.metadata.path == "test.txt")
    #expect(report.metadata.title == "Frappes à Idleb")
    #expect(report.metadata.outlet == "Le Quotidien")
    #expect(report.metadata.url == "https://quotidien.example/idleb")
    #expect(report.metadata.byline == "Jeanne Martin")
    #expect(report.metadata.language?.code == "fr")
    #expect(report.metadata.published == NewsDate(year: 2020, month: 2, day: 27))
    #expect(report.language == "fr")
    #expect(report.paragraphs.map(\.text) == Self.text)
    #expect(report.paragraphs.map(\.index) == [0, 1])
  }

  @Test func sentencesAreTheSplittersRanges() {
    let paragraph = Self.analyzed.paragraphs[1]
    #expect(paragraph.sentences.count == 2)
    #expect(paragraph.sentenceText(0).hasPrefix("Au moins 22"))
    #expect(paragraph.sentenceText(0).hasSuffix("d'Ankara."))
    #expect(paragraph.sentenceText(1) == "L'OSDH a fait état de plus de 30 morts.")
    #expect(paragraph.sentenceText(2) == "")
  }

  @Test func everyFactHasItsIdAndSentence() throws {
    let paragraph = Self.analyzed.paragraphs[1]
    #expect(paragraph.figures.map(\.id.description) == ["p1.f0", "p1.f1"])
    #expect(paragraph.figures.map(\.sentence) == [0, 1])
    #expect(paragraph.dates.map(\.id.description) == ["p1.d0"])
    #expect(paragraph.entities.enumerated().allSatisfy { $1.id.description == "p1.e\($0)" })
    #expect(paragraph.attributions.enumerated().allSatisfy { $1.id.description == "p1.a\($0)" })
    let osdh = try #require(paragraph.entities.first { $0.entity.text == "OSDH" })
    #expect(osdh.sentence == 1)
  }

  @Test func attributionsAndFiguresAreLinkedBothWaysByID() throws {
    let report = Self.analyzed
    let paragraph = report.paragraphs[1]
    let selon = try #require(paragraph.attributions.first { $0.attribution.cue == "selon" })
    #expect(selon.figures == [FactID(paragraph: 1, kind: .figure, number: 0)])
    #expect(paragraph.figures[0].attributions == [selon.id])
    // Every link has its way back.
    for paragraph in report.paragraphs {
      for attribution in paragraph.attributions {
        for figure in attribution.figures {
          #expect(report.figure(figure)?.attributions.contains(attribution.id) == true)
        }
      }
      for figure in paragraph.figures {
        for attribution in figure.attributions {
          #expect(report.attribution(attribution)?.figures.contains(figure.id) == true)
        }
      }
    }
    #expect(report.facts.paragraphs[1].attributions.first { $0.cue == "selon" }?.figures == [0])
  }

  @Test func jsonRoundTripsAndNamesFactsByID() throws {
    let report = Self.analyzed
    let data = try JSONEncoder().encode(report)
    #expect(try JSONDecoder().decode(AnalyzedReport.self, from: data) == report)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(json["schemaVersion"] as? Int == 2)
    let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
    let figure = try #require((paragraphs[1]["figures"] as? [[String: Any]])?.first)
    #expect(figure["id"] as? String == "p1.f0")
    #expect(figure["text"] as? String == "Au moins 22", "the figure's own fields beside its id")
    #expect(figure["qualifier"] as? String == "atLeast")
    let attributions = try #require(paragraphs[1]["attributions"] as? [[String: Any]])
    let selon = try #require(attributions.first { $0["cue"] as? String == "selon" })
    #expect(selon["figures"] as? [String] == ["p1.f0"])
    #expect(figure["attributions"] as? [String] == [selon["id"] as? String ?? "?"])
  }

  /// `AttributionFact` writes `Attribution`'s fields itself: a field added to `Attribution`
  /// must be added there too.
  @Test func anAttributionFactWritesEveryFieldOfAnAttribution() throws {
    var attribution = Attribution(
      kind: .verb, source: "s", sourceRange: TextRange(0, 1),
      sourceEntity: EntityKey(name: "Source", concept: "c"), cue: "dit",
      cueRange: TextRange(2, 5), content: TextRange(0, 9), channel: "AFP",
      channelRange: TextRange(6, 9), quote: TextRange(1, 2), figures: [0])
    attribution.cueTailRange = TextRange(7, 8)
    let fact = AttributionFact(
      id: FactID(paragraph: 0, kind: .attribution, number: 0), sentence: 0,
      attribution: attribution, figures: [FactID(paragraph: 0, kind: .figure, number: 0)])
    func keys(_ value: some Encodable) throws -> Set<String> {
      let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
      return Set((object as? [String: Any] ?? [:]).keys)
    }
    #expect(try keys(fact) == keys(attribution).union(["id", "sentence"]))
    let decoded = try JSONDecoder().decode(
      AttributionFact.self, from: JSONEncoder().encode(fact))
    #expect(decoded == fact)
  }

  @Test(arguments: ["p3.f1", "p0.d0", "p12.e2", "p3.a0"])
  func factIDsReadBackFromTheirText(_ text: String) {
    #expect(FactID(text)?.description == text)
  }

  @Test(arguments: ["", "p", "p3", "p3.", "p3.x1", "3.f1", "p-1.f1", "p3.f", "p3.f1x", "p 3.f1"])
  func notFactIDs(_ text: String) {
    #expect(FactID(text) == nil)
  }
}
