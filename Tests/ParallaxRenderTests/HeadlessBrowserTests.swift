import Foundation
import ParallaxCorpus
import ParallaxFacts
import Testing

@testable import ParallaxRender

/// Opens the pages Parallax writes in headless Chromium and proves nothing in them runs:
/// a script that ran would set the page's title to PWNED or add an element with id
/// `pwned`. The browser is required: without it these tests fail, they are not skipped.
@Suite(.serialized) struct HeadlessBrowserTests {
  static let hostileFeed = RenderFixtures.fixture("hostile-feed.xml")

  private func browser() throws -> Chromium {
    try #require(
      Chromium.find(),
      "headless Chromium is needed to prove the HTML pages run nothing: apt-get install chromium")
  }

  /// What a script in the hostile feed would leave in the DOM.
  private func expectNothingRan(_ visit: Chromium.Visit, title: String) {
    #expect(visit.dom.contains("<title>\(title)</title>"), "the page's title is untouched")
    #expect(!visit.dom.contains("PWNED</title>"))
    // The DOM serializer quotes every attribute: an inserted element reads `id="pwned"`,
    // while the escaped text of the feed reads `&lt;div id=pwned&gt;`.
    #expect(!visit.dom.contains("id=\"pwned\""))
    for element in ["<script", "<img", "<svg", "<iframe", "<body onload", "<style>@import"] {
      #expect(!visit.dom.contains(element), "no \(element) element from the input")
    }
    #expect(!visit.log.contains("Uncaught"), "no script error either")
  }

  /// Every `href` left in the DOM is http, https or mailto.
  private func expectOnlySafeLinks(_ dom: String) {
    var links = 0
    for piece in dom.components(separatedBy: "href=\"").dropFirst() {
      let target = String(piece.prefix { $0 != "\"" })
      links += 1
      #expect(
        target.hasPrefix("https://") || target.hasPrefix("http://")
          || target.hasPrefix("mailto:"), "a live link to \(target)")
    }
    #expect(links >= 1, "the one plain https link of the feed stays a link")
  }

  @Test func theBrowserRunsAScriptOfAnUnprotectedPage() throws {
    // The control: without Parallax's policy and escaping, the marker appears.
    let visit = try browser().visit(
      "<!DOCTYPE html><html><head><title>ok</title></head><body>"
        + "<script>document.title='PWNED'</script></body></html>")
    #expect(visit.dom.contains("<title>PWNED</title>"), "\(visit.dom)")
  }

  @Test func thePolicyBlocksAScriptThatGotIntoThePage() throws {
    // Defence in depth: even raw markup inside the shell would not run.
    let page =
      HTMLPage.head(title: "ok") + "<script>document.title='PWNED'</script>"
      + "<img src=x onerror=\"document.title='PWNED'\">" + HTMLPage.tail
    let visit = try browser().visit(page)
    #expect(visit.dom.contains("<title>ok</title>"), "\(visit.dom)")
    #expect(visit.log.contains("Content Security Policy"), "the browser reports the blocked script")
  }

  @Test func showPageOfAHostileFeedRunsNothing() throws {
    let loaded = RenderFixtures.reports(Self.hostileFeed)
    #expect(loaded.reports.count == 6)
    let page = StreamRenderer<Report>.show(.html).render(all: loaded.reports)
    let visit = try browser().visit(page)
    expectNothingRan(visit, title: "Parallax: reports")
    expectOnlySafeLinks(visit.dom)
    #expect(!visit.log.contains("Content Security Policy"), "nothing even tried to run")
  }

  @Test func factsPageOfAHostileFeedRunsNothing() throws {
    let reports = RenderFixtures.analyzed(Self.hostileFeed)
    #expect(reports.count == 6)
    let page = StreamRenderer<AnalyzedReport>.facts(.html).render(all: reports)
    let visit = try browser().visit(page)
    expectNothingRan(visit, title: "Parallax: facts")
    expectOnlySafeLinks(visit.dom)
    #expect(!visit.log.contains("Content Security Policy"), "nothing even tried to run")
    // The hostile text is there, as text.
    #expect(visit.dom.contains("&lt;script&gt;document.body.insertAdjacentHTML"))
  }

  @Test func listPageOfAHostileFeedRunsNothing() throws {
    let page = StreamRenderer<Report>.list(.html).render(
      all: RenderFixtures.reports(Self.hostileFeed).reports)
    let visit = try browser().visit(page)
    expectNothingRan(visit, title: "Parallax: reports")
  }
}
