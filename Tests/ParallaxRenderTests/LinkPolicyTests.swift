import Testing

@testable import ParallaxRender

/// Only absolute http, https and mailto URLs become links; everything else stays text.
@Suite struct LinkPolicyTests {
  @Test(arguments: [
    "javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
    "\u{1}\u{8}javascript:alert(1)", "\tjavascript:alert(1)", "java\tscript:alert(1)",
    "java\nscript:alert(1)", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD4=",
    "file:///etc/passwd", "//evil.example/x", "/relative/path", "relative.html", "",
    "   ", "http:", "http://", "https:///path", "mailto:", "https://exa mple.org/",
    "ftp://example.org/", "https\u{0}://example.org", "\u{FEFF}javascript:alert(1)",
    "&#106;avascript:alert(1)", "jav&#x09;ascript:alert(1)",
  ])
  func refused(_ url: String) {
    #expect(LinkPolicy.linkTarget(url) == nil, "\(url.debugDescription) must stay text")
  }

  @Test(arguments: [
    ("https://example.org/a?b=1&c=2#d", "https://example.org/a?b=1&c=2#d"),
    ("HTTP://Example.org/", "HTTP://Example.org/"),
    ("http://example.org", "http://example.org"),
    ("  https://example.org/x  ", "https://example.org/x"),
    ("mailto:desk@example.org", "mailto:desk@example.org"),
  ])
  func allowed(_ url: String, _ target: String) {
    #expect(LinkPolicy.linkTarget(url) == target)
  }

  @Test func aLinkIsEscapedAndARefusedURLIsText() {
    let link = HTMLPage.link("https://example.org/?a=1&b=\"x\"")
    #expect(
      link
        == "<a class=\"url\" href=\"https://example.org/?a=1&amp;b=&quot;x&quot;\" "
        + "rel=\"noopener noreferrer nofollow\">https://example.org/?a=1&amp;b=&quot;x&quot;</a>")
    let text = HTMLPage.link("javascript:alert('<x>')")
    #expect(text == "<span class=\"url\">javascript:alert(&#39;&lt;x&gt;&#39;)</span>")
    #expect(!text.contains("href"))
  }
}
