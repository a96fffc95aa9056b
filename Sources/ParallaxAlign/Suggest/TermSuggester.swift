import ParallaxFacts
import ParallaxText

/// Ranks candidate glossary pairs from aligned reports: the aligner's entity links (one
/// person, organization or place across spellings and scripts), acronyms and their
/// expansions, and word or multiword term pairs learnt by the aligner's own
/// `LexiconLearner` from co-occurrence over the aligned units, and lowercase multiword terms
/// paired by the aligned units they recur in (`RecurringPhrases`). Pairs the known
/// glossaries already hold are left out.
///
/// Each report pair in two languages is aligned once (`mode` auto, paragraphs); a pair's
/// score is its best evidence's strength, raised by the number of report pairs that show
/// it. A pair one of whose terms a known glossary already renders in the other language is
/// ranked down (`knownVariantFactor`). The result is sorted by score, then by languages and
/// terms: deterministic.
public struct TermSuggester: Sendable {
  /// The aligner (its lexicon and glossary terms help the alignment).
  public var aligner: Aligner
  /// The learner of term pairs (the aligner's one lexicon code).
  public var learner: LexiconLearner
  /// The longest multiword term learnt, in words.
  public var phraseLength = 3
  /// The most evidence kept per suggestion.
  public var maximumEvidence = 5
  /// The weakest learnt term pair kept (its rating, from 0 to 1). At 0.3, pairs of words
  /// that only share paragraphs came through (`bank` ↔ `espagnol`, `renewable` ↔
  /// `Французская`, rated 0.30–0.33 on the Hélior–Karayel story with its translations).
  public var minimumTermScore = 0.35
  /// The fewest distinct passages each term of a learnt pair must be seen in, together: in
  /// one passage of one side, any of its words could render the other term (the weak
  /// co-occurrence evidence of a paragraph repeated by versions and translations).
  public var minimumPassages = 2
  /// The lexicon score at which a learnt pair counts fully (IBM Model 1 spreads its
  /// probability over a word's co-occurring words and phrases, so a true pair seldom gets
  /// much more on a few reports).
  public var fullTermScore = 0.25
  /// A learnt pair's weight beside an entity link (which names show; co-occurrence only
  /// suggests).
  public var termWeight = 0.8
  /// A name found across scripts by its consonant skeleton alone (`NameMiner`): its weight
  /// beside an entity link of the aligner.
  public var nameWeight = 0.9
  /// The factor of a pair one of whose terms the known glossaries already render in the
  /// other language (`Idleb'de` beside a known `Idlib` ↔ `İdlib`): another variant of a known
  /// concept, or a wrong partner of a known term; ranked down, not left out.
  public var knownVariantFactor = 0.5

  private let known: [AlignmentTerm]

  /// A suggester aligning with `aligner`, leaving out the pairs `known` holds.
  public init(aligner: Aligner = Aligner(), known: [AlignmentTerm] = []) {
    self.aligner = aligner
    self.known = known
    var learner = LexiconLearner()
    learner.minimumCount = 2
    learner.minimumScore = 0.05
    self.learner = learner
  }

