import Foundation
import ParallaxCompare
import ParallaxFacts
import Testing

@testable import ParallaxRender

/// The diff and compare views of the held-out story (`Fixtures/story3`), whose English
/// report holds a hostile paragraph: a script element, an `onerror` attribute, a
/// `javascript:` link and an escaped `<script>` in the text.
@Suite struct HeldOutStoryRenderTests {
  static let story = RenderFixtures.analyzed(
    RenderFixtures.root.appendingPathComponent("Tests/ParallaxCompareTests/Fixtures/story3").path)
  static let diff = StoryDiff(story, names: DiffViewTests.names)

  static func report(_ name: String) -> AnalyzedReport? {
    story.first { $0.id.hasSuffix("/" + name) }
  }

  static func isInert(_ html: String) -> Bool {
    let lower = html.lowercased()
    return !lower.contains("<script") && !lower.contains("onerror")
      && !lower.contains("javascript:") && !lower.contains("alert('boom')")
  }

  @Test func theDiffTextKeepsEachColumnAsWideAsItsHeader() {
    let text = DiffText(width: 110).render(Self.diff)
    #expect(!text.contains("valuesource"))
    #expect(text.contains("value  source"))
  }

  @Test func theDiffPageIsInert() {
    #expect(Self.story.count == 7)
    let page = DiffHTML().render(Self.diff, reports: Self.story)
    #expect(Self.isInert(page))
    #expect(page.contains(HTMLPage.contentSecurityPolicy))
  }

  @Test func theComparePageShowsTheEscapedScriptAsText() throws {
    let a = try #require(Self.report("en-meridian.html"))
    let b = try #require(Self.report("tr-kiyipostasi.txt"))
    let pairs = (0..<8).map { ParagraphPair(left: [$0], right: [$0], score: 1, moved: false) }
    let comparison = ReportComparison(a, b, pairs: pairs, names: DiffViewTests.names)
    let page = CompareHTML().render(comparison, first: a, second: b)
    #expect(Self.isInert(page))
    #expect(page.contains("stray &lt;script&gt;alert("))
    #expect(page.contains("tag &amp; &quot;quotes&quot;"))
  }
}
