/// The terms of one concept in one language (a TBX `langSet`/`langSec`).
public struct TermbaseLanguage: Sendable, Hashable {
  /// The language tag, normalized (`en-US`).
  public var language: String
  /// The terms in file order; the first one not forbidden is the preferred rendering when no
  /// status says otherwise.
  public var terms: [TermbaseTerm]

  /// Creates a language section.
  public init(language: String, terms: [TermbaseTerm]) {
    self.language = language
    self.terms = terms
  }
}
