import ParallaxText
import Synchronization

/// The function words of a language (`Resources/function-words/<language>.txt`: articles,
/// pronouns, prepositions, auxiliaries), folded: words two unrelated texts share by chance.
/// The aligner weighs them a tenth of a content word, drops dictionary pairs with one of them
/// and never links two units on them alone. Empty for a language with no list.
enum FunctionWords {
  private static let cache = Mutex<[String: Set<String>]>([:])

  /// The folded function words of `language` (an ISO 639-1 code), read once.
  static func of(_ language: String) -> Set<String> {
    if let known = cache.withLock({ $0[language] }) { return known }
    var words = Set<String>()
    let valid = !language.isEmpty && language.allSatisfy { $0.isLetter && $0.isASCII }
    if valid {
      let file = LexiconFile(bundle: "Parallax_ParallaxAlign", "function-words/\(language).txt")
      for line in file.words("function-words") {
        for word in line.split(separator: " ") { words.insert(TextFolding.fold(word)) }
      }
    }
    cache.withLock { $0[language] = words }
    return words
  }
}
