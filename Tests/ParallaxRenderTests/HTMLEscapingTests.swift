import Testing

@testable import ParallaxRender

/// Everything from the input is escaped, in text and in attributes; every page forbids
/// scripts.
@Suite struct HTMLEscapingTests {
  @Test(arguments: [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("a & b", "a &amp; b"),
    ("\" onmouseover=\"x", "&quot; onmouseover=&quot;x"),
    ("' onload='x", "&#39; onload=&#39;x"),
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ("tab\tline\n", "tab\tline\n"),
    ("nul\u{0}bell\u{7}c1\u{85}", "nul\u{FFFD}bell\u{FFFD}c1\u{FFFD}"),
    ("Ankara أنقرة", "Ankara أنقرة"),
  ])
  func escapes(_ input: String, _ expected: String) {
    #expect(HTMLEscaping.escape(input) == expected)
  }

  @Test func everyPageCarriesAPolicyThatForbidsScripts() {
    let head = HTMLPage.head(title: "</title><script>alert(1)</script>")
    #expect(head.contains("<meta http-equiv=\"Content-Security-Policy\" content=\""))
    #expect(HTMLPage.contentSecurityPolicy.hasPrefix("default-src 'none';"))
    #expect(!HTMLPage.contentSecurityPolicy.contains("script-src"))
    #expect(!HTMLPage.contentSecurityPolicy.contains("unsafe-eval"))
    #expect(!head.contains("<script"))
    #expect(head.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
    // The policy comes before anything the input can reach.
    let policy = head.range(of: "Content-Security-Policy")
    let title = head.range(of: "<title>")
    #expect(policy != nil && title != nil && policy!.lowerBound < title!.lowerBound)
  }

  @Test(arguments: [("ar", "rtl"), ("fa", "rtl"), ("he", "rtl"), ("fr", "ltr"), ("tr", "ltr")])
  func direction(_ language: String, _ expected: String) {
    #expect(HTMLPage.direction(language: language) == expected)
  }

  @Test func unknownLanguageLetsTheTextDecide() {
    #expect(HTMLPage.direction(language: nil) == "auto")
  }
}
