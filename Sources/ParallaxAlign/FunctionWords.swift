import ParallaxText
import Synchronization

/// The words of a language that two unrelated texts share by chance
/// (`Resources/function-words/<language>.txt`), folded: function words (articles, pronouns,
/// prepositions, auxiliaries), which the aligner weighs a tenth of a content word and whose
/// dictionary pairs it drops, and weak words (weekdays, months, relative days), content that
/// still cannot link two units alone. Empty for a language with no list.
struct FunctionWords: Sendable {
  /// The function words, folded.
  var function: Set<String> = []
  /// The function words and the weak words, folded: what never links two units alone.
  var weak: Set<String> = []

  private static let cache = Mutex<[String: FunctionWords]>([:])

  /// The lists of `language` (an ISO 639-1 code), read once.
  static func of(_ language: String) -> FunctionWords {
    if let known = cache.withLock({ $0[language] }) { return known }
    var lists = FunctionWords()
    if !language.isEmpty, language.allSatisfy({ $0.isLetter && $0.isASCII }) {
      let file = LexiconFile(bundle: "Parallax_ParallaxAlign", "function-words/\(language).txt")
      let words = { (section: String) in
        Set(
          file.words(section).flatMap { $0.split(separator: " ") }.map { TextFolding.fold($0) })
      }
      lists.function = words("function-words")
      lists.weak = lists.function.union(words("weak-words"))
    }
    cache.withLock { $0[language] = lists }
    return lists
  }
}
