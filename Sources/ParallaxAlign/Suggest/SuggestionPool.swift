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

  /// The suggestions, best first: the best strength raised by a quarter for each further
  /// report pair that shows the pair (at most four), plus a tenth for each further kind of
  /// evidence.
  func ranked() -> [TermSuggestion] {
    var result = candidates.values.map { candidate in
      var suggestion = candidate.suggestion
      let support = Double(min(4, candidate.reportPairs.count - 1))
      let kinds = Double(suggestion.kinds.count - 1)
      let score = candidate.strength * (1 + 0.25 * support) + 0.1 * kinds
      suggestion.score = (score * 1000).rounded() / 1000
      suggestion.evidence = candidate.evidence.sorted {
        ($0.firstReport, $0.secondReport, $0.firstUnits.first ?? 0, $0.note)
          < ($1.firstReport, $1.secondReport, $1.firstUnits.first ?? 0, $1.note)
      }.prefix(maximumEvidence).map { $0 }
      return suggestion
    }
    result.sort {
      ($1.score, $0.firstLanguage, $0.secondLanguage, $0.first, $0.second)
        < ($0.score, $1.firstLanguage, $1.secondLanguage, $1.first, $1.second)
    }
    return result
  }
}
