import ParallaxCheck
import ParallaxCore
import Testing

@testable import ParallaxRender

@Suite("Check views: text, Markdown, HTML")
struct CheckRenderingTests {
  static let result = CheckResult(
    source: .init(report: "fr.txt", language: "fr", paragraphs: 2),
    target: .init(report: "en.txt", language: "en", paragraphs: 2), pairs: [],
    findings: [
      Finding(
        .error, .figureValue, "value changed: «22» → «23» <script>alert(1)</script>",
        source: FindingEvidence(
          report: "fr.txt", paragraph: 1, range: TextRange(9, 11), text: "22", factID: "p1.f0"),
        target: FindingEvidence(
          report: "en.txt", paragraph: 1, range: TextRange(9, 11), text: "23 | x", factID: "p1.f0")),
      Finding(.note, .segmentAdded, "¶2 of the translation has no source"),
    ])

  @Test func text() {
    let text = CheckRendering.text(Self.result)
    #expect(
      text.hasPrefix("check: fr fr.txt → en en.txt · 0 pairs · 1 error, 0 warnings, 1 note\n"))
    #expect(text.contains("error   figureValue  value changed"))
    #expect(text.contains("  source ¶1 9..<11 p1.f0 «22»"))
  }

  @Test func markdownEscapesCells() {
    let markdown = CheckRendering.markdown(Self.result)
    #expect(markdown.contains("| severity | kind | finding | source | target |"))
    #expect(markdown.contains("23 \\| x"))
  }

  @Test func htmlIsEscapedUnderItsPolicy() {
    let html = CheckRendering.html(Self.result)
    #expect(html.contains(HTMLPage.contentSecurityPolicy))
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;"))
  }
}
