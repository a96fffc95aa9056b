import ParallaxText

extension LexiconLearner {
  /// Learns word (or phrase) pairs from aligned texts: the segments of a translation memory,
  /// the units of an alignment. Each text is cut into words, folded and stemmed in its
  /// language (`WordStemmer`, as the aligner keys its words); with `phraseLength` above 1,
  /// every run of up to that many words not broken by punctuation is a term of its own, so
  /// multiword terms compete with their words in the one model.
  ///
  /// Each pair names its terms by their most frequent written form (folded when
  /// `foldedForms`, as the aligner's lexicon wants them), ties to the first seen; sorted by
  /// score, descending, then by the terms. At most `maximumTexts` pairs are read, spread
  /// evenly over the input, which bounds the time on a large memory. `functionWords`
  /// (folded) never start or end a term, nor are terms alone.
  public func learn(
    texts: [(source: String, target: String)], sourceLanguage: String, targetLanguage: String,
    phraseLength: Int = 1, foldedForms: Bool = true, maximumTexts: Int = 6000,
    functionWords: (source: Set<String>, target: Set<String>) = ([], [])
  ) -> [LexiconEntry] {
    var chosen = texts
    if texts.count > maximumTexts, maximumTexts > 0 {
      let step = Double(texts.count) / Double(maximumTexts)
      chosen = (0..<maximumTexts).map { texts[Int(Double($0) * step)] }
    }
    var source = TermVocabulary(
      language: sourceLanguage, length: phraseLength, folded: foldedForms,
      skipped: functionWords.source)
    var target = TermVocabulary(
      language: targetLanguage, length: phraseLength, folded: foldedForms,
      skipped: functionWords.target)
    let numbered = chosen.map {
      (source: source.terms(of: $0.source), target: target.terms(of: $0.target))
    }
    return learn(numbered, sourceVocabulary: source.count, targetVocabulary: target.count)
      .map {
        LexiconEntry(
          source: source.form(of: $0.source), target: target.form(of: $0.target),
          score: $0.score, count: $0.count, origin: .learned, dice: $0.dice)
      }
      .sorted { ($1.score, $0.source, $0.target) < ($0.score, $1.source, $1.target) }
  }
}

/// The terms of one language's texts, numbered: a term is the stems of up to `length`
/// consecutive words; each remembers how often each written form was seen.
struct TermVocabulary {
  private let stemmer: WordStemmer
  private let length: Int
  private let folded: Bool
  private let skipped: Set<String>
  private var ids: [String: Int32] = [:]
  private var forms: [[String: Int]] = []
  private var firstForm: [String] = []

  init(language: String, length: Int, folded: Bool, skipped: Set<String> = []) {
    stemmer = WordStemmer(language: language)
    self.length = max(1, length)
    self.folded = folded
    self.skipped = skipped
  }

  /// How many distinct terms were seen.
  var count: Int { forms.count }

  /// The ids of the terms of `text`, each once per text.
  mutating func terms(of text: String) -> [Int32] {
    var result: [Int32] = []
    var seen = Set<Int32>()
    for run in Self.runs(text) {
      let stems = run.map { stemmer.key($0) }
      let function = run.map { skipped.contains(TextFolding.fold($0)) }
      for start in run.indices where !function[start] {
        for size in 1...length where start + size <= run.count && !function[start + size - 1] {
          let key = stems[start..<(start + size)].joined(separator: " ")
          let written = run[start..<(start + size)].joined(separator: " ")
          let id = self.id(key, form: folded ? TextFolding.fold(written) : written)
          if seen.insert(id).inserted { result.append(id) }
        }
      }
    }
    return result
  }

  /// The most frequent written form of a term.
  func form(of id: Int32) -> String {
    let counts = forms[Int(id)]
    let first = firstForm[Int(id)]
    return counts.max { a, b in
      (a.value, a.key == first ? 1 : 0, b.key) < (b.value, b.key == first ? 1 : 0, a.key)
    }?.key ?? first
  }

  private mutating func id(_ key: String, form: String) -> Int32 {
    if let known = ids[key] {
      forms[Int(known)][form, default: 0] += 1
      return known
    }
    let id = Int32(forms.count)
    ids[key] = id
    forms.append([form: 1])
    firstForm.append(form)
    return id
  }

  /// The runs of words of `text` (two letters or more) between punctuation and figures.
  static func runs(_ text: String) -> [[String]] {
    var runs: [[String]] = []
    var current: [String] = []
    for token in Tokenizer.tokens(text) {
      let word = token.text(in: text)
      if token.kind == .word, word.count >= 2 {
        current.append(word)
      } else if token.kind != .word || word.count < 2 {
        if !current.isEmpty { runs.append(current) }
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }
}
