import Foundation
import ParallaxFacts
import ParallaxText
import Synchronization

/// The words that never start or end a suggested term, nor make one alone, by language:
/// the function words of the language's entity lexicon
/// (`ParallaxFacts/Resources/entities/<language>.txt`, `[function-words]`) and the frequent
/// short words of its language profile (`ParallaxCorpus/Resources/language/<language>.txt`,
/// `[stopwords]`), the aligner's function and weak words (`Resources/function-words/`:
/// weekdays, months and relative days, which every report of one day shares, so that
/// co-occurrence pairs them with anything), the number words ICU writes for it (0–99 and
/// the hundreds) and the one-word number, scale, currency and percent words of its figure
/// data (`ParallaxFacts/Resources/numbers/<language>.txt`: `milliards`, `млрд`, `euros`,
/// `Prozent`), folded: a figure, its unit or a date word is no term (and German capitalizes
/// `Milliarden Euro`, which its entity lexicon therefore lists, so one language leaving them
/// in would pair them with the other's leftovers). Language knowledge stays in those files
/// and in ICU's data.
enum TermStopwords {
  private static let cache = Mutex<[String: Set<String>]>([:])

  /// The folded stopwords of `language` (a primary code); empty when it has no files.
  static func of(_ language: String) -> Set<String> {
    if let known = cache.withLock({ $0[language] }) { return known }
    var words = FactExtractor.functionWords(language).union(FunctionWords.of(language).weak)
    let profile = LexiconFile(bundle: "Parallax_ParallaxCorpus", "language/\(language).txt")
    for line in profile.words("stopwords") {
      for word in line.split(separator: " ") { words.insert(TextFolding.fold(String(word))) }
    }
    let numbers = LexiconFile(bundle: "Parallax_ParallaxFacts", "numbers/\(language).txt")
    for entry in numbers.entries("") where entry.count >= 2 {
      guard ["word:", "scale:", "currency:", "percent"].contains(where: entry[0].hasPrefix)
      else { continue }
      for form in entry[1].split(separator: "|") {
        let parts = form.split(separator: " ")
        guard parts.count == 1, let word = parts.first, word.contains(where: \.isLetter) else {
          continue
        }
        words.insert(TextFolding.fold(String(word)))
      }
    }
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: language)
    formatter.numberStyle = .spellOut
    for value in Array(0...99) + stride(from: 100, through: 900, by: 100) {
      guard let text = formatter.string(from: NSNumber(value: value)) else { continue }
      for word in text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{AD}" }) {
        words.insert(TextFolding.fold(String(word)))
      }
    }
    cache.withLock { $0[language] = words }
    return words
  }
}
