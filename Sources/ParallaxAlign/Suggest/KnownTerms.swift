import ParallaxText

/// The term pairs a set of glossaries already holds: two terms are a known pair when one
/// concept has a variant matching each, in their languages. Terms are compared by the stems
/// of their folded words (`d'Idleb`, `Idleb` and `idleb` are one key).
struct KnownTerms {
  private var conceptsByKey: [String: Set<String>] = [:]
  private var languagesByConcept: [String: Set<String>] = [:]
  private var stemmers: [String: WordStemmer] = [:]

  init(_ terms: [AlignmentTerm]) {
    for term in terms {
      for (language, variants) in term.variants {
        for variant in variants {
          conceptsByKey[key(variant, language), default: []].insert(term.id)
        }
        if !variants.isEmpty {
          languagesByConcept[term.id, default: []].insert(Self.primary(language))
        }
      }
    }
  }

  /// Whether one concept has both terms.
  mutating func contains(_ a: String, _ languageA: String, _ b: String, _ languageB: String)
    -> Bool
  {
    guard let x = conceptsByKey[key(a, languageA)], !x.isEmpty else { return false }
    guard let y = conceptsByKey[key(b, languageB)] else { return false }
    return !x.isDisjoint(with: y)
  }

  /// Whether a concept that has `term` (in `language`) already has a rendering in `other`:
  /// a pair of it with another word of `other` would be another variant of a known concept.
  mutating func renders(_ term: String, _ language: String, in other: String) -> Bool {
    guard let concepts = conceptsByKey[key(term, language)] else { return false }
    let target = Self.primary(other)
    return concepts.contains { languagesByConcept[$0]?.contains(target) == true }
  }

  private static func primary(_ language: String) -> String {
    String(language.split(separator: "-").first ?? "").lowercased()
  }

  /// `language` + the stems of the term's words.
  mutating func key(_ term: String, _ language: String) -> String {
    let primary = Self.primary(language)
    let stemmer: WordStemmer
    if let known = stemmers[primary] {
      stemmer = known
    } else {
      stemmer = WordStemmer(language: primary)
      stemmers[primary] = stemmer
    }
    let words = TermVocabulary.runs(term).joined().map { stemmer.key($0) }
    return primary + ":" + words.joined(separator: " ")
  }
}
