import ParallaxText

/// A per-paragraph cache of the concepts of each distinct word.
final class ConceptMemo {
  var concepts = HashTable<[MeasureLexicon.Concept]>(capacity: 128)
}

/// What the figure stage keeps from one paragraph to the next of a report: the concepts of
/// the words seen and the stemmer (one allocation per report instead of per paragraph).
public final class FigureScratch {
  let memo = ConceptMemo()
  let stemmer: StemmerBox

  /// Scratch for `extractor`'s language.
  public init(for extractor: FigureExtractor) {
    stemmer = StemmerBox(
      language: extractor.data.measures.hasStemmer ? extractor.data.code : nil)
  }
}

/// A stemmer made on first use.
final class StemmerBox {
  private let language: String?
  private var made = false
  private var cached: Stemmer?

  /// A box for `language`'s stemmer (`nil`: none).
  init(language: String?) { self.language = language }

  /// The stemmer, if the language has one.
  var stemmer: Stemmer? {
    if !made, let language {
      cached = Stemmer(language: language)
      made = true
    }
    return cached
  }
}

extension FigureAnalyzer {
  /// The measure concepts of the word at `index`, memoised per distinct word.
  func concepts(_ index: Int) -> [MeasureLexicon.Concept] {
    let hash = tokens[index].hash
    if let known = memo.concepts[hash] { return known }
    if let known = language.conceptCache.concepts(hash) {
      memo.concepts[hash] = known
      return known
    }
    let found = language.measures.concepts(
      tokens[index].key, hash: hash, stemmer: stemmer.stemmer)
    memo.concepts[hash] = found
    language.conceptCache.store(found, for: hash)
    return found
  }
}
