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

  static let facts: ReportFacts? = {
    guard let report = try? seedReport() else { return nil }
    return FactExtractor().extract(report)
  }()

  @Test func dump() throws {
    let facts = try #require(Self.facts)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    if ProcessInfo.processInfo.environment["PARALLAX_DUMP"] != nil {
      print(String(decoding: try encoder.encode(facts), as: UTF8.self))
    }
  }
}
