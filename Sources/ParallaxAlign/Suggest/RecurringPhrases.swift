import ParallaxText

/// Multiword terms that are no names, paired because they recur in the same aligned units
/// (`the coast guard` ↔ `la garde côtière`, `the health ministry` ↔ `le ministère de la
/// santé`): what `CooccurringNames` does for capitalized names, for the noun phrases a
/// newsroom glossary is full of, whose head is lowercase.
///
/// A phrase is a run of two to `longest` words not broken by punctuation or a figure whose
/// first and last words are content words (not the language's `TermStopwords`: function,
/// weak, number and unit words), with at least two content words, one of them written in
/// lower case in the phrase and each written in lower case somewhere in the side's texts (a
/// word always capitalized is a name's, `Hélior`, `Turkey`: names are paired elsewhere),
/// except the first, the head of a name whose other words are common words (`Autorité
/// turque de la concurrence`), when it is no word of a name already found (`names`, or a
/// word with the same first four letters: `Turkish` beside `Turkey`). Of two
/// phrases paired, one at least has no such capitalized head: a lowercase term of one
/// language is paired with the name or term of the other (`Turkey's competition authority`,
/// cut at its apostrophe, with `Autorité turque de la concurrence`). Its key is its
/// words' stems, so inflected forms count together. A phrase that only ever occurs inside
/// a longer one (the same aligned units) is that longer phrase's part, not a term. A phrase
/// must recur: seen in `support` distinct passages (report and units) of its side.
///
/// Two phrases are paired when they share aligned units in `support` distinct passages of
/// each side, when the rarer is seen with the other in `consistency` of its units, when
/// enough of their content words have a partner in the other phrase (`minimumExplained`: a
/// learnt word pair, or a word spelled alike once transliterated), and when each is the
/// other's best partner (most explained, then most consistent, then the higher Dice
/// coefficient, then in order).
struct RecurringPhrases {
  /// The fewest distinct passages of each side a phrase, and a pair, must be seen in.
  var support = 2
  /// The smallest share of the rarer phrase's units that hold the other phrase.
  var consistency = 0.8
  /// The longest phrase, in words.
  var longest = 5
  /// The most function words inside a phrase (`ministère de la santé`).
  var innerFunctionWords = 2
  /// The smallest share of the two phrases' content words that have a partner in the other.
  var minimumExplained = 0.4
  /// The consonant-skeleton similarity at which two words count as spelled alike.
  var alikeWords = 0.75

  /// A pair found: the phrases as most often written, how consistently they go together,
  /// the share of their content words explained, and the aligned texts that show them.
  struct Pair {
    var first: String
    var second: String
    var consistency: Double
    var explained: Double
    var texts: [AlignedText]
  }

  /// One side's phrases: by key, the texts holding it, its written forms, its content words.
  private struct Side {
    var units: [String: Set<Int>] = [:]
    var forms: [String: [String: Int]] = [:]
    var content: [String: [String]] = [:]
    var lowercase: Set<String> = []
    /// The folded words written in lower case somewhere in the side's texts.
    var lowercaseWords: Set<String> = []

    /// The most frequent written form of a phrase (ties: the first in order).
    func form(_ key: String) -> String {
      let counts = forms[key] ?? [:]
      return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? key
    }
  }

  /// The pairs of one language pair's aligned texts; `lexicon` holds the word pairs learnt
  /// from them (folded source word, folded target word).
  func pairs(
    _ texts: [AlignedText], lexicon: Set<[String]>,
    names: (first: Set<String>, second: Set<String>) = ([], [])
  ) -> [Pair] {
    guard let sample = texts.first else { return [] }
    let a = side(texts.map(\.firstText), language: sample.firstLanguage)
    let b = side(texts.map(\.secondText), language: sample.secondLanguage)
    let keptA = recurring(a, texts: texts, first: true, names: names.first)
    let keptB = recurring(b, texts: texts, first: false, names: names.second)
    var together: [[String]: [Int]] = [:]
    for index in texts.indices {
      let x = keptA.kept.filter { a.units[$0]?.contains(index) == true }
      let y = keptB.kept.filter { b.units[$0]?.contains(index) == true }
      for p in x {
        for q in y where keptA.lowercase.contains(p) || keptB.lowercase.contains(q) {
          together[[p, q], default: []].append(index)
        }
      }
    }
    var candidates: [(key: [String], explained: Double, value: Double, dice: Double)] = []
    for (key, shared) in together where shared.count >= support {
      let shown = shared.map { texts[$0] }
      guard TermSuggester.passages(shown) >= support else { continue }
      let (x, y) = (a.units[key[0]]?.count ?? 0, b.units[key[1]]?.count ?? 0)
      let value = Double(shared.count) / Double(max(1, min(x, y)))
      guard value >= consistency else { continue }
      let explained = self.explained(a.content[key[0]] ?? [], b.content[key[1]] ?? [], lexicon)
      guard explained >= minimumExplained else { continue }
      let dice = 2 * Double(shared.count) / Double(max(1, x + y))
      candidates.append((key, explained, value, dice))
    }
    let better = {
      (
        x: (key: [String], explained: Double, value: Double, dice: Double),
        y: (key: [String], explained: Double, value: Double, dice: Double)
      ) in
      (x.explained, x.value, x.dice, y.key[0], y.key[1])
        > (y.explained, y.value, y.dice, x.key[0], x.key[1])
    }
    var result: [Pair] = []
    for candidate in candidates {
      let rivals = candidates.filter {
        $0.key[0] == candidate.key[0] || $0.key[1] == candidate.key[1]
      }
      guard !rivals.contains(where: { better($0, candidate) }) else { continue }
      result.append(
        Pair(
          first: a.form(candidate.key[0]), second: b.form(candidate.key[1]),
          consistency: candidate.value, explained: candidate.explained,
          texts: (together[candidate.key] ?? []).map { texts[$0] }))
    }
    return result.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
  }

