import ParallaxText

/// A per-paragraph cache of the concepts of each distinct word.
final class ConceptMemo {
  /// Made on the first store: paragraphs whose tokens were derived never need it.
  private var table: HashTable<[MeasureLexicon.Concept]>?

  /// The concepts stored for a word (its key's hash and its key).
  subscript(hash: UInt64, key key: String) -> [MeasureLexicon.Concept]? {
    get { table?[hash, key: key] }
    set {
      if table == nil { table = HashTable(capacity: 128) }
      table?[hash, key: key] = newValue
    }
  }
}

/// What the figure stage keeps from one paragraph to the next of a report: the concepts of
/// the words seen and the stemmer (one allocation per report instead of per paragraph).
///
/// One caller uses a scratch at a time (a report's extraction, or one `figures(in:)` call
/// that borrowed it from the language's pool, `FigureLanguageBox.borrowScratch`).
package final class FigureScratch: @unchecked Sendable {
  /// The concepts of the words seen; `nil` when not `remembering` (one paragraph alone: its
  /// words go straight to the language's process-wide `ConceptCache`).
  let memo: ConceptMemo?
  let stemmer: StemmerBox
  /// The figure readings of the distinct words seen (`FigureView.word`), so each is read once.
  /// Stored, not `lazy`: a lazy property passed `inout` is a copy, whose arrays a mutation
  /// would copy again.
  var words = WordTable<FigureWord>(capacity: 0)

  /// Scratch for `extractor`'s language; `remembering`: whether it keeps the concepts of
  /// the words seen for the next paragraphs.
  package convenience init(for extractor: FigureExtractor, remembering: Bool = true) {
    self.init(for: extractor.box, remembering: remembering)
  }

  /// Scratch for the language of `box`.
  init(for box: FigureLanguageBox, remembering: Bool) {
    memo = remembering ? ConceptMemo() : nil
    // The two values read alone: a `FigureLanguage` taken from the box, even as an
    // argument, was a copy of every table (retained and released once per report).
    let hasStemmer = box.value.measures.hasStemmer
    stemmer = StemmerBox(language: hasStemmer ? box.value.code : nil)
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
  /// The measure concepts of the word at `index`: from the word's memoised figure reading
  /// when the tokens were derived from the facts stage's, else memoised per distinct word
  /// (when there is a memo) or from the language's cache.
  func concepts(_ index: Int) -> [MeasureLexicon.Concept] {
    let own = wordConcepts(index)
    guard box.hasMeasurePhrases, let phrase = box.phraseConcepts(tokens, at: index) else {
      return own
    }
    return phrase + own
  }

  /// The concepts of the word at `index` alone.
  private func wordConcepts(_ index: Int) -> [MeasureLexicon.Concept] {
    if let words, tokens[index].word >= 0 {
      let word = words.payloads[Int(tokens[index].word)]
      if word.kind == .word { return word.concepts }
    }
    let hash = tokens[index].hash
    let key = tokens[index].key
    guard let memo else { return box.concepts(key: key, hash: hash, stemmer: stemmer) }
    if let known = memo[hash, key: key] { return known }
    let found = box.concepts(key: key, hash: hash, stemmer: stemmer)
    memo[hash, key: key] = found
    return found
  }
}

extension FigureLanguageBox {
  /// Whether the language's measures hold forms of several words.
  var hasMeasurePhrases: Bool { value.measures.hasPhrases }

  /// The concepts of the measure phrase of several words starting at `index`, if any.
  func phraseConcepts(_ tokens: [FigureToken], at index: Int) -> [MeasureLexicon.Concept]? {
    value.measures.phraseConcepts(tokens, at: index)
  }

  /// The measure concepts of a word's key, from the language's process-wide cache.
  func concepts(key: String, hash: UInt64, stemmer: StemmerBox) -> [MeasureLexicon.Concept] {
    if let known = value.conceptCache.concepts(hash, key: key) { return known }
    let found = value.measures.concepts(key, hash: hash, stemmer: stemmer.stemmer)
    value.conceptCache.store(found, for: hash, key: key)
    return found
  }
}
