import ParallaxCore
import ParallaxGlossary

/// The one place that knows how the glossary model keeps a term's status and notes.
///
/// Until the model has a status per variant, a glossary variant is preferred when it comes
/// first, forbidden when it ends in ` [forbidden]` (the marker `parallax check` reads), and
/// admitted otherwise; a term's own note has no place in the model and is dropped.
extension Termbase {
  /// The termbase of `glossary`: one concept per entry, languages in code order, the
  /// entry's domain as the subject field.
  public init(glossary: Glossary) {
    self.init()
    for entry in glossary.entries {
      var concept = TermbaseConcept(
        id: entry.id, subjectField: entry.domain.isEmpty ? nil : entry.domain, note: entry.note)
      for language in entry.terms.keys.sorted() {
        let tag = LanguageTag.normalize(language) ?? language
        for term in Self.terms(entry.terms[language] ?? []) { concept.add(term, language: tag) }
      }
      concepts.append(concept)
    }
    diagnostics = glossary.diagnostics
  }

  /// The terms of a glossary cell's variants.
  static func terms(_ variants: [String]) -> [TermbaseTerm] {
    VariantCell.terms(variants.joined(separator: " | "))
  }

  /// The glossary variants of `terms`: preferred first, forbidden last and marked.
  static func variants(_ terms: [TermbaseTerm]) -> [String] {
    VariantCell.cell(terms).components(separatedBy: " | ").filter { !$0.isEmpty }
  }
}
