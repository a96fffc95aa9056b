import Foundation
import ParallaxCorpus
import ParallaxFacts

@testable import ParallaxCompare

/// The sample stories of `Corpus/`, loaded and analyzed once for all compare tests.
enum CompareTestSupport {
  /// The package root (three folders above this file).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The extractor with the shipped gazetteer and `Glossaries/`.
  static let extractor: FactExtractor = FactExtractor(glossaries: [glossary])

  /// The shipped `Glossaries/`.
  static let glossary: Glossary = {
    (try? Glossary(folder: packageRoot.appendingPathComponent("Glossaries"))) ?? Glossary()
  }()

  /// The names the diff shows: the glossary, then the gazetteer.
  static var names: Glossary {
    var names = glossary
    names.merge(FactExtractor.gazetteer)
    return names
  }

  /// The reports of `paths` (relative to the package root), analyzed.
  static func story(_ paths: [String]) -> [AnalyzedReport] {
    let full = paths.map { packageRoot.appendingPathComponent($0).path }
    return ReportLoader().load(full).reports.map { extractor.analyze($0) }
  }

  /// The diff of a `Corpus/` story folder (with the seed, when named).
  static func diff(_ paths: [String]) -> StoryDiff { StoryDiff(story(paths), names: names) }
}
