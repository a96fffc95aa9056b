import ParallaxGlossary

/// The variants of one language in one table cell (CSV): exactly the native glossary's cell
/// syntax (` | ` between variants, the first preferred, a marker `term [forbidden: note]`
/// where the status is not the default of the place or a note is given, backslash escapes).
enum TableCell {
  /// The terms of a cell, with their statuses.
  static func terms(_ cell: String) -> [TermbaseTerm] {
    GlossaryTerm.terms(inCell: cell).map { TermbaseTerm($0.text, status: $0.status, note: $0.note) }
  }

  /// The cell of `terms`; a term without a status takes the default of its place.
  static func cell(_ terms: [TermbaseTerm]) -> String {
    GlossaryTerm.cell(Termbase.glossaryTerms(terms))
  }
}