  /// The suggestions from `reports` (every pair in two languages aligned) and from
  /// `extra` aligned texts (a translation memory's segments), best first.
  public func suggest(_ reports: [AnalyzedReport], extra: [AlignedText] = []) -> [TermSuggestion] {
    var pool = SuggestionPool(maximumEvidence: maximumEvidence)
    var names = NameEvidence()
    var texts: [String: [AlignedText]] = [:]
    let primary = { (code: String) in
      String(code.split(separator: "-").first ?? "").lowercased()
    }
    for (i, x) in reports.enumerated() {
      for y in reports[(i + 1)...] {
        let (a, b) = primary(x.language) <= primary(y.language) ? (x, y) : (y, x)
        let (la, lb) = (primary(a.language), primary(b.language))
        guard la != lb, !la.isEmpty, !lb.isEmpty else { continue }
        let alignment = aligner.align(a, b, unit: .paragraph, mode: .auto)
        let textA = Dictionary(a.paragraphs.map { ($0.index, $0.text) }) { first, _ in first }
        let textB = Dictionary(b.paragraphs.map { ($0.index, $0.text) }) { first, _ in first }
        for link in alignment.links {
          texts[la + "|" + lb, default: []].append(
            AlignedText(
              firstReport: a.id, firstLanguage: la, firstUnits: link.first,
              firstText: link.first.compactMap { textA[$0] }.joined(separator: " "),
              secondReport: b.id, secondLanguage: lb, secondUnits: link.second,
              secondText: link.second.compactMap { textB[$0] }.joined(separator: " ")))
        }
        names.collect(alignment.links.map { ($0.first, $0.second) }, a, la, b, lb)
        for link in alignment.entityLinks {
          let concept = link.first.key == link.second.key && link.first.key.hasPrefix("concept:")
          for (whole, other, factor) in Self.namePairs(link.first.names, link.second.names) {
            let (x, y) = concept ? (whole, other) : Self.sharedPart(whole, other)
            pool.add(
              .entity, la, x, lb, y,
              strength: link.score * factor * (concept ? 1 : Self.spelling(x, y)),
              evidence: SuggestionEvidence(
                firstReport: a.id, firstUnits: link.first.paragraphs, secondReport: b.id,
                secondUnits: link.second.paragraphs,
                note: "entity link " + link.evidence.joined(separator: "; ")))
          }
        }
      }
    }
    var knownTerms = KnownTerms(known)
    names.add(to: &pool, weight: nameWeight, known: &knownTerms)
    for report in reports { acronyms(report, primary(report.language), into: &pool) }
    for text in extra {
      let (la, lb) = (primary(text.firstLanguage), primary(text.secondLanguage))
      guard la != lb else { continue }
      let oriented = la < lb ? text : text.swapped
      texts[min(la, lb) + "|" + max(la, lb), default: []].append(oriented)
    }
    let taken = pool.takenWords()
    for key in texts.keys.sorted() {
      guard let list = texts[key] else { continue }
      let lexicon = terms(list, taken: taken, into: &pool)
      phrases(list, lexicon: lexicon, names: taken, into: &pool)
    }
    var ranked: [TermSuggestion] = []
    for var suggestion in pool.ranked(minimumReportPairs: min(2, pool.reportPairCount)) {
      let (la, a, lb, b) = (
        suggestion.firstLanguage, suggestion.first, suggestion.secondLanguage, suggestion.second
      )
      if knownTerms.contains(a, la, b, lb) { continue }
      if knownTerms.renders(a, la, in: lb) || knownTerms.renders(b, lb, in: la) {
        suggestion.score = (suggestion.score * knownVariantFactor * 1000).rounded() / 1000
      }
      ranked.append(suggestion)
    }
    ranked.sort {
      ($1.score, $0.firstLanguage, $0.secondLanguage, $0.first, $0.second)
        < ($0.score, $1.firstLanguage, $1.secondLanguage, $1.first, $1.second)
    }
    return Self.withoutParts(ranked)
  }

  /// The name pairs of one entity link: each report's first name (its fullest, as a
  /// report names an entity in full first), and each acronym with the other's acronym. An
  /// acronym with the other's full name (`OSDH`, `Syrian Observatory…`, when a report writes
  /// only the acronym) counts four fifths. (A pair written alike in both counts half when
  /// ranked: `SuggestionPool.ranked()`.)
  static func namePairs(_ first: [String], _ second: [String]) -> [(String, String, Double)] {
    var pairs: [(String, String, Double)] = []
    let acronym = { (name: String) in
      name.count >= 2 && name.count <= 6 && name.allSatisfy { $0.isUppercase }
    }
    let full = { (names: [String]) in names.first { !acronym($0) } ?? names.first }
    if let x = full(first), let y = full(second) { pairs.append((x, y, 1)) }
    for x in first.filter(acronym).prefix(2) {
      for y in second.filter(acronym).prefix(2) { pairs.append((x, y, 0.95)) }
    }
    return pairs.map { x, y, factor in (x, y, factor * (acronym(x) != acronym(y) ? 0.8 : 1)) }
  }

