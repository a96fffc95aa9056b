import ParallaxText

/// The lexicon key of a word or phrase in one language: folded, stemmed with Snowball, a
/// phrase reduced to its longest word (dictionary entries such as `to climb`, `le sommet`).
///
/// Not thread-safe (it remembers its answers): one per task.
final class WordStemmer {
  private let stemmer: Stemmer?
  private var known: [String: String] = [:]

  init(language: String) { stemmer = Stemmer(language: language) }

  /// The key of `text`.
  func key(_ text: String) -> String {
    if let key = known[text] { return key }
    let key = compute(text)
    if known.count < 200_000 { known[text] = key }
    return key
  }

  /// The key of `text`, not remembered: for words met once (a dictionary's headwords).
  func uncachedKey(_ text: String) -> String { known[text] ?? compute(text) }

  private func compute(_ text: String) -> String {
    // One word of letters (no ASCII space, digit or mark): no need to tokenize.
    let plain = text.utf8.allSatisfy { byte in
      byte >= 0x80 || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
    }
    if plain {
      let folded = TextFolding.fold(text)
      return stemmer?.stem(folded) ?? folded
    }
    let words = Tokenizer.tokens(text).filter { $0.kind == .word }.map { $0.text(in: text) }
    guard let longest = words.max(by: { ($0.count, $1) < ($1.count, $0) }) else {
      return TextFolding.fold(text)
    }
    let folded = TextFolding.fold(longest)
    return stemmer?.stem(folded) ?? folded
  }
}