  /// The phrases of one side's texts.
  private func side(_ texts: [String], language: String) -> Side {
    let stopwords = TermStopwords.of(language)
    let stemmer = WordStemmer(language: language)
    var side = Side()
    for (index, text) in texts.enumerated() {
      for run in Self.runs(text) {
        let folded = run.map { TextFolding.fold($0) }
        let stop = folded.map { stopwords.contains($0) }
        for (word, form) in zip(run, folded) where word.first?.isLowercase == true {
          side.lowercaseWords.insert(form)
        }
        for start in run.indices where !stop[start] {
          var inner = 0
          for end in stride(from: start + 1, to: min(run.count, start + longest), by: 1) {
            if stop[end] {
              inner += 1
              if inner > innerFunctionWords { break }
              continue
            }
            let window = start...end
            let content = window.filter { !stop[$0] }
            guard content.count >= 2 else { continue }
            let key = window.map { stemmer.key(run[$0]) }.joined(separator: " ")
            side.units[key, default: []].insert(index)
            side.forms[key, default: [:]][run[window].joined(separator: " "), default: 0] += 1
            if side.content[key] == nil { side.content[key] = content.map { folded[$0] } }
            if content.contains(where: { run[$0].first?.isLowercase == true }) {
              side.lowercase.insert(key)
            }
          }
        }
      }
    }
    return side
  }

  /// The runs of words of `text` (two letters or more) between punctuation and figures, a
  /// hyphenated word kept whole (`garde-côtes`, `Qatar-based`: a word of it alone is no
  /// term).
  static func runs(_ text: String) -> [[String]] {
    let tokens = Tokenizer.tokens(text)
    var runs: [[String]] = []
    var current: [String] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      let word = token.text(in: text)
      if token.kind == .word, word.count >= 2 {
        current.append(word)
      } else if token.kind == .punctuation, ["-", "\u{2010}", "\u{2011}"].contains(word),
        !token.spaceBefore, let last = current.last, index + 1 < tokens.count,
        tokens[index + 1].kind == .word, !tokens[index + 1].spaceBefore
      {
        current[current.count - 1] = last + word + tokens[index + 1].text(in: text)
        index += 1
      } else {
        if !current.isEmpty { runs.append(current) }
        current = []
      }
      index += 1
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  /// The keys of a side that are terms: written in lower case somewhere, recurring in
  /// `support` passages, and not only ever part of a longer phrase of the same units.
  private func recurring(
    _ side: Side, texts: [AlignedText], first: Bool, names: Set<String>
  ) -> (kept: Set<String>, lowercase: Set<String>) {
    var byUnits: [Set<Int>: [String]] = [:]
    var lowercase = Set<String>()
    for key in side.lowercase {
      let content = side.content[key] ?? []
      guard let units = side.units[key], let head = content.first,
        side.lowercaseWords.contains(head) || !Self.namesWord(head, names),
        content.dropFirst().allSatisfy({ side.lowercaseWords.contains($0) })
      else { continue }
      if side.lowercaseWords.contains(head) { lowercase.insert(key) }
      let passages = Set(
        units.map { index -> String in
          let text = texts[index]
          let (report, numbers) =
            first ? (text.firstReport, text.firstUnits) : (text.secondReport, text.secondUnits)
          return report + "\u{1}" + numbers.map(String.init).joined(separator: ",")
        })
      if passages.count >= support { byUnits[units, default: []].append(key) }
    }
    var kept = Set<String>()
    for keys in byUnits.values {
      for key in keys
      where !keys.contains(where: { $0 != key && (" " + $0 + " ").contains(" " + key + " ") }) {
        kept.insert(key)
      }
    }
    return (kept, lowercase.intersection(kept))
  }

  /// Whether `word` is a word of `names`, or shares its first four letters with one
  /// (`turkish` beside `turkey`).
  private static func namesWord(_ word: String, _ names: Set<String>) -> Bool {
    names.contains(word) || (word.count >= 4 && names.contains { $0.prefix(4) == word.prefix(4) })
  }

  /// The share of the content words of `x` and `y` that have a partner in the other, each
  /// word one partner at most (`price` explains `prix` or `prime`, not both): a learnt word
  /// pair, or two words of four letters or more spelled alike.
  private func explained(_ x: [String], _ y: [String], _ lexicon: Set<[String]>) -> Double {
    let partners = { (p: String, q: String) in
      lexicon.contains([p, q])
        || (p.count >= 4 && q.count >= 4 && ConsonantSkeleton.similarity(p, q) >= alikeWords)
    }
    var free = y
    var matched = 0
    for p in x {
      guard let index = free.firstIndex(where: { partners(p, $0) }) else { continue }
      free.remove(at: index)
      matched += 1
    }
    return Double(2 * matched) / Double(max(1, x.count + y.count))
  }
}
