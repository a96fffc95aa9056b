/// Chooses the legacy code page that reads undeclared, non-UTF-8 bytes best.
///
/// Each candidate decodes a sample; the text is scored by how well it fits the language
/// models (bits per n-gram worse than the best language's training text), a bonus when the language found is
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
      let shape = Self.shape(of: text)
      let undefined = Double(codePage.undefinedCount(in: sample)) / Double(upperBytes)
      let implausible = Double(shape.implausible) / Double(upperBytes)
      let mixed = Double(shape.mixedScript) / Double(upperBytes)
      var score = -20 * undefined - 3 * implausible - 4 * mixed
      var language: String?
      if let evaluation = LanguageIdentifier.shared.evaluate(text) {
        score -= evaluation.excessBits
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

  /// Upper characters that are neither letters nor common punctuation, and letters whose
  /// script differs from the letter before them in the same word (`Cafй`).
  static func shape(of text: String) -> (implausible: Int, mixedScript: Int) {
    var implausible = 0
    var mixed = 0
    var previousScript: Int?
    for scalar in text.unicodeScalars {
      let value = scalar.value
      guard scalar.properties.isAlphabetic else {
        previousScript = nil
        if !scalar.isASCII, !commonPunctuation.contains(value) { implausible += 1 }
        continue
      }
      let script: Int
      switch value {
      // Latin (to the end of Latin Extended-B); Greek and Cyrillic; Hebrew, Arabic and the
      // Arabic presentation forms.
      case 0..<0x250: script = 0
      case 0x370..<0x530: script = 1
      case 0x590..<0x700, 0xFB50..<0xFF00: script = 2
      default: script = 3
      }
      if let previousScript, previousScript != script { mixed += 1 }
      previousScript = script
    }
    return (implausible, mixed)
  }

  /// Non-letters above ASCII that legacy news text uses all the time.
  static let commonPunctuation: Set<UInt32> = Set(
    // NO-BREAK SPACE, guillemets, euro, curly quotes, dashes, ellipsis, bullet, degree,
    // section, copyright, registered, trade mark, middle dot, inverted question and
    // exclamation marks, Arabic comma, semicolon, question mark and percent sign.
    "\u{A0}«»€“”‘’„–—…•°§©®™·¿¡،؛؟٪".unicodeScalars.map(\.value))
}
