import Foundation
import ParallaxCompare
import ParallaxCorpus
import ParallaxFacts
import Testing

@testable import ParallaxRender

/// The `compare` views on pairs of the Idleb story, paired as their README's `align:` lines
/// say (the aligner is tested on its own).
@Suite struct CompareViewTests {
  static func report(_ name: String) -> AnalyzedReport? {
    DiffViewTests.idleb.first { $0.id.hasSuffix("/" + name) }
  }

  /// The pairs of a README `align:` line: `¶0↔¶0, ¶4↔¶2 (moved, edited), ¶6↔-, -↔¶5`.
  static func pairs(_ line: String) -> [ParagraphPair] {
    // `¶1↔¶1, ¶1↔¶2` is one 1-2 pair.
    var pairs: [ParagraphPair] = []
    for pair in items(line) {
      if let last = pairs.last, !pair.left.isEmpty, last.left == pair.left {
        pairs[pairs.count - 1].right += pair.right
      } else if let last = pairs.last, !pair.right.isEmpty, last.right == pair.right {
        pairs[pairs.count - 1].left += pair.left
      } else {
        pairs.append(pair)
      }
    }
    return pairs
  }

  static func items(_ line: String) -> [ParagraphPair] {
    line.split(separator: ",").compactMap { item in
      let text = item.trimmingCharacters(in: .whitespaces)
      let sides = text.split(separator: "↔", maxSplits: 1).map(String.init)
      guard sides.count == 2 else { return nil }
      func index(_ side: String) -> [Int] {
        Int(side.drop { $0 == "¶" }.prefix { $0.isNumber }).map { [$0] } ?? []
      }
      return ParagraphPair(
        left: index(sides[0]), right: index(sides[1]), score: 1, moved: text.contains("moved"))
    }
  }

  static let update: (ReportComparison, AnalyzedReport, AnalyzedReport)? = {
    guard let a = report("en-wire.rss#0"), let b = report("en-wire.rss#1") else { return nil }
    let pairs = Self.pairs(
      "¶0↔¶0 (edited), ¶1↔¶1 (edited), ¶2↔¶3 (edited), ¶3↔¶4 (edited), ¶4↔¶2 (moved, edited), ¶5↔¶8 (edited), ¶6↔-, -↔¶5, -↔¶6, -↔¶7"
    )
    return (ReportComparison(a, b, pairs: pairs, names: DiffViewTests.names), a, b)
  }()

  @Test func updateTextSnapshot() throws {
    let (comparison, a, b) = try #require(Self.update)
    try Snapshot.check(
      CompareText(width: 120).render(comparison, first: a, second: b),
      named: "compare-update.txt")
  }

  @Test func updateMarkdownAndHTMLSnapshots() throws {
    let (comparison, a, b) = try #require(Self.update)
    try Snapshot.check(
      CompareMarkdown().render(comparison, first: a, second: b), named: "compare-update.md")
    let page = CompareHTML().render(comparison, first: a, second: b)
    try Snapshot.check(page, named: "compare-update.html")
    #expect(page.contains("<del>"))
    #expect(page.contains("<ins>"))
    #expect(page.contains(HTMLPage.contentSecurityPolicy))
  }

  @Test func twoLanguagesSideBySide() throws {
    let a = try #require(Self.report("en-wire.rss#1"))
    let b = try #require(Self.report("ar-almasdar.html"))
    let pairs = Self.pairs("¶0↔¶0, ¶1↔¶1, ¶1↔¶2, ¶2↔¶3, ¶3↔-, ¶4↔¶4, ¶5↔¶5, ¶6↔-, ¶7↔¶6, ¶8↔¶7")
    let comparison = ReportComparison(a, b, pairs: pairs, names: DiffViewTests.names)
    let text = CompareText(width: 100).render(comparison, first: a, second: b)
    // Every line keeps its column rule where the width puts it: right-to-left text is
    // isolated line by line and measured in terminal columns.
    for line in text.split(separator: "\n").dropFirst(2) where line.contains("│") {
      let left = line.split(separator: "│", maxSplits: 1)[0]
      #expect(DisplayWidth.of(left) == (100 - 3) / 2 + 1, "\(line)")
    }
    #expect(text.contains("\u{2068}"))
    try Snapshot.check(text, named: "compare-en-ar.txt")
  }

  @Test func aHostileReportRunsNothingInTheBrowser() throws {
    let browser = try #require(
      Chromium.find(),
      "headless Chromium is needed to prove the HTML pages run nothing: apt-get install chromium")
    let hostile = RenderFixtures.analyzed(RenderFixtures.fixture("hostile-feed.xml"))
    let a = try #require(hostile.first)
    let b = try #require(hostile.last)
    let pairs = (0..<max(a.paragraphs.count, b.paragraphs.count)).map {
      ParagraphPair(
        left: $0 < a.paragraphs.count ? [$0] : [], right: $0 < b.paragraphs.count ? [$0] : [],
        score: 1)
    }
    let comparison = ReportComparison(
      a, b, pairs: pairs, names: DiffViewTests.names, versions: true)
    let visit = try browser.visit(CompareHTML().render(comparison, first: a, second: b))
    #expect(!visit.dom.contains("PWNED</title>"))
    #expect(!visit.dom.contains("id=\"pwned\""))
    for element in ["<script", "<img", "<svg", "<iframe"] {
      #expect(!visit.dom.contains(element), "no \(element) element from the input")
    }
    #expect(!visit.log.contains("Content Security Policy"), "nothing even tried to run")
  }
}
