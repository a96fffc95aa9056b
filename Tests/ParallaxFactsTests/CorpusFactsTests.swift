import Foundation
import ParallaxCorpus
import ParallaxFacts
import Testing

/// Every per-report fact line of the Corpus story READMEs, looked for in what `FactExtractor`
/// (with `Glossaries/`) finds in that paragraph of that report.
///
/// Matching rules (the README quote is located in the paragraph; NBSP counts as a space; a
/// quote found several times in the paragraph matches at any of its places):
/// - **figure**: a figure whose `expressionRange` overlaps the quote, with the README value
///   (the last value of a change) and qualifier (`=` exact, `≥` at least, `>` more than,
///   `~` about, `≤` up to or at most, `<` less than, `vague` vague, `change` status change,
///   and its earlier value when Parallax gives one); `EUR`/`USD` = money in that currency,
///   `%` = percent; measure parts (event, counted, affiliation) compared when both sides
///   name one from Parallax's concepts (`Resources/measures/*.txt`), Parallax's generic
///   counted `people` (implied by `dead`, `morts`) agreeing with any group; for a change,
///   a change figure whose value (and earlier value) are values of the README's chain;
///   the source checked when
///   the README names it in the same paragraph (`source: ID "surface"`, `source: none`):
///   an attribution covering the figure (`Attribution.figures`) whose source entity has one
///   of the ids or whose source range overlaps the surface, or none with a source for `none`.
/// - **date**: mentions overlapping the quote give every README date; each agrees on the
///   parts the README writes (`2020-02` needs year and month).
/// - **entity**: an entity overlapping the quote with the glossary id as concept and the kind.
/// - **attribution**: one whose cue range overlaps the cue (its first word group before ` … `),
///   whose source entity has one of the ids or source range overlaps the quoted source
///   (`source none`: no source), and, when the README gives them, whose channel and quote
///   ranges overlap theirs.
/// - **not-a-figure**: no figure's number range overlaps any place of the quote.
/// A fact whose quotes are not in paragraph P (a reader numbering bug, reported by
/// `CorpusTruthTests`) is looked for in the paragraph that holds them, and counted apart.
@Suite struct CorpusFactsTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Matches today, per category over both stories; raise them, never lower them.
  static let floors: [CorpusFactScore.Category: Int] = [
    .figures: 145, .dates: 58, .entities: 150, .attributions: 96, .notAFigure: 48,
  ]

  @Test func everyReadmeFactIsFound() throws {
    let glossary = try Glossary(folder: Self.root.appendingPathComponent("Glossaries"))
    let extractor = FactExtractor(glossaries: [glossary])
    let concepts = CorpusFactMatcher.concepts(
      in: Self.root.appendingPathComponent("Sources/ParallaxFacts/Resources/measures"))
    #expect(!concepts.isEmpty, "no measure concepts read")
    var total = CorpusFactScore()
    let verbose = ProcessInfo.processInfo.environment["CORPUS_FACTS_VERBOSE"] != nil
    for story in CorpusTruthTests.stories {
      let folder = CorpusTruthTests.corpus.appendingPathComponent(story)
      let readme = try StoryReadme(folder: folder)
      let legend = CorpusFactExpectation.legend(
        try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8))
      let reports = TruthChecks(readme: readme, reports: ReportLoader().load([folder.path]).reports)
        .reports
      var byLanguage: [String: CorpusFactScore] = [:]
      for row in readme.reports {
        guard let report = reports[row.id] else { continue }
        let facts = extractor.extract(report)
        let matcher = CorpusFactMatcher(report: report, facts: facts, concepts: concepts)
        let lines = readme.facts.filter { $0.report == row.id }
        for (line, expectation) in CorpusFactExpectation.read(lines, legend: legend) {
          for result in matcher.match(line, expectation) {
            byLanguage[row.language, default: CorpusFactScore()].add(result)
            if verbose, !result.passed {
              print("  miss \(story)/\(row.id) README line \(line.line): \(result.detail)")
            }
          }
        }
      }
      for language in byLanguage.keys.sorted() {
        let score = byLanguage[language, default: CorpusFactScore()]
        print("corpus facts \(story) \(language): \(score)")
        total.merge(score)
      }
    }
    print("corpus facts total: \(total)")
    #expect(total.total(.figures) > 0 && total.total(.attributions) > 0, "no fact lines read")
    for (category, floor) in Self.floors.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      #expect(
        total.passed(category) >= floor,
        "\(category.rawValue): \(total.passed(category)) found, floor \(floor)")
    }
  }
}

/// Found / expected counts per fact category.
struct CorpusFactScore: CustomStringConvertible {
  enum Category: String, CaseIterable {
    case figures, dates, entities, attributions
    case notAFigure = "not-a-figure"
  }

  private var found: [Category: Int] = [:]
  private var expected: [Category: Int] = [:]
  /// Facts looked for in another paragraph than the README's (reader numbering).
  private(set) var renumbered = 0

  func passed(_ category: Category) -> Int { found[category, default: 0] }
  func total(_ category: Category) -> Int { expected[category, default: 0] }

  mutating func add(_ result: CorpusFactMatcher.Result) {
    expected[result.category, default: 0] += 1
    if result.passed { found[result.category, default: 0] += 1 }
    if result.renumbered { renumbered += 1 }
  }

  mutating func merge(_ other: CorpusFactScore) {
    for category in Category.allCases {
      found[category, default: 0] += other.passed(category)
      expected[category, default: 0] += other.total(category)
    }
    renumbered += other.renumbered
  }

  /// `figures a/b, dates c/d, entities e/f, attributions g/h, not-a-figure i/j`.
  var description: String {
    var text = Category.allCases.map { "\($0.rawValue) \(passed($0))/\(total($0))" }
      .joined(separator: ", ")
    if renumbered > 0 { text += " (\(renumbered) looked for in a renumbered ¶)" }
    return text
  }
}
