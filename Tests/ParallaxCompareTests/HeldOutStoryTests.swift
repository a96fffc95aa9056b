import Foundation
import Testing

@testable import ParallaxCompare

/// `StoryDiff` and `ReportComparison` on `Fixtures/story3`, a story written as a held-out
/// stand-in (a ferry capsizing in six languages and six formats), checked line by line
/// against its README, which was written before Parallax ran on it. Prints how many lines
/// hold and fails below the floor.
@Suite struct HeldOutStoryTests {
  static let folder = "Tests/ParallaxCompareTests/Fixtures/story3"
  static let story = CompareTestSupport.story([folder])
  static let diff = StoryDiff(story, names: CompareTestSupport.names)

  /// README lines that hold today; floors only rise.
  static let floor = 24

  /// The Coast Guard as the reports name it, in every language.
  static let coastGuard = [
    "coast guard", "garde-côtes", "küstenwache", "guardia costera", "sahil güvenlik",
    "خفر السواحل",
  ]

  static func short(_ id: String) -> String { HeldOutSupport.short(id) }

  /// The mentions of the group whose key starts with `prefix`.
  static func mentions(_ prefix: String) -> [FigureMention] {
    diff.measures.filter { $0.key.hasPrefix(prefix) }.flatMap(\.mentions)
  }

  static func named(_ mention: FigureMention, _ surfaces: [String]) -> Bool {
    HeldOutSupport.named(mention, surfaces)
  }

  /// Whether `report` gives `value` for the measure `prefix`, from a source named as one of
  /// `surfaces` (any named source when empty).
  static func gives(
    _ prefix: String, _ report: String, _ value: Double, by surfaces: [String]
  ) -> Bool {
    mentions(prefix).contains {
      short($0.report).hasPrefix(report) && $0.figure.value.doubleValue == value
        && (surfaces.isEmpty ? true : named($0, surfaces))
    }
  }

  static let governorID = "name:selim aksoy"

