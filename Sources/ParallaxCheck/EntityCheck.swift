import ParallaxCompare
import ParallaxFacts
import ParallaxGlossary

/// People, organizations and places named on one side of an aligned pair and not on the
/// other (keys across scripts: one concept, or transliterations that agree): warnings.
/// Concepts of the user's glossary are left to the term check.
enum EntityCheck {
  /// How alike two names' keys must be to be one name (as the compare stage counts it).
  static let sameName = 0.85

  static func check(
    _ pair: ParagraphPair, source: CheckSide, target: CheckSide, rules: TermRules,
    names: Glossary
  ) -> [Finding] {
    var findings: [Finding] = []
    let dropped = unmatched(pair.left, of: source, against: pair.right, of: target, rules, names)
    for (index, number, entity) in dropped {
      findings.append(
        Finding(
          .warning, .entityDropped,
          "\(entity.kind.rawValue) «\(entity.text)» is not named in the translation",
          source: source.evidence(
            index, entity.range,
            factID: FactID(paragraph: index, kind: .entity, number: number).description
          )))
    }
    let added = unmatched(pair.right, of: target, against: pair.left, of: source, rules, names)
    for (index, number, entity) in added {
      findings.append(
        Finding(
          .warning, .entityAdded,
          "\(entity.kind.rawValue) «\(entity.text)» of the translation is not named in the source",
          target: target.evidence(
            index, entity.range,
            factID: FactID(paragraph: index, kind: .entity, number: number).description
          )))
    }
    return findings
  }

  /// The entities of `indices` in `side` that `other`'s paragraphs do not name, one per key.
  private static func unmatched(
    _ indices: [Int], of side: CheckSide, against otherIndices: [Int], of other: CheckSide,
    _ rules: TermRules, _ names: Glossary
  ) -> [(Int, Int, Entity)] {
    let others = otherIndices.flatMap { other.facts($0)?.entities ?? [] }.filter {
      $0.kind != .other
    }
    var matchers: [TermMatcher]?
    var result: [(Int, Int, Entity)] = []
    var reported: [EntityKey] = []
    for index in indices {
      for (number, entity) in (side.facts(index)?.entities ?? []).enumerated()
      where entity.kind != .other {
        if let concept = entity.key.concept, rules.glossary.entry(id: concept) != nil {
          continue
        }
        // A single unknown word (`Bourse`, `ONG`) is too often a capitalized common noun.
        if entity.key.concept == nil, !entity.text.contains(" ") { continue }
        if others.contains(where: { EntityKey.similarity($0.key, entity.key) >= sameName }) {
          continue
        }
        if reported.contains(where: { EntityKey.similarity($0, entity.key) >= sameName }) {
          continue
        }
        if let concept = entity.key.concept, let entry = names.entry(id: concept) {
          let found = matchers ?? otherIndices.map { TermMatcher(other.paragraph($0)?.text ?? "") }
          matchers = found
          let variants = (entry.terms[other.language] ?? []).map(TermMatcher.words(of:))
          if found.contains(where: { matcher in
            variants.contains { matcher.find($0, clitics: true) != nil }
          }) {
            continue
          }
        }
        reported.append(entity.key)
        result.append((index, number, entity))
      }
    }
    return result
  }
}