  /// Two names where one is the other's words in a row with more words before or after
  /// (`Ökostromerzeugers Karayel Enerji`, `Karayel Enerji`: German capitalizes the common noun
  /// the facts stage kept before the name): the shared words, as each writes them. Other
  /// pairs are returned as they are. Names linked by a shared concept are not cut: they are
  /// its variants (`Recep Tayyip Erdogan`, `Tayyip Erdogan`).
  static func sharedPart(_ x: String, _ y: String) -> (String, String) {
    let a = x.split(separator: " ")
    let b = y.split(separator: " ")
    guard a.count != b.count, !a.isEmpty, !b.isEmpty else { return (x, y) }
    let (long, short) = a.count > b.count ? (a, b) : (b, a)
    let folded = { (words: ArraySlice<Substring>) in words.map { TextFolding.fold(String($0)) } }
    let part = folded(short[...])
    let cut: ArraySlice<Substring>
    if folded(long.suffix(short.count)) == part {
      cut = long.suffix(short.count)
    } else if folded(long.prefix(short.count)) == part {
      cut = long.prefix(short.count)
    } else {
      return (x, y)
    }
    let shared = cut.joined(separator: " ")
    return a.count > b.count ? (shared, y) : (x, shared)
  }

  /// How far two names linked without a shared concept are spelled alike, from 1/2 to 1:
  /// the mean of 1 and their transliterated letters' similarity. A consonant skeleton alone
  /// links `Bourse` and `Paris` (`BRS`); their letters keep the pair below `Paris` ↔ `Paris`.
  static func spelling(_ x: String, _ y: String) -> Double {
    let letters = { (name: String) in String(Transliterator.latin(name).filter(\.isLetter)) }
    return (1 + ConsonantSkeleton.similarity(skeletons: letters(x), letters(y))) / 2
  }

  /// Acronyms written with their expansion in one report.
  private func acronyms(
    _ report: AnalyzedReport, _ language: String, into pool: inout SuggestionPool
  ) {
    for paragraph in report.facts.paragraphs {
      for entity in paragraph.entities {
        var pair: (String, String)?
        if let acronym = entity.acronym, acronym != entity.text {
          pair = (entity.text, acronym)
        } else if let expansion = entity.expansion, expansion != entity.text {
          pair = (expansion, entity.text)
        }
        guard let (expansion, acronym) = pair else { continue }
        pool.add(
          .acronym, language, expansion, language, acronym, strength: 0.9,
          evidence: SuggestionEvidence(
            firstReport: report.id, firstUnits: [paragraph.index], secondReport: report.id,
            secondUnits: [paragraph.index], note: "acronym written with its expansion"))
      }
    }
  }

