import ParallaxCore

/// One concept: an id, a subject field, a note and its terms per language.
public struct TermbaseConcept: Sendable, Hashable {
  /// The concept id, when the file gives one.
  public var id: String?
  /// The subject field (TBX `descrip type="subjectField"`); the glossary's domain.
  public var subjectField: String?
  /// A note on the concept.
  public var note: String?
  /// The language sections, in file order; tags are normalized BCP 47 (`en-US`).
  public var languages: [TermbaseLanguage]
  /// Where the concept starts in the file it was read from.
  public var location: SourceLocation?

  /// Creates a concept.
  public init(
    id: String? = nil, subjectField: String? = nil, note: String? = nil,
    languages: [TermbaseLanguage] = [], location: SourceLocation? = nil
  ) {
    self.id = id
    self.subjectField = subjectField
    self.note = note
    self.languages = languages
    self.location = location
  }

  /// The terms in `language` (tags compared without regard to case).
  public func terms(_ language: String) -> [TermbaseTerm] {
    let key = language.lowercased()
    return languages.filter { $0.language.lowercased() == key }.flatMap(\.terms)
  }

  /// Adds `term` to the section of `language`, opening one when there is none; a term already
  /// there (same text) is not repeated.
  public mutating func add(_ term: TermbaseTerm, language: String) {
    let key = language.lowercased()
    if let index = languages.firstIndex(where: { $0.language.lowercased() == key }) {
      guard !languages[index].terms.contains(where: { $0.text == term.text }) else { return }
      languages[index].terms.append(term)
    } else {
      languages.append(TermbaseLanguage(language: language, terms: [term]))
    }
  }
}
