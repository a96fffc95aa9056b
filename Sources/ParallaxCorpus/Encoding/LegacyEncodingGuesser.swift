/// Chooses the legacy code page that reads undeclared, non-UTF-8 bytes best.
///
/// Each candidate decodes a sample; the text is scored by how well it fits the language
/// models (average bits per n-gram of the best language), a bonus when the language found is
/// one the code page is made for, and penalties for undefined bytes, C1 controls and
/// non-letters among the upper bytes. Ties go to the earlier candidate (windows-1252).
enum LegacyEncodingGuesser {
  /// The code page chosen, and the name of the language its text reads as.
  struct Guess {
    var codePage: LegacyCodePage
    var language: String?
  }

  /// The languages each guessable code page is made for.
  static let languages: [String: Set<String>] = [
    "windows-1252": ["fr", "en", "de", "es", "it", "pt", "nl"],
    "windows-1254": ["tr"],
    "windows-1256": ["ar", "fa"],
    "windows-1251": ["ru", "uk"],
  ]

  /// How many bytes are decoded with each candidate.
  static let sampleLength = 8192

  /// The best candidate for `bytes` (which are not valid UTF-8).
  static func guess(_ bytes: [UInt8]) -> Guess {
    let sample = bytes.prefix(sampleLength)
    let upperBytes = max(1, sample.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) })
    var best: (score: Double, guess: Guess)?
    for codePage in LegacyCodePage.guessable {
      let text = codePage.decode(sample)
      var upperLetters = 0
      for scalar in text.unicodeScalars where scalar.value >= 0x80 {
        if scalar.properties.isAlphabetic { upperLetters += 1 }
      }
      let undefined = Double(codePage.undefinedCount(in: sample)) / Double(upperBytes)
      let nonLetters = 1 - min(1, Double(upperLetters) / Double(upperBytes))
      var score = -20 * undefined - 3 * nonLetters
      var language: String?
      if let evaluation = LanguageIdentifier.shared.evaluate(text) {
        score -= evaluation.bitsPerFeature
        if languages[codePage.name]?.contains(evaluation.code) == true {
          score += 3 * evaluation.confidence
          language = evaluation.name
        }
      }
      if best == nil || score > (best?.score ?? 0) {
        best = (score, Guess(codePage: codePage, language: language))
      }
    }
    return best?.guess ?? Guess(codePage: LegacyCodePage.guessable[0], language: nil)
  }
}
