import ParallaxAlign
import ParallaxCorpus
import Testing

/// Comparable and auto mode on inputs that break naive aligners: no crash, every unit in at
/// most one link, a warning where confidence is low.
@Suite struct ComparableBadInputTests {
  static func check(_ result: ReportAlignment) {
    let first = result.links.flatMap(\.first)
    let second = result.links.flatMap(\.second)
    #expect(Set(first).count == first.count && Set(second).count == second.count)
    #expect(first.allSatisfy { (0..<result.firstCount).contains($0) })
    #expect(second.allSatisfy { (0..<result.secondCount).contains($0) })
    #expect(result.decision.mode != .auto)
  }

  @Test(arguments: [AlignmentMode.auto, .comparable])
  func emptyAgainstALongReport(mode: AlignmentMode) {
    let result = Aligner().align(
      AlignmentSide(units: [], language: "fr", name: "empty"),
      AlignmentSide(units: BadInputTests.english, language: "en"), mode: mode)
    Self.check(result)
    #expect(result.links.isEmpty)
    #expect(result.unmatchedSecond == Array(0..<5))
    #expect(result.diagnostics.contains { $0.severity == .warning })
  }

  @Test func oneParagraphAgainstALongOne() {
    let result = Aligner().align(
      AlignmentSide(units: [BadInputTests.french[2]], language: "fr"),
      AlignmentSide(units: BadInputTests.english, language: "en"), mode: .auto)
    Self.check(result)
    #expect(result.pairs.map { [$0.first, $0.second] } == [[0, 2]])
    #expect(result.unmatchedSecond == [0, 1, 3, 4])
  }

  @Test func identicalReportsAreVersionsExactlyMatched() {
    let side = AlignmentSide(units: BadInputTests.french, language: "fr")
    let result = Aligner().align(side, side, mode: .auto)
    Self.check(result)
    #expect(result.decision.versions)
    #expect(result.pairs.map { [$0.first, $0.second] } == (0..<5).map { [$0, $0] })
    #expect(result.links.allSatisfy { !$0.moved && $0.score > 0.9 })
  }

  @Test func movedParagraphIsMarked() {
    var reordered = BadInputTests.french
    reordered.swapAt(1, 4)
    reordered.remove(at: 2)
    let result = Aligner().align(
      AlignmentSide(units: BadInputTests.french, language: "fr"),
      AlignmentSide(units: reordered, language: "fr"), mode: .comparable)
    Self.check(result)
    #expect(
      Set(result.pairs.map { [$0.first, $0.second] }) == [[0, 0], [1, 3], [3, 2], [4, 1]])
    #expect(result.unmatchedFirst == [2])
    // A swap of two paragraphs leaves a run of two of the four links: two moved.
    #expect(result.links.filter(\.moved).count == 2)
  }

  @Test func unrelatedLanguagesWarn() {
    let arabic = ["مرحبا بكم في المدينة الجميلة", "الطقس حار جدا اليوم في الصحراء"]
    let result = Aligner().align(
      AlignmentSide(
        units: ["Die Katze schläft auf dem Sofa.", "Der Zug fährt um neun."], language: "de"),
      AlignmentSide(units: arabic, language: "ar"), mode: .auto)
    Self.check(result)
    #expect(result.diagnostics.contains { $0.severity == .warning })
  }

  @Test func aLanguageWithNoDictionaryGetsANote() {
    let result = Aligner().align(
      AlignmentSide(units: BadInputTests.french, language: "fr"),
      AlignmentSide(units: BadInputTests.english, language: "xx"), mode: .comparable)
    Self.check(result)
    #expect(result.diagnostics.contains { $0.message.contains("no dictionary") })
  }

  @Test func candidateListsStayLinearOnLongInputs() {
    let units = (0..<3000).map { "Unit \($0) speaks of item \($0 * 7919 % 100_003) today." }
    let result = Aligner().align(
      AlignmentSide(units: units, language: "en"),
      AlignmentSide(units: units.reversed(), language: "en"), mode: .comparable)
    Self.check(result)
    #expect(result.links.count >= 2900)
  }
}
