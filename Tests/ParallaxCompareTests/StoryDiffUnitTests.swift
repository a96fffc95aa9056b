import ParallaxCorpus
import ParallaxFacts
import Testing

@testable import ParallaxCompare

/// `StoryDiff` on small stories written for each rule.
@Suite struct StoryDiffUnitTests {
  /// A report of `paragraphs` (the first is the headline) in `language` at `time`.
  static func item(
    _ id: String, _ language: String, _ time: String, _ paragraphs: [String],
    credit: String? = nil
  ) -> AnalyzedReport {
    let report = Report(
      id: id, path: id, format: .text, outlet: id,
      language: LanguageInfo(code: language, origin: .declared, confidence: 1),
      published: NewsDate(iso: time), credit: credit,
      paragraphs: paragraphs.enumerated().map {
        Paragraph(index: $0, kind: $0 == 0 ? .headline : .body, text: $1)
      })
    return CompareTestSupport.extractor.analyze(report)
  }

  static let wire = [
    "Flood kills 40 in river town",
    "At least 40 people were killed when the river burst its banks on Monday, the civil defence said.",
    "Rescue teams were searching for survivors in the flooded streets of the old town.",
    "The mayor said the water had risen faster than at any time in the past century.",
  ]

  @Test func reprintsOfOneWireAreOneCopyGroup() {
    var reprint = Self.wire
    reprint[3] = "The mayor said the water had risen faster than ever in the past century."
    let story = [
      Self.item("a", "en", "2024-05-06T10:00Z", Self.wire, credit: "Wire"),
      Self.item("b", "en", "2024-05-06T10:20Z", reprint, credit: "Wire"),
      Self.item(
        "c", "en", "2024-05-06T11:00Z",
        [
          "River town counts its dead",
          "Forty-two people died in Monday's flood, according to the regional governor.",
          "Residents described a wall of brown water sweeping through the market square.",
        ]),
    ]
    let diff = StoryDiff(story, names: CompareTestSupport.names)
    #expect(diff.copies.count == 1)
    #expect(diff.copies.first?.reports == ["a", "b"])
    #expect(diff.copies.first?.credits == ["Wire"])
    #expect((diff.copies.first?.similarity ?? 0) >= CopyGroup.copyThreshold)
  }

  @Test func oneReportIsAWarningNotACrash() {
    let diff = StoryDiff([Self.item("a", "en", "2024-05-06T10:00Z", Self.wire)])
    #expect(diff.warnings == ["only 1 report: nothing to compare"])
    #expect(diff.reports.count == 1)
  }

  @Test func noReportsAtAll() {
    let diff = StoryDiff([])
    #expect(diff.measures.isEmpty)
    #expect(diff.reports.isEmpty)
    #expect(diff.warnings == ["only 0 report: nothing to compare"])
  }

  @Test func aRevisionByOneSourceIsNoDisagreement() throws {
    let story = [
      Self.item(
        "early", "en", "2024-05-06T08:00Z",
        ["Flood toll", "At least 12 people were killed in the flood, the civil defence said."]),
      Self.item(
        "late", "en", "2024-05-06T18:00Z",
        ["Flood toll rises", "The civil defence said 40 people were killed in the flood."]),
    ]
    let diff = StoryDiff(story, names: CompareTestSupport.names)
    let toll = try #require(diff.measures.first)
    #expect(toll.disagreements.isEmpty)
    let series = try #require(toll.series.first { $0.source.isNamed })
    #expect(series.values == ["≥ 12", "40"])
    #expect(series.trend == .rose)
  }

  @Test func twoSourcesAtOneTimeWithDifferentTollsDisagree() throws {
    let story = [
      Self.item(
        "one", "en", "2024-05-06T08:00Z",
        [
          "Flood toll disputed",
          "The civil defence said 40 people were killed in the flood.",
          "The Red Crescent said 55 people were killed.",
        ])
    ]
    let diff = StoryDiff(story, names: CompareTestSupport.names)
    let toll = try #require(diff.measures.first)
    #expect(toll.disagreements.count == 1)
    #expect(toll.disagreements.first?.sameReport == true)
  }

  @Test(arguments: [
    (Figure.Qualifier.atLeast, 22.0, Figure.Qualifier.exact, 33.0, true),
    (.moreThan, 30, .exact, 30, false),
    (.exact, 33, .exact, 34, false),
    (.about, 1000, .exact, 1050, true),
    (.atMost, 120, .atLeast, 120, true),
    (.lessThan, 120, .atLeast, 120, false),
  ])
  func intervalsMeet(
    _ q1: Figure.Qualifier, _ v1: Double, _ q2: Figure.Qualifier, _ v2: Double, _ meets: Bool
  ) throws {
    func figure(_ qualifier: Figure.Qualifier, _ value: Double) -> Figure {
      Figure(
        range: TextRange(0, 1), quantityRange: TextRange(0, 1), expressionRange: TextRange(0, 1),
        text: "x", value: ExactNumber(Int(value)), form: .digits, qualifier: qualifier,
        kind: .count)
    }
    let a = try #require(ValueInterval(figure(q1, v1)))
    let b = try #require(ValueInterval(figure(q2, v2)))
    #expect(a.meets(b) == meets)
    #expect(b.meets(a) == meets)
  }
}
