import Testing

@testable import ParallaxCompare

/// `StoryDiff` on the stories of `Corpus/`, checked against what their READMEs say a diff
/// must show.
@Suite struct StoryDiffCorpusTests {
  static let idleb = CompareTestSupport.diff(["Corpus/idleb-2020-02"])
  static let helior = CompareTestSupport.diff(["Corpus/helior-karayel-2025-06"])

  /// The report id's file part (`en-wire.rss#1`).
  static func short(_ id: String) -> String { String(id.split(separator: "/").last ?? "") }

  static var toll: MeasureGroup? {
    idleb.measures.first { $0.key == "killed × soldiers × turkish" }
  }

  @Test func theTollIsOneMeasureInEveryReportOfTheStory() throws {
    let toll = try #require(Self.toll)
    #expect(Self.idleb.measures.first?.key == toll.key)
    let reports = Set(toll.mentions.map { Self.short($0.report) })
    #expect(
      reports == [
        "fr-quotidien.txt", "fr-echo.txt", "en-wire.rss#0", "en-wire.rss#1",
        "de-abendpost.newsml.xml", "tr-kuzeyhaber.atom#0", "ar-almasdar.html",
        "es-lacronica.nitf.xml", "ru-vestnik.html",
      ])
  }

  @Test func eachSourceTellsItsOwnRise() throws {
    let toll = try #require(Self.toll)
    let sohr = try #require(toll.series.first { $0.source.id == "concept:sohr" })
    #expect(sohr.values == ["> 30", "34"])
    #expect(sohr.trend == .rose)
    #expect(sohr.reports.count == 9)
    let governor = try #require(toll.series.first { $0.source.id == "concept:rahmi-dogan" })
    #expect(governor.values.first == "≥ 22")
    #expect(governor.values.last == "33")
    let authorities = try #require(
      toll.series.first { $0.source.id == "concept:turkish-authorities" })
    #expect(authorities.values == ["≥ 22", "29", "33"])
  }

  @Test func theGovernorIsOneSourceUnderEveryNameAndScript() throws {
    let governor = try #require(
      Self.idleb.sources.first { $0.source.id == "concept:rahmi-dogan" })
    let languages = Set(governor.names.compactMap { $0.split(separator: " ").first })
    #expect(languages.isSuperset(of: ["fr", "en", "tr", "ar"]))
    #expect(governor.reports.count >= 7)
    // The seed's `Il a précisé` is his citation, not one of his names.
    #expect(!governor.names.contains("fr Il"), "\(governor.names)")
    let sohr = try #require(Self.idleb.sources.first { $0.source.id == "concept:sohr" })
    #expect(sohr.reports.count == 9)
  }

  @Test func theOnlyDisagreementIsThirtyThreeAgainstThirtyFour() throws {
    let toll = try #require(Self.toll)
    #expect(!toll.disagreements.isEmpty)
    for pair in toll.disagreements {
      let values = Set([pair.first.valueText, pair.second.valueText])
      #expect(values == ["33", "34"], "\(pair.first.valueText) vs \(pair.second.valueText)")
      let sources = Set([pair.first.source.id, pair.second.source.id])
      #expect(sources.contains("concept:sohr"))
    }
    for group in Self.idleb.measures where group.key != toll.key {
      #expect(group.disagreements.isEmpty, "\(group.key)")
    }
  }

  @Test func theOffStoryItemIsFlagged() {
    let off = Self.idleb.reports.filter(\.offStory).map { Self.short($0.report) }
    #expect(off == ["en-wire.rss#2"])
    #expect(Self.idleb.warnings.count == 1)
    #expect(Self.helior.reports.allSatisfy { !$0.offStory })
  }

  @Test func entitiesOnlyInSomeReports() throws {
    let nato = try #require(Self.idleb.entities.first { $0.id == "concept:nato" })
    #expect(
      Set(nato.reports.map(Self.short)) == [
        "en-wire.rss#1", "fr-echo.txt", "tr-kuzeyhaber.atom#0", "es-lacronica.nitf.xml",
      ])
    let altun = try #require(Self.idleb.entities.first { $0.id == "concept:fahrettin-altun" })
    #expect(altun.reports.count == 7)
    for entity in Self.idleb.entities {
      #expect(entity.evidence.count == entity.reports.count)
    }
  }

  @Test func theTimelineIsInUTC() {
    let times = Self.idleb.reports.compactMap(\.utc)
    #expect(times.count == Self.idleb.reports.count)
    #expect(times == times.sorted())
    let quotidien = Self.idleb.reports.first { Self.short($0.report) == "fr-quotidien.txt" }
    #expect(quotidien?.utc == "2020-02-27T19:15Z")
  }

  @Test func theTakeoverAgreesOnValueAndStake() throws {
    let value = try #require(Self.helior.measures.first { $0.key == "money 2.5 bn EUR" })
    #expect(value.reportCount == 9)
    #expect(value.disagreements.isEmpty)
    let stake = try #require(Self.helior.measures.first { $0.key == "percent 85 %" })
    #expect(stake.reportCount == 9)
  }

  @Test func theSavingsQualifiersConflict() throws {
    let savings = try #require(
      Self.helior.measures.first { group in
        group.mentions.contains { $0.figure.value.doubleValue == 120_000_000 }
      })
    let conflict = try #require(savings.notes.first { $0.kind == .qualifierConflict })
    #expect(conflict.others.map(Self.short) == ["de-abendpost.nitf.xml"])
    #expect(conflict.reports.count >= 2)
  }

  @Test func theRivalBidIsHedgedThenDenied() throws {
    let bid = try #require(
      Self.helior.measures.first { group in
        group.mentions.contains { $0.figure.value.doubleValue == 2_800_000_000 }
      })
    #expect(bid.notes.contains { $0.kind == .denied })
    #expect(bid.notes.contains { $0.kind == .hedged })
    #expect(bid.mentions.allSatisfy { $0.figure.value.doubleValue == 2_800_000_000 })
  }

  @Test func everyFigureCarriesItsEvidence() {
    for group in Self.idleb.measures + Self.helior.measures {
      for mention in group.mentions {
        #expect(mention.evidence.factID.hasPrefix("p\(mention.evidence.paragraph).f"))
        #expect(mention.evidence.range.end > mention.evidence.range.start)
      }
    }
  }
}
