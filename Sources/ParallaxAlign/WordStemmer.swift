import ParallaxText

/// The lexicon key of a word or phrase in one language: folded, stemmed with Snowball, a
/// phrase reduced to its longest word (dictionary entries such as `to climb`, `le sommet`).
final class WordStemmer {
  private let stemmer: Stemmer?

  init(language: String) { stemmer = Stemmer(language: language) }

  /// The key of `text`.
  func key(_ text: String) -> String {
    let words = Tokenizer.tokens(text).filter { $0.kind == .word }.map { $0.text(in: text) }
    guard let longest = words.max(by: { ($0.count, $1) < ($1.count, $0) }) else {
      return TextFolding.fold(text)
    }
    let folded = TextFolding.fold(longest)
    return stemmer?.stem(folded) ?? folded
  }
}
