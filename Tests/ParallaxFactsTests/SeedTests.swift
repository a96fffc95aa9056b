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
    for exact in [true, false] {
      for paragraph in facts.paragraphs {
        for attribution in paragraph.attributions {
          guard let written = attribution.source else { continue }
          if exact ? written == source : written.contains(source) {
            return (attribution, report.paragraphs[paragraph.index].text)
          }
        }
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
    #expect(selon.cue == "selon")
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

  /// The figures an attribution covers.
  private func figures(of attribution: Attribution, source: String) throws -> [Figure] {
    let (_, facts) = try seed()
    let paragraph = try #require(
      facts.paragraphs.first { $0.attributions.contains(attribution) }, "paragraph of \(source)")
    return attribution.figures.map { paragraph.figures[$0] }
  }

  @Test func atLeast22KilledTurkishSoldiersAccordingToTheAuthorities() throws {
    for source in ["les autorités du pays", "les autorités"] {
      let (attribution, _) = try attribution(source)
      let figure = try #require(try figures(of: attribution, source: source).first, "\(source)")
      #expect(figure.value == ExactNumber(22))
      #expect(figure.qualifier == .atLeast)
      #expect(figure.measure?.event?.concept == "killed")
      #expect(figure.measure?.affiliation?.concept == "turkish")
    }
    let (selon, _) = try attribution("les autorités")
    let soldiers = try figures(of: selon, source: "les autorités").first
    #expect(soldiers?.measure?.counted?.concept == "soldiers")
  }

  @Test func severalWoundedSoldiersAreVagueAndFromTheGovernor() throws {
    let (governor, _) = try attribution("le gouverneur de la province de Hatay")
    let figure = try #require(try figures(of: governor, source: "governor").first)
    #expect(figure.qualifier == .vague)
    #expect(figure.text == "Plusieurs")
    #expect(figure.measure?.event?.concept == "wounded")
    #expect(governor.channel?.contains("Anadolu") == true)
  }

  @Test func moreThan30KilledSoldiersFromTheOSDH() throws {
    let (osdh, _) = try attribution("OSDH")
    let figure = try #require(try figures(of: osdh, source: "OSDH").first)
    #expect(figure.value == ExactNumber(30))
    #expect(figure.qualifier == .moreThan)
    #expect(figure.measure?.event?.concept == "killed")
    #expect(figure.measure?.counted?.concept == "soldiers")
  }

  @Test func articlesAndFrequenciesAreNotFigures() throws {
    let (report, facts) = try seed()
    for paragraph in facts.paragraphs {
      let text = report.paragraphs[paragraph.index].text
      for figure in paragraph.figures {
        let written = figure.range.slice(of: text).lowercased()
        let after = TextRange(
          figure.range.end, min(figure.range.end + 8, text.unicodeScalars.count)
        )
        .slice(of: text)
        #expect(!(written == "un" && after.hasPrefix(" conseil")), "un conseil")
        #expect(!(written == "une" && after.hasPrefix(" ONG")), "une ONG")
        #expect(!(written == "plusieurs" && after.hasPrefix(" fois")), "plusieurs fois")
      }
    }
    let all = facts.paragraphs.flatMap(\.figures)
    #expect(all.count == 4, "\(all.map(\.text))")
  }

  /// `PARALLAX_DUMP=1 swift test --filter SeedTests/dump` prints the seed's facts as JSON.
  @Test func dump() throws {
    let (_, facts) = try seed()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let json = String(decoding: try encoder.encode(facts), as: UTF8.self)
    #expect(json.contains("\"reportID\""))
    if ProcessInfo.processInfo.environment["PARALLAX_DUMP"] != nil { print(json) }
  }
}
