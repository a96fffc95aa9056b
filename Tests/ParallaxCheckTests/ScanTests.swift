import Testing

@testable import ParallaxCheck

/// The scans of the checks that were rewritten for speed (issue 13) count as the plain
/// versions they replaced.
@Suite struct ScanTests {
  static let texts = [
    "", "Nanga Parbat , Cho Oyu , Gasherbrum .", "die Expedition erreichte den Gipfel",
    "L'armée turque a perdu 22 soldats", "e\u{301}te\u{301} à Idleb", "٢٫٥ مليار دولار",
    "Анкара и Дамаск", "ÉTÉ été", "a1b2 c3", "x", "  ",
  ]

  /// `SegmentCheck.commonLetters` as it was: split into words, then counted.
  static func commonLetters(_ text: String, atLeast limit: Int = .max) -> Int {
    var count = 0
    for word in text.split(whereSeparator: { !$0.isLetter }) {
      guard let first = word.unicodeScalars.first, !first.properties.isUppercase else {
        continue
      }
      count += word.count
      if count >= limit { break }
    }
    return count
  }

  @Test(arguments: texts)
  func commonLettersCountAsBefore(_ text: String) {
    for limit in [1, 5, 25, Int.max] {
      #expect(
        SegmentCheck.commonLetters(text, atLeast: limit) == Self.commonLetters(text, atLeast: limit)
      )
    }
  }

  /// `SegmentCheck.sameText` answers as folding both texts in full does, on every pair of
  /// the texts above and of their variants in case and spacing.
  @Test func sameTextAnswersAsFullFolding() {
    let variants = Self.texts.flatMap { [$0, $0.uppercased(), " " + $0 + "  ", $0 + "."] }
    for a in variants {
      for b in variants {
        let full =
          a == b
          || (abs(a.utf8.count - b.utf8.count) <= max(8, min(a.utf8.count, b.utf8.count) / 10)
            && SegmentCheck.fold(a) == SegmentCheck.fold(b))
        #expect(SegmentCheck.sameText(a, b) == full, "\(a) | \(b)")
      }
    }
  }

  @Test(arguments: texts)
  func lettersCountAsBefore(_ text: String) {
    let before = text.unicodeScalars.reduce(0) {
      $0 + ($1.properties.isAlphabetic || $1.properties.numericType != nil ? 1 : 0)
    }
    #expect(OmissionCheck.letters(text) == before)
  }

  @Test func numbersAndLinksAreFound() {
    #expect(
      NumberFormatCheck.numbers(in: "2,5 Milliarden und 1.000 Mann, v1.2").map(\.text) == [
        "2,5", "1.000",
      ])
    #expect(NumberFormatCheck.numbers(in: "٢٫٥ مليار").map(\.text) == ["٢٫٥"])
    #expect(LinkCheck.mayHoldLinks("voir WWW.example.org"))
    #expect(LinkCheck.mayHoldLinks("https://x.org") && LinkCheck.mayHoldLinks("a@b.c"))
    #expect(!LinkCheck.mayHoldLinks("ww.w :/ / rien"))
  }
}
