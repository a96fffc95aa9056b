import Foundation
import ParallaxCorpus
import Testing

@testable import ParallaxFacts

/// The seed story of `../shared/seeds/`: what issue 3 says the facts must show.
@Suite struct SeedTests {
  static let seedFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/seeds")

  static func seedReport() throws -> Report {
    let names = try FileManager.default.contentsOfDirectory(atPath: seedFolder.path).sorted()
    let name = try #require(names.first { $0.hasSuffix(".txt") })
    var reports: [Report] = []
    _ = ReportLoader().forEachReport(in: [seedFolder.appendingPathComponent(name).path]) {
      reports.append($0)
    }
    return try #require(reports.first)
  }

  static let loaded: (report: Report, facts: ReportFacts)? = {
    guard let report = try? seedReport() else { return nil }
    return (report, FactsTestSupport.extractor.extract(report))
  }()

  private func seed() throws -> (report: Report, facts: ReportFacts) {
    try #require(Self.loaded, "the seed is missing from \(Self.seedFolder.path)")
  }

  /// The attribution whose source (as written) contains `source`, with its paragraph text.
  private func attribution(_ source: String) throws -> (Attribution, String) {
    let (report, facts) = try seed()
    for paragraph in facts.paragraphs {
      for attribution in paragraph.attributions where attribution.source?.contains(source) == true {
        return (attribution, report.paragraphs[paragraph.index].text)
      }
    }
    Issue.record("no attribution to \(source)")
    throw CancellationError()
  }

  @Test func theDateIs27February2020() throws {
    let (_, facts) = try seed()
    #expect(facts.anchorDate == NewsDate(year: 2020, month: 2, day: 27))
    let dates = facts.paragraphs.flatMap(\.dates)
    let written = try #require(dates.first { $0.text == "jeudi 27 février" })
    #expect(written.date == NewsDate(year: 2020, month: 2, day: 27))
    #expect(written.certainty == .inferredYear)
    let thursdays = dates.filter { $0.text.lowercased() == "jeudi" }
    #expect(!thursdays.isEmpty)
    #expect(thursdays.allSatisfy { $0.date == NewsDate(year: 2020, month: 2, day: 27) })
    let wednesday = try #require(dates.first { $0.text.lowercased() == "mercredi" })
    #expect(wednesday.date == NewsDate(year: 2020, month: 2, day: 26))
  }

  @Test func theNamedEntitiesAreFound() throws {
    let (_, facts) = try seed()
    let entities = facts.paragraphs.flatMap(\.entities)
    let expected: [(String, EntityKind)] = [
      ("Recep Tayyip Erdogan", .person), ("Rahmi Dogan", .person), ("Bachar al-Assad", .person),
      ("Idleb", .place), ("Hatay", .place), ("Ankara", .place), ("Anadolu", .organization),
    ]
    for (name, kind) in expected {
      #expect(entities.contains { $0.text == name && $0.kind == kind }, "\(name) as \(kind)")
    }
    let erdogan = entities.filter { $0.text.hasSuffix("Erdogan") }
    #expect(erdogan.count >= 3)
    #expect(Set(erdogan.map(\.key)).count == 1, "one key for every Erdogan mention")
    #expect(erdogan.first?.title == "président")
    let names = Set(entities.map(\.text))
    for word in ["Des", "Plusieurs", "Une", "Peu", "Pourparlers", "Les", "Ces", "Selon", "Le"] {
      #expect(!names.contains(word), "\(word) is not a name")
    }
  }

  @Test func theOSDHAcronymIsLinkedToItsExpansion() throws {
    let (_, facts) = try seed()
    let entities = facts.paragraphs.flatMap(\.entities)
    let acronym = try #require(entities.first { $0.text == "OSDH" })
    #expect(acronym.expansion == "Observatoire syrien des droits de l'Homme")
    let expansion = try #require(entities.first { $0.text == acronym.expansion })
    #expect(expansion.acronym == "OSDH")
    #expect(expansion.kind == .organization)
    #expect(expansion.key == acronym.key)
  }

  @Test func theAuthoritiesAreTheSourceOfTheLead() throws {
    let (lead, text) = try attribution("les autorités du pays")
    #expect(lead.cue == "rapportent")
    #expect(lead.content.slice(of: text).contains("au moins 22 morts"))
    let (selon, selonText) = try attribution("les autorités")
    #expect(selon.cue == "rapportent" || selon.cue == "selon")
    #expect(selon.content.slice(of: selonText).contains("22"))
  }

  @Test func theHatayGovernorSpeaksToAnadolu() throws {
    let (governor, text) = try attribution("le gouverneur de la province de Hatay")
    #expect(governor.source == "le gouverneur de la province de Hatay")
    #expect(governor.cue == "a déclaré")
    #expect(governor.channel?.hasSuffix("Anadolu") == true)
    #expect(governor.content.slice(of: text).hasPrefix("Plusieurs militaires"))
  }

  @Test func theOSDHCountsMoreThan30() throws {
    let (osdh, text) = try attribution("OSDH")
    #expect(osdh.sourceEntity?.concept == "sohr")
    #expect(osdh.cue == "avait fait état de")
    #expect(osdh.content.slice(of: text).contains("plus de 30 soldats turcs tués"))
  }

  @Test func thePresidencyAndTheTurkishMediaAreSourcesOfTheirSentences() throws {
    let (presidency, text) = try attribution("la présidence")
    #expect(presidency.cue == "a indiqué")
    #expect(presidency.content.slice(of: text).hasPrefix("Le président Recep Tayyip Erdogan"))
    let (media, mediaText) = try attribution("les médias turcs")
    #expect(media.cue == "Selon")
    #expect(media.content.slice(of: mediaText).hasPrefix("cette réunion"))
  }

  @Test func everyRangeSlicesItsOwnText() throws {
    let (report, facts) = try seed()
    for paragraph in facts.paragraphs {
      let text = report.paragraphs[paragraph.index].text
      for entity in paragraph.entities { #expect(entity.range.slice(of: text) == entity.text) }
      for date in paragraph.dates { #expect(date.range.slice(of: text) == date.text) }
      for attribution in paragraph.attributions {
        if let range = attribution.sourceRange {
          #expect(range.slice(of: text) == attribution.source)
        }
        if let range = attribution.cueRange { #expect(range.slice(of: text) == attribution.cue) }
      }
    }
  }
}