  /// Each README line and whether it holds.
  static func lines() -> [(id: String, holds: Bool)] {
    var result: [(String, Bool)] = []
    let killed = "killed"
    // Figures.
    result.append(("D1", gives(killed, "fr-courrier-v1", 9, by: coastGuard)))
    result.append(
      ("D2", ["en-", "tr-", "de-"].allSatisfy { gives(killed, $0, 17, by: coastGuard) }))
    result.append(
      ("D3", ["es-", "ar-", "fr-courrier-v2"].allSatisfy { gives(killed, $0, 23, by: coastGuard) }))
    let toll = diff.measures.filter { $0.key.hasPrefix(killed) }.flatMap(\.series)
    result.append(
      (
        "D4",
        toll.contains { series in
          series.source.isNamed
            && series.values.map { $0.replacingOccurrences(of: "≥ ", with: "") }
              .filter { ["9", "17", "23"].contains($0) } == ["9", "17", "23"]
        }
      ))
    let governor = mentions(killed).filter { $0.source.id == governorID }
    result.append(
      (
        "D5",
        ["de-", "tr-"].allSatisfy { name in
          governor.contains {
            short($0.report).hasPrefix(name) && $0.figure.value.doubleValue == 19
          }
        }
      ))
    let disagreements = diff.measures.filter { $0.key.hasPrefix(killed) }.flatMap(\.disagreements)
    result.append(
      (
        "D6",
        disagreements.contains { pair in
          let sides = [pair.first, pair.second]
          return sides.contains { $0.source.id == governorID && $0.figure.value.doubleValue == 19 }
            && sides.contains { named($0, coastGuard) && $0.figure.value.doubleValue == 17 }
        }
          && !disagreements.contains { [$0.first, $0.second].allSatisfy { named($0, coastGuard) } }
      ))
    let earlier = mentions(killed).filter { short($0.report).hasPrefix("es-") && $0.past }
    result.append(
      (
        "D7",
        Set(earlier.map(\.figure.value.doubleValue)) == [9, 17]
          && gives(killed, "es-", 19, by: ["gobernador", "aksoy"])
          && mentions(killed).contains {
            short($0.report).hasPrefix("ar-") && $0.source.id == governorID
              && $0.figure.value.doubleValue == 19
          }
      ))
    // Other measures.
    let missing = diff.measures.first { $0.key.hasPrefix("missing") }
    let missingValues = Dictionary(
      (missing?.mentions ?? []).map { (short($0.report), $0.figure.value.doubleValue) },
      uniquingKeysWith: { a, _ in a })
    let expectedMissing: [String: Double] = [
      "fr-courrier-v1.atom#0": 40, "tr-kiyipostasi.txt": 32, "en-meridian.html": 32,
      "de-rheinbote.nitf.xml": 32, "es-elfaro.rss#0": 26, "ar-sawtalsahil.newsml.xml": 26,
      "fr-courrier-v2.atom#0": 26,
    ]
    result.append(
      (
        "M1",
        missingValues == expectedMissing
          && !(missing?.series ?? []).contains { $0.trend == .rose }
      ))
    let rescued = diff.measures.first { group in
      group.mentions.allSatisfy { $0.figure.value.doubleValue == 163 } && group.reportCount == 7
    }
    result.append(("M2", rescued != nil))
    let aboard = diff.measures.first { group in
      group.mentions.contains { $0.figure.value.doubleValue == 212 }
    }
    result.append(
      ("M3", aboard.map { $0.reportCount >= 6 && $0.disagreements.isEmpty } ?? false))
    let all = diff.measures.flatMap(\.mentions)
    let noise: Set<Double> = [70, 34, 1_200_000, 4, 11, 60, 6.4]
    result.append(
      (
        "M4",
        !all.contains { noise.contains($0.figure.value.doubleValue) }
          && !all.contains {
            short($0.report).hasPrefix("en-") && $0.figure.value.doubleValue == 40
          }
      ))
    // Sources.
    let guardSources = Set(all.filter { named($0, coastGuard) }.map(\.source.id))
    let guardLanguages = Set(
      all.filter { named($0, coastGuard) }.map { String($0.language.prefix(2)) })
    result.append(("S1", guardSources.count == 1 && guardLanguages.count >= 5))
    let governorNames = diff.sources.first { $0.source.id == governorID }?.names ?? []
    result.append(
      (
        "S2",
        ["tr ", "de", "ar "].allSatisfy { prefix in governorNames.contains { $0.hasPrefix(prefix) }
        }
      ))
    let company = all.filter {
      $0.figure.value.doubleValue == 212 && named($0, ["company", "tesmir"])
    }
    result.append(("S3", Set(company.map { short($0.report).prefix(3) }) == ["en-", "tr-"]))
    // Entities.
    let oral = diff.entities.first { $0.name.contains("Ferit Oral") }
    let kaplan = diff.entities.first { $0.name.contains("Derya Kaplan") }
    result.append(
      (
        "E1",
        (oral?.reports.count ?? 0) == 6
          && (kaplan?.reports.map(short) ?? []) == ["en-meridian.html"]
      ))
    // Timeline.
    result.append(
      (
        "T1",
        diff.reports.map { short($0.report) } == [
          "fr-courrier-v1.atom#0", "tr-kiyipostasi.txt", "en-meridian.html",
          "de-rheinbote.nitf.xml", "fr-courrier-v2.atom#0", "ar-sawtalsahil.newsml.xml",
          "es-elfaro.rss#0",
        ]
      ))
    // The version pair, as the diff's version chain and as a comparison.
    let chain = diff.versions.first
    result.append(
      ("V1", chain?.reports.map(short) == ["fr-courrier-v1.atom#0", "fr-courrier-v2.atom#0"]))
    let changes = (chain?.changes ?? []).joined(separator: " · ")
    result.append(("V2", changes.contains("9 → 23") && !changes.contains("source:")))
    result.append(("V3", changes.contains("40 → 26")))
    let versions = comparison(
      "fr-courrier-v1", "fr-courrier-v2",
      align: [
        ([0], [0]), ([1], [1]), ([2], [2]), ([3], [3]), ([], [4]), ([4], [5]), ([], [6]),
        ([5], [7]),
      ])
    let editedPairs = Set(versions?.edits.map(\.pair) ?? [])
    result.append(
      (
        "V5",
        versions.map { $0.versions && editedPairs.contains(7) && !editedPairs.contains(2) } ?? false
      ))
    let revised = versions?.figures.filter { $0.kind == .revision } ?? []
    result.append(
      (
        "V6",
        (versions?.summary.contains("9 → 23") ?? false)
          && revised.contains { $0.first?.figure.value.doubleValue == 9 && !$0.sourceChanged }
      ))
    result.append(
      ("V7", versions?.sourcesOnlyInSecond.contains { $0.source.id == governorID } ?? false))
    // The cross-language pair.
    let cross = comparison(
      "de-rheinbote", "ar-sawtalsahil",
      align: [
        ([0], [0]), ([1], [1]), ([2], [2]), ([3], [4]), ([4], [3]), ([5], []), ([6], [6]),
        ([7], [5]),
      ])
    let crossFigures = cross?.figures ?? []
    result.append(
      (
        "X1",
        crossFigures.contains {
          $0.kind == .same && $0.first?.source.id == governorID
            && $0.second?.source.id == governorID
        }
      ))
    result.append(
      (
        "X2",
        crossFigures.contains {
          $0.measure.hasPrefix("missing") && $0.kind == .revision
            && $0.first?.figure.value.doubleValue == 32 && $0.second?.figure.value.doubleValue == 26
        }
      ))
    let oneSided = (cross?.onlyInFirst ?? []) + (cross?.onlyInSecond ?? [])
    result.append(
      ("X3", !oneSided.contains { $0.name.contains("Aksoy") || $0.name.contains("أقصوي") }))
    return result
  }

  static func comparison(
    _ a: String, _ b: String, align: [(left: [Int], right: [Int])]
  ) -> ReportComparison? {
    HeldOutSupport.comparison(story, a, b, align: align)
  }

  @Test func theReadmeLinesHold() {
    #expect(Self.story.count == 7)
    let lines = Self.lines()
    print(HeldOutSupport.score("story3", lines))
    #expect(lines.filter(\.holds).count >= Self.floor)
  }
}
