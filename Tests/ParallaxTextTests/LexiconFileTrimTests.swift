import Foundation
import Testing

@testable import ParallaxText

/// `LexiconFile.trimmed` answers as Foundation's trimming of `.whitespaces` does (it only
/// skips Foundation when both ends are visible ASCII).
@Suite struct LexiconFileTrimTests {
  @Test(arguments: [
    "", " ", "\t", "word", " word", "word\t", "\u{A0}mot\u{A0}", "a b", "x\u{3000}", "é",
    "\u{2009}tiret", "Straße ", "#", "[section]", "\u{301}a", "a\u{301}",
  ])
  func trimsAsFoundation(_ text: String) {
    #expect(LexiconFile.trimmed(Substring(text)) == text.trimmingCharacters(in: .whitespaces))
  }

  /// Lines are trimmed before their fields are split (a leading tab makes no empty field),
  /// then each field is.
  @Test func parsesFieldsTrimmed() {
    let file = LexiconFile(text: "[s]\n word\t x \t\u{A0}y\u{A0}\n\tz\nw\t\tv\n")
    #expect(file.entries("s") == [["word", "x", "y"], ["z"], ["w", "", "v"]])
  }
}
