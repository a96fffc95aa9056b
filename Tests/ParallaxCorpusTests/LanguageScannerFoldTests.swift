import ParallaxText
import Testing

@testable import ParallaxCorpus

/// The language scanner's fast case mapping (`LanguageScanner.fold`, which the profile
/// builder mirrors) is the one case mapping of Parallax, `TextFolding.lowercase` with the
/// default casing, on every letter it reads.
@Suite struct LanguageScannerFoldTests {
  @Test func theFastPathIsTheOneCaseMappingOnEveryLetterTheScannerReads() {
    var letters = 0
    var differences: [String] = []
    for value in UInt32(0)..<0x3_0000 {
      guard let scalar = Unicode.Scalar(value),
        let (_, isLetter) = LanguageScanner.classify(value), isLetter
      else { continue }
      letters += 1
      let lower = TextFolding.lowercase(scalar, casing: .standard).map { Array($0.unicodeScalars) }
      // The scanner skips combining marks, so `İ` → `i` + U+0307 reads as `i`.
      let expected =
        lower?.filter { LanguageScanner.classify($0.value) != nil }.map(\.value) ?? [value]
      if expected != [LanguageScanner.fold(value)] {
        differences.append(String(value, radix: 16))
      }
    }
    print("LanguageScanner.fold = TextFolding.lowercase on \(letters) letters")
    #expect(letters > 20_000)
    #expect(differences.isEmpty, "differ at U+\(differences.prefix(20).joined(separator: ", U+"))")
  }
}
