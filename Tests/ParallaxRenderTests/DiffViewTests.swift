import Foundation
import ParallaxCompare
import ParallaxCorpus
import ParallaxFacts
import Testing

@testable import ParallaxRender

/// The `diff` views: snapshots of the Idleb story in four formats, and a hostile story that
/// must run nothing in a real browser.
@Suite(.serialized) struct DiffViewTests {
  /// The Idleb story, report ids relative to the package root as a user in it names them.
  static let idleb: [AnalyzedReport] = {
    let root = RenderFixtures.root.path + "/"
    return RenderFixtures.analyzed(
      RenderFixtures.root.appendingPathComponent("Corpus/idleb-2020-02").path
    ).map { report in
      var report = report
      report.metadata.id = String(report.metadata.id.dropFirst(root.count))
      return report
    }
  }()

  /// The names a comparison shows: the shipped glossaries, then the gazetteer.
  static let names: Glossary = {
    var names =
      (try? Glossary(folder: RenderFixtures.root.appendingPathComponent("Glossaries")))
      ?? Glossary()
    names.merge(FactExtractor.gazetteer)
    return names
  }()

  static let diff = StoryDiff(idleb, names: names)

  @Test func textSnapshot() throws {
    try Snapshot.check(DiffText(width: 110).render(Self.diff), named: "diff-idleb.txt")
  }

  @Test func markdownSnapshot() throws {
    try Snapshot.check(DiffMarkdown().render(Self.diff), named: "diff-idleb.md")
  }

  @Test func jsonSnapshot() throws {
    try Snapshot.check(JSONRendering.encode(Self.diff) + "\n", named: "diff-idleb.json")
  }

  @Test func htmlSnapshot() throws {
    try Snapshot.check(DiffHTML().render(Self.diff, reports: Self.idleb), named: "diff-idleb.html")
  }

  @Test func theTextViewAnswersFirst() {
    let text = DiffText(width: 100).render(Self.diff)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first?.contains("10 reports") == true)
    #expect(lines.contains { $0.hasPrefix("KILLED × SOLDIERS × TURKISH") })
    #expect(
      lines.contains {
        $0.contains("Syrian Observatory for Human Rights") && $0.contains("> 30 → 34")
      })
    #expect(lines.contains { $0.contains("≠ disagreement at the same time: 33") })
    #expect(lines.contains { $0.hasPrefix("warning: ") && $0.contains("en-wire.rss#2") })
    // Right-to-left names are isolated, and no line is wider than the terminal in the
    // summary part (the evidence table may run on, as `less -S` shows it).
    #expect(text.contains("\u{2068}الوالي\u{2069}"))
  }

  @Test func everyValueLinksToItsHighlightedFigure() {
    let page = DiffHTML().render(Self.diff, reports: Self.idleb)
    let links = page.components(separatedBy: "href=\"#r").dropFirst().map {
      String($0.prefix { $0 != "\"" })
    }
    #expect(links.count >= 40)
    for link in Set(links) where link.contains("-p") {
      #expect(page.contains("id=\"r\(link)\""), "no anchor for #r\(link)")
    }
    #expect(page.contains(HTMLPage.contentSecurityPolicy))
  }

  @Test func aHostileStoryRunsNothingInTheBrowser() throws {
    let browser = try #require(
      Chromium.find(),
      "headless Chromium is needed to prove the HTML pages run nothing: apt-get install chromium")
    let hostile = RenderFixtures.analyzed(RenderFixtures.fixture("hostile-feed.xml"))
    let page = DiffHTML().render(StoryDiff(hostile, names: Self.names), reports: hostile)
    let visit = try browser.visit(page)
    #expect(!visit.dom.contains("PWNED</title>"))
    #expect(!visit.dom.contains("id=\"pwned\""))
    for element in ["<script", "<img", "<svg", "<iframe", "<body onload"] {
      #expect(!visit.dom.contains(element), "no \(element) element from the input")
    }
    #expect(!visit.log.contains("Uncaught"))
    #expect(!visit.log.contains("Content Security Policy"), "nothing even tried to run")
    for piece in visit.dom.components(separatedBy: "href=\"").dropFirst() {
      let target = String(piece.prefix { $0 != "\"" })
      #expect(target.hasPrefix("#"), "only links inside the page: \(target)")
    }
  }
}

@Suite struct TerminalLayoutTests {
  @Test(arguments: [
    ("abc", 3), ("e\u{301}te\u{301}", 3), ("中文", 4), ("Erdoğan", 7), ("أردوغان", 7),
    ("\u{2068}أ\u{2069}", 1), ("👍", 2),
  ])
  func widths(_ text: String, _ columns: Int) {
    #expect(DisplayWidth.of(text) == columns)
  }

  @Test func wrapKeepsWordsAndWidth() {
    let lines = DisplayWidth.wrap("the governor of Hatay said thirty-three soldiers died", 16)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 16 })
    #expect(lines.joined(separator: " ") == "the governor of Hatay said thirty-three soldiers died")
    let long = DisplayWidth.wrap("Verteidigungsministerium", 10)
    #expect(long.allSatisfy { DisplayWidth.of($0) <= 10 })
    #expect(long.joined() == "Verteidigungsministerium")
  }

  @Test func colourEscapesTakeNoColumns() {
    let coloured = TerminalStyle(enabled: true).paint("≥ 22 → 33", .figure)
    #expect(DisplayWidth.of(coloured) == DisplayWidth.of("≥ 22 → 33"))
    let line = "disagreement: " + coloured + " (Rahmi Dogan; Turkey; Turkish officials)"
    #expect(
      DisplayWidth.wrap(line, 30).map { DisplayWidth.of($0) }
        == DisplayWidth.wrap(
          "disagreement: ≥ 22 → 33 (Rahmi Dogan; Turkey; Turkish officials)", 30
        ).map { DisplayWidth.of($0) })
  }

  /// Every line of the diff and compare views fits the width, at 80 columns too.
  @Test(arguments: [80, 120])
  func everyLineFitsTheWidth(_ width: Int) throws {
    let story = DiffText(width: width).render(DiffViewTests.diff)
    let (comparison, a, b) = try #require(CompareViewTests.update)
    let pair = CompareText(width: width).render(comparison, first: a, second: b)
    for line in (story + pair).split(separator: "\n") {
      #expect(DisplayWidth.of(line) <= width, "\(line)")
    }
  }

  @Test func clipCountsColumnsNotCharacters() {
    #expect(DisplayWidth.clip("中文中文", 5) == "中文…")
    #expect(DisplayWidth.of(DisplayWidth.clip("Syrian Observatory", 8)) == 8)
    #expect(DisplayWidth.clip("short", 10) == "short")
  }

  @Test func onlyRightToLeftRunsAreIsolated() {
    #expect(BidiIsolation.isolate("OSDH") == "OSDH")
    #expect(BidiIsolation.isolate("المرصد") == "\u{2068}المرصد\u{2069}")
    #expect(BidiIsolation.isolate("ar المرصد 34") == "\u{2068}ar المرصد 34\u{2069}")
  }
}
