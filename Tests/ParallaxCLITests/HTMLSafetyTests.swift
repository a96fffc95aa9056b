import Foundation
import Testing

/// `show` and `facts --format html` on feed items whose links would run a script: no live
/// link but http, https and mailto, and every page forbids scripts.
@Suite struct HTMLSafetyTests {
  static let links = [
    "javascript:alert(1)", "JavaScript:alert(1)", "   javascript:alert(1)",
    "vbscript:msgbox(1)", "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;",
    "https://news.example/ok",
  ]

  static var feed: String {
    let items = links.enumerated().map { index, link in
      "<item><title>Item \(index)</title><link>\(link)</link>"
        + "<description>At least \(index + 2) people were hurt, police said.</description></item>"
    }
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
      + "<language>en</language>" + items.joined() + "</channel></rss>"
  }

  @Test(arguments: ["show", "facts"])
  func onlyWebAndMailLinksAreLive(_ command: String) throws {
    let path = try CLI.temporaryFile(Self.feed, name: "feed.rss")
    let result = try CLI.run([command, path, "--format", "html"])
    #expect(result.status == 0, "\(result.stderr)")
    let page = result.stdout
    #expect(
      page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
    let hrefs = page.components(separatedBy: "href=\"").dropFirst().map {
      String($0.prefix { $0 != "\"" })
    }
    #expect(hrefs == ["https://news.example/ok"])
    #expect(page.contains("<span class=\"url\">javascript:alert(1)</span>"))
    #expect(page.contains("<span class=\"url\">JavaScript:alert(1)</span>"))
    #expect(page.contains("<span class=\"url\">vbscript:msgbox(1)</span>"))
    #expect(page.contains("<span class=\"url\">data:text/html,&lt;script&gt;"))
    #expect(!page.contains("<script"))
  }
}
