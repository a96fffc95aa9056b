import Foundation
import Testing

@testable import ParallaxCompare
@testable import ParallaxFacts

/// Story4's two `compare` pairs: the Northline update (V1–V7) and fr ↔ ar (X1–X5).
extension HeldOutStory4Tests {
  /// en #0 → en #1 as the README aligns them: ¶1 edited, ¶2 = ¶3, ¶5 = ¶4 (moved), ¶3 = ¶6,
  /// ¶4 → ¶7 edited, ¶2, ¶5 and ¶8 of #1 added.
  static let versionPairs: [(left: [Int], right: [Int])] = [
    ([0], [0]), ([1], [1]), ([], [2]), ([2], [3]), ([5], [4]), ([], [5]), ([3], [6]), ([4], [7]),
    ([], [8]),
  ]

  /// fr ↔ ar as the README's paragraphs answer each other (¶3 union ↔ ar ¶4, ¶4 blast ↔ ar ¶3).
  static let crossPairs: [(left: [Int], right: [Int])] = [
    ([0], [0]), ([1], [1]), ([2], [2]), ([3], [4]), ([4], [3]), ([5], [5]), ([6], []), ([], [6]),
    ([7], [7]),
  ]

  /// The change of measure `event` between the values `a` and `b` (either side absent: nil).
  static func change(
    _ changes: [FigureChange], _ event: String, _ a: Double?, _ b: Double?
  ) -> [FigureChange] {
    changes.filter { $0.measure.hasPrefix(event) && value($0.first) == a && value($0.second) == b }
  }

  /// Whether both sides of `change` come from the governor.
  static func byGovernor(_ change: FigureChange) -> Bool {
    [change.first, change.second].allSatisfy { $0.map { from($0, governor) } ?? false }
  }

  static func compareLines() -> [(id: String, holds: Bool)] {
    versionLines() + crossLines()
  }

  static func versionLines() -> [(id: String, holds: Bool)] {
    var result: [(String, Bool)] = []
    let versions = HeldOutSupport.comparison(
      story, "en-northline.rss#0", "en-northline.rss#1",
      align: versionPairs, moved: [4])
    let old = HeldOutSupport.report(story, "en-northline.rss#0")
    let new = HeldOutSupport.report(story, "en-northline.rss#1")
    let aligned = old.flatMap { a in
      new.map { ReportComparison.aligned(a, $0, names: CompareTestSupport.names).comparison }
    }
    let inOrder = [new, old].compactMap { $0 }
    result.append(
      (
        "V1",
        (aligned?.versions ?? false)
          && ReportComparison.versionsInOrder(inOrder)?.map(\.id)
            == [old?.id, new?.id].compactMap { $0 }
          && diff.versions.first?.reports.map(HeldOutSupport.short)
            == ["en-northline.rss#0", "en-northline.rss#1"]
      ))
    let figures = versions?.figures ?? []
    result.append(
      (
        "V2",
        change(figures, "killed", 11, 19).contains {
          $0.kind == .revision && !$0.sourceChanged && byGovernor($0)
            && $0.first?.figure.qualifier == .atLeast
        }
      ))
    result.append(
      (
        "V3",
        change(figures, "trapped", 31, 17).contains {
          $0.kind == .revision && !$0.sourceChanged && byGovernor($0)
        }
      ))
    // V4–V5 hold of the aligner's own pairing, which `parallax compare` shows, and V5 also
    // of the word diff under the README's pairing.
    let pairs = aligned?.pairs ?? []
    result.append(
      (
        "V4",
        Set(pairs.filter { $0.left.isEmpty }.map(\.right)) == [[2], [5], [8]]
          && !pairs.contains { $0.right.isEmpty }
      ))
    let links = Set(pairs.filter(\.isMatched).map { [$0.left, $0.right] })
    let expected: Set<[[Int]]> = [[[1], [1]], [[2], [3]], [[3], [6]], [[4], [7]], [[5], [4]]]
    let editedAsReadme: Set<[[Int]]> = [[[1], [1]], [[4], [7]]]
    result.append(
      (
        "V5",
        expected.isSubset(of: links)
          && pairs.contains { $0.left == [5] && $0.right == [4] && $0.moved }
          && editedPairs(aligned).subtracting([[[0], [0]]]) == editedAsReadme
          && editedPairs(versions).subtracting([[[0], [0]]]) == editedAsReadme
      ))
    let summary = versions?.summary ?? ""
    result.append(("V6", summary.contains("11 → 19") && summary.contains("31 → 17")))
    let union = versions?.sourcesOnlyInSecond.first { summary in
      [summary.source.name.lowercased()].contains { name in
        Self.union.contains { name.contains($0) }
      }
    }
    let involving = { (number: Double) in
      figures.filter { value($0.first) == number || value($0.second) == number }
    }
    // `Unchanged`: no change shown for them (a figure shown on neither side is no change).
    let unchanged = [86.0, 14, 301].allSatisfy { involving($0).allSatisfy { $0.kind == .same } }
    // The two reports as `ReportComparison` sees them: the update's 24 against its own 19.
    let pair = StoryDiff(
      [old, new].compactMap { $0 }, names: CompareTestSupport.names, singles: true,
      copies: false, repeats: false)
    let twentyFour = figures.filter { value($0.first) == 24 || value($0.second) == 24 }
    result.append(
      (
        "V7",
        union != nil && unchanged && !twentyFour.isEmpty
          && twentyFour.allSatisfy {
            // The union's current 24 is neither a revision nor an earlier count.
            ![.revision, .history].contains($0.kind)
              && $0.second.map { from($0, Self.union) } == true
          }
          && pair.measures.first { $0.key.hasPrefix("killed") }.map { group in
            group.disagreements.contains { pair in
              let sides = [pair.first, pair.second]
              return sides.allSatisfy { $0.report.hasSuffix("en-northline.rss#1") }
                && sides.contains { value($0) == 24 && from($0, Self.union) }
                && sides.contains { value($0) == 19 && from($0, governor) }
            }
          } == true
      ))
    return result
  }

