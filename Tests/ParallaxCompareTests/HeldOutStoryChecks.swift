import Foundation
import ParallaxRender

@testable import ParallaxCompare
@testable import ParallaxFacts

/// What the held-out story suites (`HeldOutStory4Tests`, `HeldOutStory5Tests`) share: a
/// README names reports by short keys and paragraphs by its own numbering, and its lines are
/// checked against the story's diff through these lookups.
protocol HeldOutStoryChecks {
  /// The README's short names of the reports (`"fr"` → `fr-leveilleur.atom#0`).
  static var ids: [String: String] { get }
  /// The story's reports, loaded and analyzed.
  static var story: [AnalyzedReport] { get }
  /// The diff of the whole story folder.
  static var diff: StoryDiff { get }
  /// The README paragraph number of a mention (`nil` when its report's lead is not found).
  static func readmeParagraph(_ mention: FigureMention) -> Int?
}

extension HeldOutStoryChecks {
  /// Whether `mention` has a named source whose resolved name or written form is one of
  /// `surfaces` (a pronoun, `he`, counts by the name it was resolved to).
  static func from(_ mention: FigureMention, _ surfaces: [String]) -> Bool {
    let names = [mention.sourceSurface ?? "", mention.source.name].map { $0.lowercased() }
    return mention.source.isNamed
      && names.contains { name in surfaces.contains { name.contains($0) } }
  }

  /// The group of `event` (a key prefix: `killed`, `trapped`, `injured`) that holds the
  /// most reports: one measure is one group.
  static func group(_ event: String) -> MeasureGroup? {
    diff.measures.filter { $0.key.hasPrefix(event) }.max { $0.reportCount < $1.reportCount }
  }

  /// The mentions of `group` in report `key` (README short name) with `value`, at README
  /// paragraph `paragraph` when given.
  static func find(
    _ group: MeasureGroup?, _ key: String, _ value: Double, at paragraph: Int? = nil
  ) -> [FigureMention] {
    (group?.mentions ?? []).filter {
      HeldOutSupport.short($0.report) == ids[key] && $0.figure.value.doubleValue == value
        && (paragraph == nil || readmeParagraph($0) == paragraph)
    }
  }

  /// Whether a mention is given as an earlier, superseded value.
  static func isEarlier(_ mention: FigureMention) -> Bool {
    mention.past || mention.figure.status == .earlier
  }

  /// Whether `key` gives `value` in `group` at README ¶`paragraph`, current (or earlier when
  /// `earlier`), from a source named as one of `surfaces`.
  static func gives(
    _ group: MeasureGroup?, _ key: String, _ value: Double, at paragraph: Int,
    by surfaces: [String], earlier: Bool = false
  ) -> Bool {
    find(group, key, value, at: paragraph).contains {
      from($0, surfaces) && isEarlier($0) == earlier
    }
  }

  static func value(_ mention: FigureMention?) -> Double? { mention?.figure.value.doubleValue }

  /// The one source of the mentions `(report, README ¶, value)` of all measures, when they
  /// all exist and share one named source.
  static func oneSource(_ places: [(String, Int, Double)]) -> Source? {
    let all = diff.measures.flatMap(\.mentions)
    var sources: Set<Source> = []
    for (key, paragraph, value) in places {
      let found = all.filter {
        HeldOutSupport.short($0.report) == ids[key] && $0.figure.value.doubleValue == value
          && readmeParagraph($0) == paragraph
      }
      guard !found.isEmpty else { return nil }
      sources.formUnion(found.map(\.source))
    }
    guard sources.count == 1, let source = sources.first, source.isKnown else { return nil }
    return source
  }

  /// The entities of the diff whose name holds one of `names`.
  static func entities(_ names: [String]) -> [EntityPresence] {
    diff.entities.filter { entity in names.contains { entity.name.contains($0) } }
  }

  /// Whether the diff lists one entity named as one of `names` as only in `keys` (any kind:
  /// the text view leaves places out of its list, the model and JSON keep them).
  static func onlyIn(_ names: [String], _ keys: [String]) -> Bool {
    let found = entities(names)
    return found.count == 1
      && Set(found.flatMap(\.reports).map(HeldOutSupport.short)) == Set(keys.compactMap { ids[$0] })
  }

  /// Whether the real HTML of `diff` and of `compare` of the reports whose names start with
  /// `first` and `second` (aligned as `parallax compare` aligns them) are each `isSafe`.
  static func pagesAreSafe(_ first: String, _ second: String, _ isSafe: (String) -> Bool) -> Bool {
    guard let left = HeldOutSupport.report(story, first),
      let right = HeldOutSupport.report(story, second)
    else { return false }
    let compared = ReportComparison.aligned(left, right, names: CompareTestSupport.names).comparison
    let pages = [
      DiffHTML().render(diff, reports: story),
      CompareHTML().render(compared, first: left, second: right),
    ]
    return pages.allSatisfy(isSafe)
  }

  /// The paragraph pairs `[left, right]` that `comparison` word-diffs as edited.
  static func editedPairs(_ comparison: ReportComparison?) -> Set<[[Int]]> {
    Set(
      (comparison?.edits ?? []).compactMap { edit in
        comparison.map { [$0.pairs[edit.pair].left, $0.pairs[edit.pair].right] }
      })
  }
}
