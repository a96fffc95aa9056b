import Foundation
import Testing

@testable import ParallaxCompare
@testable import ParallaxFacts

/// Story5's two `compare` pairs: the Harbourline update (V1–V7) and de ↔ ru (X1–X6).
extension HeldOutStory5Tests {
  /// en #0 → en #1 as the README aligns them: ¶1 edited, ¶2 = ¶3, ¶5 = ¶4 (moved), ¶3 = ¶6,
  /// ¶4 → ¶7 edited, ¶2, ¶5 and ¶8 of #1 added.
  static let versionPairs: [(left: [Int], right: [Int])] = [
    ([0], [0]), ([1], [1]), ([], [2]), ([2], [3]), ([5], [4]), ([], [5]), ([3], [6]), ([4], [7]),
    ([], [8]),
  ]

  /// de ↔ ru as the README's paragraphs answer each other (X6): de ¶3, the intertitle, and
  /// ru ¶5 alone; de ¶5 (departure, 242) ↔ ru ¶3.
  static var crossPairs: [(left: [Int], right: [Int])] {
    let pairs: [([Int], [Int])] = [
      ([0], [0]), ([1], [1]), ([2], [2]), ([3], []), ([4], [4]), ([5], [3]), ([], [5]),
      ([6], [6]), ([7], [7]),
    ]
    return pairs.map { left, right in
      (left.map { loaded("de", $0) }, right.map { loaded("ru", $0) })
    }
  }

  /// The change of measure `event` between the values `a` and `b` (either side absent: nil).
  static func change(
    _ changes: [FigureChange], _ event: String, _ a: Double?, _ b: Double?
  ) -> [FigureChange] {
    changes.filter { $0.measure.hasPrefix(event) && value($0.first) == a && value($0.second) == b }
  }

  /// Whether both sides of `change` come from the minister.
  static func byMinister(_ change: FigureChange) -> Bool {
    [change.first, change.second].allSatisfy { $0.map { from($0, minister) } ?? false }
  }

