import Foundation
import Testing

@testable import ParallaxAlign

/// `SideAnalyzer.mayHoldAddress`, the byte scan before looking for URLs, says yes wherever the
/// Foundation searches it replaced did (case-sensitive, as they were).
@Suite struct AddressScanTests {
  static func before(_ text: String) -> Bool {
    text.utf8.contains(UInt8(ascii: "@")) || text.contains("://") || text.contains("www.")
  }

  @Test(arguments: [
    "", "no address here", "mail a@b.fr", "see https://example.org/x", "www.example.org",
    "WWW.EXAMPLE.ORG", "wwww.x", "ww.w", ":/ /", "a:/b/", "x://", "Straße www.é.de",
    "ww\u{301}w.", "www", "://",
  ])
  func agreesWithTheSearches(_ text: String) {
    #expect(SideAnalyzer.mayHoldAddress(text) == Self.before(text))
  }
}
