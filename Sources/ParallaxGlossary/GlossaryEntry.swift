/// One concept of a glossary: its id and its names in each language, preferred first.
public struct GlossaryEntry: Sendable, Codable, Hashable {
  /// The concept id, the same in every file that names it (`sohr`, `erdogan`).
  public var id: String
  /// The variants per language code, the preferred one first.
  public var terms: [String: [String]]
  /// The free-text note column, when given.
  public var note: String?
  /// The domain the entry comes from: the file's name without extension (`places`).
  public var domain: String

  /// Creates an entry.
  public init(id: String, terms: [String: [String]], note: String? = nil, domain: String = "") {
    self.id = id
    self.terms = terms
    self.note = note
    self.domain = domain
  }

  /// The preferred term in `language`, or the first language's when it has none.
  public func preferred(_ language: String) -> String? {
    if let term = terms[language]?.first { return term }
    return terms.keys.sorted().lazy.compactMap { self.terms[$0]?.first }.first
  }

  /// Every variant in every language, languages in code order.
  public var allVariants: [(language: String, term: String)] {
    terms.keys.sorted().flatMap { language in
      (terms[language] ?? []).map { (language, $0) }
    }
  }
}
