import ParallaxCore
import ParallaxGlossary

/// The one place that converts between the formats' termbase and the glossary model.
extension Termbase {
  /// The termbase of `glossary`: one concept per entry, languages in the glossary's column
  /// order (then code order), every term with its status and note, the entry's domain as the
  /// subject field.
  public init(glossary: Glossary) {
    self.init()
    let order = glossary.columns.filter { $0 != "note" }
    for entry in glossary.entries {
      var concept = TermbaseConcept(
        id: entry.id, subjectField: entry.domain.isEmpty ? nil : entry.domain, note: entry.note)
      let languages =
        order.filter { entry.terms[$0] != nil }
        + entry.terms.keys.filter { !order.contains($0) }.sorted()
      for language in languages {
        let tag = LanguageTag.normalize(language) ?? language
        for term in entry.variants(in: language) {
          concept.add(TermbaseTerm(term.text, status: term.status, note: term.note), language: tag)
        }
      }
      concepts.append(concept)
    }
    diagnostics = glossary.diagnostics
  }

  /// The glossary terms of a section: a term without a status takes the default of its place
  /// (the first preferred, the others admitted).
  static func glossaryTerms(_ terms: [TermbaseTerm]) -> [GlossaryTerm] {
    terms.enumerated().map { rank, term in
      GlossaryTerm(
        term.text, status: term.status ?? GlossaryTerm.defaultStatus(rank: rank), note: term.note)
    }
  }
}
