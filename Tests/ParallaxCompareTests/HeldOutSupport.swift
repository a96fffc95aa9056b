import Foundation
import ParallaxFacts

@testable import ParallaxCompare

/// What the held-out story suites (`HeldOutStoryTests`, `HeldOutStory4Tests`) share: report
/// names, source matching, a comparison under the README's alignment, and the score line.
enum HeldOutSupport {
  /// A report id without its folder: `en-northline.rss#1`.
  static func short(_ id: String) -> String { String(id.split(separator: "/").last ?? "") }

  /// Whether `mention` has a named source written as one of `surfaces` (lowercased parts).
  static func named(_ mention: FigureMention, _ surfaces: [String]) -> Bool {
    let name = (mention.sourceSurface ?? mention.source.name).lowercased()
    return mention.source.isNamed && surfaces.contains { name.contains($0) }
  }

  /// The report of `story` whose short id starts with `prefix`.
  static func report(_ story: [AnalyzedReport], _ prefix: String) -> AnalyzedReport? {
    story.first { short($0.id).hasPrefix(prefix) }
  }

  /// The comparison of the reports `a` and `b` of `story` under the alignment `align` (the
  /// one the README implies), each pair given as paragraph numbers and whether it moved.
  static func comparison(
    _ story: [AnalyzedReport], _ a: String, _ b: String,
    align: [(left: [Int], right: [Int])], moved: Set<Int> = []
  ) -> ReportComparison? {
    guard let first = report(story, a), let second = report(story, b) else { return nil }
    let pairs = align.enumerated().map { position, pair in
      ParagraphPair(
        left: pair.left, right: pair.right, score: 1, moved: moved.contains(position))
    }
    return ReportComparison(first, second, pairs: pairs, names: CompareTestSupport.names)
  }

  /// The score line a held-out suite prints: `held-out NAME: N/M README lines hold; failing: …`.
  static func score(_ name: String, _ lines: [(id: String, holds: Bool)]) -> String {
    let held = lines.filter(\.holds).count
    return "held-out \(name): \(held)/\(lines.count) README lines hold; failing: "
      + lines.filter { !$0.holds }.map(\.id).joined(separator: " ")
  }
}
