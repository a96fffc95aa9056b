import Foundation
import ParallaxText

/// Candidate pairs gathered from all evidence, merged by their folded terms (in a fixed
/// orientation: languages in order, an acronym second), then ranked.
struct SuggestionPool {
  let maximumEvidence: Int

  private struct Candidate {
    var suggestion: TermSuggestion
    var strength: Double
    var reportPairs: Set<String>
    var evidence: [SuggestionEvidence]
  }

  private var candidates: [String: Candidate] = [:]

  init(maximumEvidence: Int) { self.maximumEvidence = maximumEvidence }

  /// Adds one piece of evidence for the pair (`a` in `la`, `b` in `lb`).
  mutating func add(
    _ kind: TermSuggestion.Kind, _ la: String, _ a: String, _ lb: String, _ b: String,
    strength: Double, evidence: SuggestionEvidence
  ) {
    let a = a.trimmingCharacters(in: .whitespacesAndNewlines)
    let b = b.trimmingCharacters(in: .whitespacesAndNewlines)
    let (fa, fb) = (TextFolding.fold(a), TextFolding.fold(b))
    guard !fa.isEmpty, !fb.isEmpty, la != lb || fa != fb else { return }
    let key = la + "\u{1}" + fa + "\u{1}" + lb + "\u{1}" + fb
    let pairKey = evidence.firstReport + "\u{1}" + evidence.secondReport
    if var known = candidates[key] {
      if !known.suggestion.kinds.contains(kind) {
        known.suggestion.kinds = (known.suggestion.kinds + [kind]).sorted()
      }
      known.strength = max(known.strength, strength)
      known.reportPairs.insert(pairKey)
      if !known.evidence.contains(evidence) { known.evidence.append(evidence) }
      candidates[key] = known
    } else {
      candidates[key] = Candidate(
        suggestion: TermSuggestion(
          kinds: [kind], firstLanguage: la, first: a, secondLanguage: lb, second: b, score: 0,
          evidence: []),
        strength: strength, reportPairs: [pairKey], evidence: [evidence])
    }
  }

  /// How many pairs of two reports (or memories) the evidence so far comes from (an
  /// acronym written in one report is no pair).
  var reportPairCount: Int {
    Set(candidates.values.flatMap(\.reportPairs)).filter { key in
      let parts = key.split(separator: "\u{1}", omittingEmptySubsequences: false)
      return parts.count == 2 && parts[0] != parts[1]
    }.count
  }

  /// The folded words of every term suggested so far, by language.
  func takenWords() -> [String: Set<String>] {
    var taken: [String: Set<String>] = [:]
    for candidate in candidates.values {
      let s = candidate.suggestion
      for (language, term) in [(s.firstLanguage, s.first), (s.secondLanguage, s.second)] {
        taken[language, default: []].formUnion(TermSuggester.words(term))
      }
    }
    return taken
  }

  /// Whether an entity or acronym pair of languages `la` and `lb` holds the words of `a` on
  /// its first side and those of `b` on its second (a word matching by its first four
  /// letters, for inflection).
  func namesCover(_ la: String, _ a: String, _ lb: String, _ b: String) -> Bool {
    let covers = { (whole: String, part: String) in
      let have = TermSuggester.words(whole)
      return TermSuggester.words(part).allSatisfy { word in
        have.contains {
          $0 == word || ($0.count >= 4 && word.count >= 4 && $0.prefix(4) == word.prefix(4))
        }
      }
    }
    return candidates.values.contains { candidate in
      let s = candidate.suggestion
      return s.kinds != [.term] && s.firstLanguage == la && s.secondLanguage == lb
        && covers(s.first, a) && covers(s.second, b)
    }
  }

