import Foundation
import ParallaxCorpus
import Testing

/// The ground truth of every `Corpus/<story>/README.md` against what `ReportLoader` reads.
///
/// Per report of the README's table: it loads, format, language (primary subtag, and the full
/// tag when the table gives one), outlet, published instant and offset, updated instant,
/// paragraph count, ¶0 the headline (= title), ¶1 the lead. Per story: the "Metadata a reader
/// must find" claims (`StoryReadme+Metadata.swift`), no junk text in any paragraph, every
/// `structure:` and `dateline:` line, and every quote after a paragraph mark — in the facts
/// sections and in the pair sections — found in that paragraph as Parallax numbers them
/// (the check `Scripts/check-corpus.py` makes against its own reading).
///
/// Failures caused by a reader bug that is known and named in `knownIssues` are recorded with
/// `withKnownIssue`; a known issue that no longer shows up fails the test, so the list only
/// shrinks.
@Suite struct CorpusTruthTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

  /// Every story folder of `Corpus/` with a README.
  static var stories: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return names.filter {
      FileManager.default.fileExists(
        atPath: corpus.appendingPathComponent($0).appendingPathComponent("README.md").path)
    }.sorted()
  }

  @Test func theCorpusHasTwoStories() {
    #expect(Self.stories.count >= 2, "no story READMEs under \(Self.corpus.path)")
  }

  @Test(arguments: stories)
  func readersAgreeWithTheReadme(story: String) throws {
    let folder = Self.corpus.appendingPathComponent(story)
    let readme = try StoryReadme(folder: folder)
    #expect(readme.reports.count >= 6, "\(story): the Reports table was not read")
    #expect(!readme.quotes.isEmpty && !readme.metadataClaims.isEmpty)
    let loaded = ReportLoader().load([folder.path])
    var checks = TruthChecks(readme: readme, reports: loaded.reports)
    checks.expect(
      !loaded.hasErrors, "*", .loaded,
      "loading \(story) gave errors: \(loaded.diagnostics.filter { $0.severity == .error })")
    checks.checkTable()
    checks.checkMetadata()
    checks.checkJunk(Self.junk[story, default: []] + readme.quotedJunk.map { ($0, false) })
    checks.checkFactLines()
    checks.checkQuotes()
    report(checks, story: story)
  }

  /// Records the failures (known reader bugs through `withKnownIssue`) and prints the summary.
  private func report(_ checks: TruthChecks, story: String) {
    let known = Self.knownIssues.filter { $0.story == story }
    var seen = Set<String>()
    for check in checks.results where !check.passed {
      if let issue = known.first(where: { $0.covers(check) }) {
        seen.insert(issue.bug)
        withKnownIssue(Comment(rawValue: issue.bug)) {
          Issue.record(Comment(rawValue: check.message))
        }
      } else {
        Issue.record(Comment(rawValue: check.message))
      }
    }
    for issue in known where !seen.contains(issue.bug) {
      Issue.record("known issue no longer observed, remove it from knownIssues: \(issue.bug)")
    }
    let passed = checks.results.filter(\.passed).count
    let failed = checks.results.filter { !$0.passed }
    let knownCount = failed.filter { check in known.contains { $0.covers(check) } }.count
    var line = "corpus truth \(story): \(passed)/\(checks.results.count) checks pass"
    if knownCount > 0 { line += " (\(knownCount) failures from \(seen.count) known reader bugs)" }
    print(line)
    let byKind = Dictionary(grouping: checks.results, by: \.kind)
    let parts = byKind.keys.sorted { $0.rawValue < $1.rawValue }.map { kind in
      let all = byKind[kind, default: []]
      return "\(kind.rawValue) \(all.filter(\.passed).count)/\(all.count)"
    }
    print("  \(parts.joined(separator: ", "))")
    for note in checks.unchecked {
      print("  not checked (no field in Report): \(note)")
    }
  }

  /// Reader bugs the README exposes, each named; `kinds` lists the checks it breaks.
  struct KnownIssue: Sendable {
    var story: String
    var report: String
    var kinds: Set<TruthCheck.Kind>
    var bug: String

    func covers(_ check: TruthCheck) -> Bool {
      check.report == report && kinds.contains(check.kind)
    }
  }

  static let knownIssues: [KnownIssue] = []

  /// Junk text per story, taken from the files the README's "Junk a reader must drop"
  /// paragraph names (its own backticked examples are added from the README itself).
  /// `true` = the junk is a whole paragraph (a one-word kicker), else a substring.
  static let junk: [String: [(String, Bool)]] = [
    "idleb-2020-02": [
      ("Zahlen vorläufig", false), ("Nachtdienst Politik", false),  // de's two edNotes
      ("Actualiza las cifras", false), ("Prohibida la reproducción", false),  // es ed-msg, tagline
      // ar header ticker, nav, share links
      ("عاجل: الليرة التركية", false), ("عربي ودولي", false), ("فيسبوك", false),
      ("اقرأ أيضا", false), ("النازحون في إدلب يواجهون البرد", false),  // ar aside.related
      ("الأكثر قراءة", false), ("إعلان", true),  // ar aside.most-read, ad
      ("جميع الحقوق محفوظة", false), ("9611555000", false),  // ar footer (phone number)
      ("سامر الحلبي", false),  // ar div.meta (byline/time line)
      ("Главная", false), ("EUR 73,70", false), ("Поделиться", false),  // ru menu, currency, share
      ("Теги:", false), ("Читайте также", false), ("Сборная России", false),  // ru tags, widget
      ("Свидетельство о регистрации", false),  // ru footer
    ],
    "helior-karayel-2025-06": [
      ("ملاحظة للمحررين", false), ("4455 0100", false),  // ar edNotes (phone number)
      ("Bitte Kurse", false), ("5550 2200", false),  // de ed-msg (phone number)
      ("Skip to content", false), ("Subscribe for £1", false),  // en skip link, nav
      ("CAC 40", false), ("Energy", true), ("By Daniel Hart", false),  // market strip, header
      ("7.30pm", false), ("Share on LinkedIn", false),  // header time, share list
      ("Energy Briefing", false), ("Spotted a mistake", false),  // aside.newsletter, article footer
      ("Most popular", false), ("OPEC+", false),  // aside.most-popular
      ("Registered in England and Wales", false),  // page footer (company number)
    ],
  ]
}
