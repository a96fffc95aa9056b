import Testing

@testable import ParallaxCompare
@testable import ParallaxFacts

/// The classes behind story 4's compare lines, on a story of their own (`Fixtures/classes11`:
/// a factory fire, a mayor's toll in the morning and the evening, a union's count between):
/// one body under its name and acronym in two languages, a union's count never paired with
/// the mayor's as a revision, an earlier count of a falling measure kept as earlier, and a
/// denial of the figures before it that denies none of its own.
@Suite struct StoryClassesTests {
  static let folder = "Tests/ParallaxCompareTests/Fixtures/classes11"
  static let story = CompareTestSupport.story([folder])
  static let comparison: ReportComparison? = {
    guard let en = HeldOutSupport.report(story, "en-morning"),
      let fr = HeldOutSupport.report(story, "fr-evening")
    else { return nil }
    return ReportComparison.aligned(en, fr, names: CompareTestSupport.names).comparison
  }()

  static func value(_ mention: FigureMention?) -> Double? { mention?.figure.value.doubleValue }

  @Test func aBodyUnderItsNameAndAcronymIsOneSource() throws {
    let figures = try #require(Self.comparison).figures
    let union = try #require(figures.first { Self.value($0.first) == 10 })
    #expect(union.kind == .same)
    #expect(!union.sourceChanged)
    #expect(union.first?.source == union.second?.source)
    #expect(union.first?.source.isKnown == true)
  }

  @Test func anotherSourcesCountIsNoRevisionOfTheMayors() throws {
    let figures = try #require(Self.comparison).figures
    let killed = figures.filter { $0.measure.hasPrefix("killed") }
    #expect(
      killed.contains {
        $0.kind == .revision && Self.value($0.first) == 6 && Self.value($0.second) == 12
          && !$0.sourceChanged
      })
    #expect(
      !killed.contains {
        let values = [Self.value($0.first), Self.value($0.second)].compactMap { $0 }
        return values.contains(10) && values.contains { $0 == 6 || $0 == 12 }
      })
  }

  @Test func anEarlierCountOfAFallingMeasureStaysEarlier() throws {
    let figures = try #require(Self.comparison).figures
    let trapped = figures.filter { $0.measure.hasPrefix("trapped") }
    #expect(
      trapped.contains {
        $0.kind == .revision && Self.value($0.first) == 9 && Self.value($0.second) == 2
      })
    // The evening's retold 9 is history, never a current count set against the morning's.
    #expect(
      !trapped.contains { $0.isChange && $0.second?.past == false && Self.value($0.second) == 9 })
  }

  @Test func aDenialOfTheFiguresBeforeLeavesTheUnionsCountStanding() throws {
    let figures = try #require(Self.comparison).figures
    let union = try #require(figures.first { Self.value($0.second) == 10 })
    #expect(union.second?.figure.status == .plain)
  }
}
