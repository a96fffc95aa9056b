import Foundation
import ParallaxCorpus
import ParallaxFacts

/// The test data of the render tests: fixtures beside this file, the sample corpus of the
/// repository, and one facts extractor for all (it reads the language data once).
enum RenderFixtures {
  /// This test folder.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

  /// The repository's root.
  static let root = folder.deletingLastPathComponent().deletingLastPathComponent()

  /// `Fixtures/<name>`.
  static func fixture(_ name: String) -> String {
    folder.appendingPathComponent("Fixtures").appendingPathComponent(name).path
  }

  /// The shared extractor, with the repository's `Glossaries/` as `parallax facts` reads
  /// them when run from the repository's root (and the gazetteer shipped with Parallax).
  static let extractor: FactExtractor = {
    let folder = root.appendingPathComponent("Glossaries")
    let glossaries = (try? Glossary(folder: folder)).map { [$0] } ?? []
    return FactExtractor(glossaries: glossaries)
  }()

  /// The reports of `path` (a file, a folder or `feed.xml#ITEM`), loaded in order, and
  /// the loader's diagnostics.
  static func reports(_ path: String) -> (reports: [Report], diagnostics: [Diagnostic]) {
    var reports: [Report] = []
    let diagnostics = ReportLoader().forEachReport(in: [path]) { reports.append($0) }
    return (reports, diagnostics)
  }

  /// The reports of `path`, analyzed.
  static func analyzed(_ path: String) -> [AnalyzedReport] {
    reports(path).reports.map { extractor.analyze($0) }
  }
}