  static func crossLines() -> [(id: String, holds: Bool)] {
    var result: [(String, Bool)] = []
    let cross = HeldOutSupport.comparison(
      story, "fr-leveilleur", "ar-almarfa", align: crossPairs, moved: [3, 4])
    let figures = cross?.figures ?? []
    let wrong: Set<FigureChange.Kind> = [.disagreement, .value, .revision]
    result.append(
      (
        "X1",
        change(figures, "killed", 19, 27).contains {
          $0.kind == .revision && !$0.sourceChanged && byGovernor($0)
        }
          && !figures.contains {
            $0.measure.hasPrefix("killed") && wrong.contains($0.kind)
              && (value($0.first) == 11 || value($0.second) == 19)
          }
          && !change(figures, "killed", 19, 19).contains { wrong.contains($0.kind) }
      ))
    result.append(
      (
        "X2",
        change(figures, "killed", 24, 24).contains {
          $0.kind == .same && !$0.sourceChanged
            && [$0.first, $0.second].allSatisfy {
              $0.map { from($0, union) } ?? false
            }
        }
          && !figures.contains {
            let values = [value($0.first), value($0.second)].compactMap { $0 }
            return values.contains(24) && values.contains { $0 == 19 || $0 == 27 }
          }
      ))
    result.append(
      (
        "X3",
        change(figures, "trapped", 17, 4).contains {
          $0.kind == .revision && !$0.sourceChanged && byGovernor($0)
        }
          && !figures.contains {
            $0.measure.hasPrefix("trapped") && wrong.contains($0.kind)
              && (value($0.first) == 31 || value($0.second) == 17)
          }
      ))
    // X4: 301 need not be listed (an unchanged figure is no finding), but never as a toll or
    // as a change.
    let injured = figures.filter { value($0.first) == 14 && value($0.second) == 14 }
    result.append(
      (
        "X4",
        injured.contains { $0.kind == .same && byGovernor($0) }
          && figures.contains { $0.kind == .onlyInSecond && value($0.second) == 86 }
          && !figures.contains { value($0.first) == 86 }
          && !figures.contains {
            ($0.measure.hasPrefix("killed") || $0.isChange)
              && (value($0.first) == 301 || value($0.second) == 301)
          }
      ))
    let oneSided = (cross?.onlyInFirst ?? []) + (cross?.onlyInSecond ?? [])
    let sourcesOneSided = (cross?.sourcesOnlyInFirst ?? []) + (cross?.sourcesOnlyInSecond ?? [])
    result.append(
      (
        "X5",
        !oneSided.contains { $0.name.contains("Karasu") || $0.name.contains("قره صو") }
          && (cross?.onlyInFirst ?? []).contains { $0.name.contains("Cemil Ateş") }
          && !oneSided.contains { $0.name.contains("BAM") || $0.name.contains("باميس") }
          && !sourcesOneSided.contains { summary in
            let name = summary.source.name.lowercased()
            return union.contains { name.contains($0) }
          }
      ))
    return result
  }

  @Test func theReadmeLinesHold() {
    #expect(Self.story.count == 8)
    let lines = Self.lines()
    print(HeldOutSupport.score("story4", lines))
    #expect(lines.filter(\.holds).count >= Self.floor)
  }
}
