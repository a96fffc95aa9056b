import Foundation
import ParallaxAlign
import ParallaxCorpus
import ParallaxFacts
import Testing

@testable import ParallaxCompare

/// `compare` of a long report and its translation (the benchmark's inputs, shorter): the
/// aligner calls it a translation from the anchors' order alone, and the comparison of two
/// languages finds no word edits and no figure change.
@Suite struct LongTranslationTests {
  /// `path`'s header and its paragraphs repeated `times` times, written to a temporary file.
  static func repeated(_ path: String, times: Int) throws -> String {
    let text = try String(
      contentsOf: CompareTestSupport.packageRoot.appendingPathComponent(path), encoding: .utf8)
    let parts = text.components(separatedBy: "\n\n")
    let body = Array(parts.dropFirst()).filter {
      !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
    let grown = Array(repeating: body, count: times).flatMap { $0 }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-long-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let out = folder.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent)
    try ([parts[0]] + grown).joined(separator: "\n\n").write(
      to: out, atomically: true, encoding: .utf8)
    return out.path
  }

  @Test func aLongTranslationIsParallelFromItsAnchors() throws {
    let fr = try Self.repeated("Corpus/idleb-2020-02/fr-quotidien.txt", times: 4)
    let en = try Self.repeated("Tests/ParallaxCheckTests/Fixtures/idleb/en.txt", times: 4)
    let reports = ReportLoader().load([fr, en]).reports.map {
      CompareTestSupport.extractor.analyze($0)
    }
    try #require(reports.count == 2)
    let (comparison, alignment) = ReportComparison.aligned(
      reports[0], reports[1], names: CompareTestSupport.names)
    #expect(alignment.decision.mode == .parallel)
    #expect(alignment.decision.reason.contains("anchors"), "\(alignment.decision.reason)")
    #expect(!comparison.versions)
    #expect(comparison.edits.isEmpty)
    let toll = comparison.figures.filter { $0.measure == "killed × soldiers × turkish" }
    #expect(!toll.isEmpty)
    #expect(toll.allSatisfy { $0.kind == .same || $0.kind == .history }, "\(toll.map(\.kind))")
  }
}