  static func versionLines() -> [(id: String, holds: Bool)] {
    var result: [(String, Bool)] = []
    let versions = HeldOutSupport.comparison(
      story, "en-harbourline.rss#0", "en-harbourline.rss#1", align: versionPairs, moved: [4])
    let old = HeldOutSupport.report(story, "en-harbourline.rss#0")
    let new = HeldOutSupport.report(story, "en-harbourline.rss#1")
    let aligned = old.flatMap { a in
      new.map { ReportComparison.aligned(a, $0, names: CompareTestSupport.names).comparison }
    }
    let inOrder = [new, old].compactMap { $0 }
    result.append(
      (
        "V1",
        (aligned?.versions ?? false) && (aligned?.versionsReason.contains("link") ?? false)
          && ReportComparison.versionsInOrder(inOrder)?.map(\.id)
            == [old?.id, new?.id].compactMap { $0 }
          && diff.versions.first?.reports.map(HeldOutSupport.short)
            == ["en-harbourline.rss#0", "en-harbourline.rss#1"]
      ))
    let figures = versions?.figures ?? []
    result.append(
      (
        "V2",
        change(figures, "killed", 9, 23).contains {
          $0.kind == .revision && !$0.sourceChanged && byMinister($0)
            && $0.first?.figure.qualifier == .atLeast
        }
      ))
    // Rescued has no event word of its own: its change is the one from 172 to 185.
    let rescue = figures.filter { value($0.first) == 172 && value($0.second) == 185 }
    result.append(
      (
        "V3",
        change(figures, "missing", 61, 34).contains {
          $0.kind == .revision && !$0.sourceChanged && byMinister($0)
        }
          && !rescue.isEmpty
          && rescue.allSatisfy {
            $0.kind == .revision && !$0.sourceChanged && byMinister($0)
              && !$0.measure.hasPrefix("killed") && !$0.measure.hasPrefix("missing")
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
          // #0 ¶5 = #1 ¶4 is the one paragraph out of order.
          && pairs.filter(\.moved).map { [$0.left, $0.right] } == [[[5], [4]]]
          && editedPairs(aligned).subtracting([[[0], [0]]]) == editedAsReadme
          && editedPairs(versions).subtracting([[[0], [0]]]) == editedAsReadme
      ))
    let summary = versions?.summary ?? ""
    result.append(
      (
        "V6",
        summary.contains("9 → 23") && summary.contains("61 → 34") && summary.contains("172 → 185")
      ))
    let added = versions?.sourcesOnlyInSecond.first { summary in
      avls.contains { summary.source.name.lowercased().contains($0) }
    }
    let involving = { (number: Double) in
      figures.filter { value($0.first) == number || value($0.second) == number }
    }
    // `Unchanged`: no change shown for them (a figure shown on neither side is no change).
    let unchanged = [242.0, 52].allSatisfy { involving($0).allSatisfy { $0.kind == .same } }
    // The two reports as `ReportComparison` sees them: the update's 31 against its own 23.
    let pair = StoryDiff(
      [old, new].compactMap { $0 }, names: CompareTestSupport.names, singles: true,
      copies: false, repeats: false)
    let thirtyOne = involving(31)
    result.append(
      (
        "V7",
        added != nil && unchanged && !thirtyOne.isEmpty
          && thirtyOne.allSatisfy {
            // The AVLS's current 31 is neither a revision nor an earlier count.
            ![.revision, .history].contains($0.kind) && $0.second.map { from($0, avls) } == true
          }
          && pair.measures.first { $0.key.hasPrefix("killed") }.map { group in
            group.disagreements.contains { pair in
              let sides = [pair.first, pair.second]
              return sides.allSatisfy { $0.report.hasSuffix("en-harbourline.rss#1") }
                && sides.contains { value($0) == 31 && from($0, avls) }
                && sides.contains { value($0) == 23 && from($0, minister) }
            }
          } == true
      ))
    return result
  }

  static func crossLines() -> [(id: String, holds: Bool)] {
    var result: [(String, Bool)] = []
    let cross = HeldOutSupport.comparison(
      story, "de-nordseekurier", "ru-morskoyvestnik", align: crossPairs, moved: [5])
    let figures = cross?.figures ?? []
    // An earlier value is shown as an earlier count, or as the figure the other side gives
    // too: never as a difference of its own (`61 only in the first`).
    let earlierKinds: Set<FigureChange.Kind> = [.history, .same]
    result.append(
      (
        "X1",
        change(figures, "killed", 23, 38).contains {
          $0.kind == .revision && !$0.sourceChanged && byMinister($0)
        }
          && !figures.contains {
            $0.measure.hasPrefix("killed") && !earlierKinds.contains($0.kind)
              && (value($0.first) == 9 || value($0.second) == 23)
          }
          // de's current 23 is ru's earlier 23: shown as one figure both give.
          && change(figures, "killed", 23, 23).contains { $0.kind == .same }
      ))
    result.append(
      (
        "X2",
        change(figures, "killed", 31, 31).contains {
          $0.kind == .same && !$0.sourceChanged
            && [$0.first, $0.second].allSatisfy {
              $0.map { from($0, avls) && $0.figure.qualifier == .atLeast } ?? false
            }
        }
          && !figures.contains {
            let values = [value($0.first), value($0.second)].compactMap { $0 }
            return values.contains(31) && values.contains { $0 == 23 || $0 == 38 }
          }
      ))
    result.append(
      (
        "X3",
        change(figures, "missing", 34, 17).contains {
          $0.kind == .revision && !$0.sourceChanged && byMinister($0)
        }
          && !figures.contains {
            $0.measure.hasPrefix("missing") && !earlierKinds.contains($0.kind)
              && (value($0.first) == 61 || value($0.second) == 34)
          }
          && change(figures, "missing", 34, 34).contains { $0.kind == .same }
      ))
    // X4: 65 and 52 need not be listed (an unchanged figure is no finding), but never as a
    // toll or as a change; the IMO number is no figure at all.
    let tollKeys = ["killed", "missing"]
    result.append(
      (
        "X4",
        figures.contains { $0.kind == .same && value($0.first) == 242 && value($0.second) == 242 }
          && figures.contains {
            $0.kind == .onlyInSecond && value($0.second) == 187
              && $0.second.flatMap(readmeParagraph) == 5
          }
          && !figures.contains { value($0.first) == 187 }
          && !figures.contains { change in
            let values = [value(change.first), value(change.second)]
            return (values.contains(65) || values.contains(52))
              && (change.isChange || tollKeys.contains { change.measure.hasPrefix($0) })
          }
          && !figures.contains {
            value($0.first) == 9_083_127 || value($0.second) == 9_083_127
          }
      ))
    let oneSided = (cross?.onlyInFirst ?? []) + (cross?.onlyInSecond ?? [])
    let both = [
      "Valiotis", "Валиотис", "Drakou", "Дракоу", "Mavridis", "Мавридис", "Kalliopi", "Каллиопи",
      "Eptanisos", "Эптанисос",
    ]
    let sourcesOneSided = (cross?.sourcesOnlyInFirst ?? []) + (cross?.sourcesOnlyInSecond ?? [])
    result.append(
      (
        "X5",
        !oneSided.contains { entity in both.contains { entity.name.contains($0) } }
          && (cross?.onlyInFirst ?? []).contains { $0.name.contains("Aegean Blue") }
          && (cross?.onlyInFirst ?? []).contains { $0.name.contains("Piräus") }
          && !sourcesOneSided.contains { summary in
            avls.contains { summary.source.name.lowercased().contains($0) }
          }
      ))
    result.append(("X6", crossParagraphsHold()))
    return result
  }

  /// X6 of the aligner's own pairing of de and ru, which `parallax compare` shows: the
  /// README's links, the de intertitle (a subheading) and ru ¶5 with no counterpart.
  static func crossParagraphsHold() -> Bool {
    guard let de = HeldOutSupport.report(story, "de-"), let ru = HeldOutSupport.report(story, "ru-")
    else { return false }
    let pairs = ReportComparison.aligned(de, ru, names: CompareTestSupport.names).comparison.pairs
    let links = Set(pairs.filter(\.isMatched).map { [$0.left, $0.right] })
    let expected = [(1, 1), (2, 2), (4, 4), (5, 3), (6, 6), (7, 7)].map {
      [[loaded("de", $0.0)], [loaded("ru", $0.1)]]
    }
    let intertitle = loaded("de", 3)
    let rescue = loaded("ru", 5)
    return expected.allSatisfy(links.contains)
      && de.paragraph(intertitle)?.kind == .subheading
      && pairs.contains { $0.left == [intertitle] && $0.right.isEmpty }
      && pairs.contains { $0.left.isEmpty && $0.right == [rescue] }
  }
}
