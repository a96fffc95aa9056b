import Foundation
import ParallaxCompare
import ParallaxCore
import ParallaxFacts

/// Glossary terms: a concept the source names (the facts stage found it through the glossary)
/// must be rendered by one of its target variants (else a warning), a forbidden rendering is
/// an error, and one concept rendered in several ways across the translation is a note.
enum TermCheck {
  /// The renderings used so far, per concept: folded variant → first evidence.
  typealias Usage = [String: [String: FindingEvidence]]

  static func check(
    _ pair: ParagraphPair, source: CheckSide, target: CheckSide, rules: TermRules,
    usage: inout Usage
  ) -> [Finding] {
    let language = target.language
    var findings: [Finding] = []
    // The target paragraphs' words, folded only when a term is looked for.
    var built: [(Int, TermMatcher)]?
    func matchers() -> [(Int, TermMatcher)] {
      if let built { return built }
      let made = pair.right.map { ($0, TermMatcher(target.paragraph($0)?.text ?? "")) }
      built = made
      return made
    }
    var seen: Set<String> = []
    for index in pair.left {
      for (number, entity) in (source.facts(index)?.entities ?? []).enumerated() {
        guard let concept = entity.key.concept, rules.glossary.entry(id: concept) != nil,
          seen.insert(concept).inserted
        else { continue }
        let allowed = rules.allowedWords(concept, language: language)
        let variants = allowed.map(\.term)
        guard !variants.isEmpty else { continue }
        var found = false
        for (paragraph, matcher) in matchers() {
          for (variant, words) in allowed {
            guard let range = matcher.find(words, clitics: true) else { continue }
            found = true
            if !isAcronym(variant) {
              usage[concept, default: [:]][words.joined(separator: " ")] =
                usage[concept]?[words.joined(separator: " ")]
                ?? target.evidence(paragraph, range)
            }
            break
          }
          if found { break }
        }
        if !found, hasEntity(concept, in: pair.right, target) { found = true }
        // A name written without the marks of its language (`Doğan` / `Dogan`) or with them.
        if !found {
          found = matchers().contains { _, matcher in
            let bare = matcher.bare
            return allowed.contains {
              bare.find($0.words.map(TermMatcher.bare), clitics: true) != nil
            }
          }
        }
        if !found {
          // A name left out is probably wrong; a common-noun term (`soldats turcs`) is
          // rendered freely by good translators: a note. So is a name the translation already
          // gave and now refers to by title or pronoun (`Doğan` → `el gobernador`).
          // In a language that capitalises every word of a name, a phrase capitalised only
          // at its head (`Turkish officials`, `Paris borsası`) is a common noun.
          let lastWord = entity.text.split(separator: " ").last ?? ""
          let isName =
            (entity.text.first?.isUppercase ?? false)
            && (lastWord.contains(where: \.isUppercase)
              || !capitalisingNames.contains(source.language))
          let earlier = usage[concept]?.values.min { $0.paragraph < $1.paragraph }
          let given = earlier.map { "; given earlier as «\($0.text)» (¶\($0.paragraph))" } ?? ""
          findings.append(
            Finding(
              isName && earlier == nil ? .warning : .note, .termMissing,
              "glossary term «\(entity.text)» (\(concept)) is not rendered as «\(variants.joined(separator: "» or «"))»\(given)",
              source: source.evidence(
                index, entity.range,
                factID: FactID(paragraph: index, kind: .entity, number: number).description)))
        }
      }
    }
    let forbidden = rules.forbidden[language] ?? []
    for (paragraph, matcher) in forbidden.isEmpty ? [] : matchers() {
      for term in forbidden {
        guard let range = matcher.find(TermMatcher.words(of: term.term), clitics: false) else {
          continue
        }
        let preferred = rules.allowed(term.concept, language: language).first
        findings.append(
          Finding(
            .error, .termForbidden,
            "«\(term.term)» is a forbidden rendering of \(term.concept)"
              + (preferred.map { "; use «\($0)»" } ?? ""),
            target: target.evidence(paragraph, range)))
      }
    }
    return findings
  }

  /// Notes for concepts rendered in several ways over the whole translation.
  static func consistency(_ usage: Usage) -> [Finding] {
    usage.keys.sorted().compactMap { concept in
      guard let renderings = usage[concept], renderings.count > 1 else { return nil }
      // A shorter form of another rendering (`Erdoğan` of `Recep Tayyip Erdoğan`) is the
      // same rendering.
      let forms = renderings.keys.map { Set($0.split(separator: " ")) }
      let distinct = forms.filter { form in
        !forms.contains { $0 != form && form.isSubset(of: $0) }
      }
      guard distinct.count > 1 else { return nil }
      let ordered = renderings.sorted { $0.value.paragraph < $1.value.paragraph }
      return Finding(
        .note, .termInconsistent,
        "\(concept) is rendered in \(renderings.count) ways: "
          + ordered.map { "«\($0.value.text)» (¶\($0.value.paragraph))" }.joined(separator: ", "),
        target: ordered.last?.value)
    }
  }

  /// The languages that capitalise every main word of a name (`Resources/name-case.tsv`).
  static let capitalisingNames: Set<String> = {
    guard
      let url = ResourceLocator.url(bundle: "Parallax_ParallaxCheck", "Resources/name-case.tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    return Set(
      text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
  }()

  private static func hasEntity(_ concept: String, in indices: [Int], _ side: CheckSide) -> Bool {
    indices.contains { index in
      side.facts(index)?.entities.contains { $0.key.concept == concept } ?? false
    }
  }

  private static func isAcronym(_ term: String) -> Bool {
    term.count <= 6 && term == term.uppercased() && !term.contains(" ")
  }
}
