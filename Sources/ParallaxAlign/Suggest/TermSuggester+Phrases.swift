import Foundation
import ParallaxText

extension TermSuggester {
  /// Multiword terms that are no names (`RecurringPhrases`; `names`: the folded words of the
  /// names found, by language), paired by the aligned units of one language pair, added as learnt terms of strength `termWeight` × consistency ×
  /// share of words explained, or the strength of a learnt pair of their parts when that is
  /// more (the whole term then replaces its part: `TermSuggester.withoutParts`). A pair that repeats a name pair already found (each phrase's
  /// content words among one side of it: `competition authority` beside `Turkish Competition
  /// Authority` ↔ `Autorité turque de la concurrence`) adds nothing and is left out.
  func phrases(
    _ list: [AlignedText], lexicon: Set<[String]>, names: [String: Set<String>],
    into pool: inout SuggestionPool
  ) {
    guard let sample = list.first else { return }
    let (la, lb) = (sample.firstLanguage, sample.secondLanguage)
    let found = RecurringPhrases().pairs(
      list, lexicon: lexicon, names: (names[la] ?? [], names[lb] ?? []))
    for pair in found {
      if pool.namesCover(la, pair.first, lb, pair.second) { continue }
      let strength = max(
        termWeight * pair.consistency * pair.explained,
        pool.strongestPart(la, pair.first, lb, pair.second))
      for text in pair.texts {
        pool.add(
          .term, la, pair.first, lb, pair.second, strength: strength,
          evidence: SuggestionEvidence(
            firstReport: text.firstReport, firstUnits: text.firstUnits,
            secondReport: text.secondReport, secondUnits: text.secondUnits,
            note: "phrases in the same aligned units (\(pair.texts.count) units, consistency "
              + String(format: "%.2f", pair.consistency) + ", words explained "
              + String(format: "%.2f", pair.explained) + ")"))
      }
    }
  }
}