  /// Term pairs learnt from one language pair's aligned texts. The learner proposes pairs
  /// (IBM Model 1 both ways); each pair's association is the geometric mean of its Dice
  /// coefficient (how consistently the two go together) and its lexicon score (relative to
  /// `fullTermScore`), and its strength in the pool. Pairs are linked competitively, rated
  /// by their association times how alike the two are spelled once transliterated
  /// (`spelling`, from 1/2 to 1: on a few comparable units many words co-occur equally, and
  /// a cognate or loanword — `dockers` ↔ `dockers`, `terminal` ↔ `терминале` — is the
  /// better partner): best first, a pair is kept only when its rating reaches
  /// `minimumTermScore` and neither term's words are taken by a better pair, nor by an
  /// entity or acronym pair of another partner (one word, one rendering).
  /// Returns the one-word pairs rated `minimumTermScore` or more (folded source, target
  /// word), the word pairs `phrases` explains multiword terms with.
  private func terms(
    _ list: [AlignedText], taken: [String: Set<String>], into pool: inout SuggestionPool
  ) -> Set<[String]> {
    guard let sample = list.first else { return [] }
    let entries = learner.learn(
      texts: list.map { ($0.firstText, $0.secondText) }, sourceLanguage: sample.firstLanguage,
      targetLanguage: sample.secondLanguage, phraseLength: phraseLength, foldedForms: false,
      functionWords: (
        TermStopwords.of(sample.firstLanguage), TermStopwords.of(sample.secondLanguage)
      ))
    let rated =
      entries
      .filter { Self.isTerm($0.source) && Self.isTerm($0.target) }
      .map { entry -> (LexiconEntry, Double, Double) in
        let association = (entry.dice * min(1, entry.score / fullTermScore)).squareRoot()
        return (entry, association * Self.spelling(entry.source, entry.target), association)
      }
      .filter { $0.1 >= minimumTermScore }
      .sorted { ($1.1, $0.0.source, $0.0.target) < ($0.1, $1.0.source, $1.0.target) }
    let lexicon = Set(
      rated.map { [TextFolding.fold($0.0.source), TextFolding.fold($0.0.target)] }
        .filter { !$0[0].contains(" ") && !$0[1].contains(" ") })
    var usedFirst = taken[sample.firstLanguage] ?? []
    var usedSecond = taken[sample.secondLanguage] ?? []
    for (entry, rating, strength) in rated {
      let x = Self.words(entry.source)
      let y = Self.words(entry.target)
      if !usedFirst.isDisjoint(with: x) || !usedSecond.isDisjoint(with: y) { continue }
      let (fx, fy) = (TextFolding.fold(entry.source), TextFolding.fold(entry.target))
      let shown = list.filter {
        TextFolding.fold($0.firstText).contains(fx) && TextFolding.fold($0.secondText).contains(fy)
      }
      guard Self.passages(shown) >= minimumPassages else { continue }
      usedFirst.formUnion(x)
      usedSecond.formUnion(y)
      for text in shown {
        pool.add(
          .term, sample.firstLanguage, entry.source, sample.secondLanguage, entry.target,
          strength: strength * termWeight,
          evidence: SuggestionEvidence(
            firstReport: text.firstReport, firstUnits: text.firstUnits,
            secondReport: text.secondReport, secondUnits: text.secondUnits,
            note: "co-occur in \(entry.count) aligned units, Dice "
              + String(format: "%.2f", entry.dice) + ", lexicon score "
              + String(format: "%.2f", entry.score) + ", rated "
              + String(format: "%.2f", rating) + " with spelling"))
      }
    }
    return lexicon
  }

  /// The fewer distinct passages (report and units) of the two sides of `texts`: aligned
  /// units that repeat one passage (a report's versions, translations of one report, each
  /// aligned with the same paragraph of another) are one piece of evidence for it.
  static func passages(_ texts: [AlignedText]) -> Int {
    let first = Set(
      texts.map { $0.firstReport + "\u{1}" + $0.firstUnits.map(String.init).joined(separator: ",") }
    )
    let second = Set(
      texts.map {
        $0.secondReport + "\u{1}" + $0.secondUnits.map(String.init).joined(separator: ",")
      })
    return min(first.count, second.count)
  }

  /// The folded words of a term.
  static func words(_ term: String) -> [String] {
    TermVocabulary.runs(term).joined().map { TextFolding.fold($0) }
  }

  /// Whether a learnt term can be a glossary term: several words, or one word of four
  /// letters or more (short single words are mostly function words).
  static func isTerm(_ term: String) -> Bool {
    let words = term.split(separator: " ")
    return words.count > 1 || term.count >= 4
  }

  /// The suggestions without a part of a better one: a learnt term pair whose two sides are
  /// parts of a better suggestion's two sides (`syrien des` ↔ `Syrian` under the full
  /// organization), or a name pair under a better name pair (`Karayel` ↔ `كارايل` under
  /// `Karayel Enerji` ↔ `كارايل إنرجي`), of a suggestion scored as high or higher: multiword
  /// terms are kept whole.
  static func withoutParts(_ ranked: [TermSuggestion]) -> [TermSuggestion] {
    var kept: [TermSuggestion] = []
    for suggestion in ranked {
      let covered = ranked.contains { better in
        better.score >= suggestion.score && better != suggestion
          && (suggestion.kinds == [.term]
            || (suggestion.kinds.contains(.entity) && better.kinds.contains(.entity)))
          && better.firstLanguage == suggestion.firstLanguage
          && better.secondLanguage == suggestion.secondLanguage
          && contains(better.first, suggestion.first)
          && contains(better.second, suggestion.second)
      }
      if !covered { kept.append(suggestion) }
    }
    return kept
  }

  /// Whether `part`'s words stand in a row in `whole` (folded).
  static func contains(_ whole: String, _ part: String) -> Bool {
    let w = " " + TextFolding.fold(whole) + " "
    return w.contains(" " + TextFolding.fold(part) + " ")
  }
}