  /// The greatest strength of a learnt pair of languages `la` and `lb` whose terms are parts
  /// of `a` and `b` (`offer` ↔ `offre` in `rival offer` ↔ `offre concurrente`); 0 when none.
  func strongestPart(_ la: String, _ a: String, _ lb: String, _ b: String) -> Double {
    candidates.values.filter { candidate in
      let s = candidate.suggestion
      return s.kinds == [.term] && s.firstLanguage == la && s.secondLanguage == lb
        && TermSuggester.contains(a, s.first) && TermSuggester.contains(b, s.second)
    }.map(\.strength).max() ?? 0
  }

  /// The suggestions, best first. A pair's evidence score is its best strength raised by a
  /// quarter for each further report pair that shows it (at most four), plus a tenth for
  /// each further kind of evidence. Then:
  /// - names are linked competitively: best evidence first, a name pair across languages is
  ///   kept only when neither name is already paired with another name of the other language (`Paris` ↔ `Paris`
  ///   leaves out `Bourse` ↔ `Paris`, which only look alike; `OSDH` ↔ `SOHR` leaves out
  ///   `OSDH` ↔ `Syrian Observatory…`);
  /// - a learnt term pair needs `minimumReportPairs` report pairs (one pair of reports can
  ///   make any two of its words co-occur);
  /// - a pair written alike in both languages (`Hatay` ↔ `Hatay`, case aside) counts half: a
  ///   glossary gains little from it (`Doğan` and `Dogan` are two spellings, and count fully).
  /// - a pair within one language (an acronym and its expansion) is a variant of one
  ///   rendering, not a rendering: it counts `withinLanguage`, so that between two languages
  ///   the renderings come first when their evidence is as strong.
  /// Ties are broken by languages, then terms: deterministic.
  /// The weight of a pair whose two terms are in one language (`ranked`).
  static let withinLanguage = 0.85

  func ranked(minimumReportPairs: Int = 1) -> [TermSuggestion] {
    let withinLanguage = Self.withinLanguage
    var scored = candidates.values.map { candidate in
      let support = Double(min(4, candidate.reportPairs.count - 1))
      let kinds = Double(candidate.suggestion.kinds.count - 1)
      return (candidate, candidate.strength * (1 + 0.25 * support) + 0.1 * kinds)
    }
    scored.sort { Self.before(($0.0.suggestion, $0.1), ($1.0.suggestion, $1.1)) }
    var named = Set<String>()
    var result: [TermSuggestion] = []
    for (candidate, evidenceScore) in scored {
      var suggestion = candidate.suggestion
      let (fa, fb) = (TextFolding.fold(suggestion.first), TextFolding.fold(suggestion.second))
      let across = suggestion.firstLanguage != suggestion.secondLanguage
      if across, suggestion.kinds.contains(.entity) {
        let languages = suggestion.firstLanguage + "|" + suggestion.secondLanguage + "|"
        let keys = [languages + "1:" + fa, languages + "2:" + fb]
        guard keys.allSatisfy({ !named.contains($0) }) else { continue }
        named.formUnion(keys)
      }
      if suggestion.kinds == [.term], candidate.reportPairs.count < minimumReportPairs {
        continue
      }
      let alike = suggestion.first.lowercased() == suggestion.second.lowercased()
      let score = evidenceScore * (across ? (alike ? 0.5 : 1) : withinLanguage)
      suggestion.score = (score * 1000).rounded() / 1000
      suggestion.evidence = candidate.evidence.sorted {
        ($0.firstReport, $0.secondReport, $0.firstUnits.first ?? 0, $0.note)
          < ($1.firstReport, $1.secondReport, $1.firstUnits.first ?? 0, $1.note)
      }.prefix(maximumEvidence).map { $0 }
      result.append(suggestion)
    }
    result.sort { Self.before(($0, $0.score), ($1, $1.score)) }
    return result
  }

  /// Higher score first, then languages and terms in order.
  private static func before(_ x: (TermSuggestion, Double), _ y: (TermSuggestion, Double)) -> Bool {
    let (a, b) = (x.0, y.0)
    return (y.1, a.firstLanguage, a.secondLanguage, a.first, a.second)
      < (x.1, b.firstLanguage, b.secondLanguage, b.first, b.second)
  }
}
