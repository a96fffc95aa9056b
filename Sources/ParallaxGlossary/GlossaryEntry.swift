/// One concept of a glossary: its id and its names in each language, preferred first.
///
/// `terms` holds every variant as written (forbidden ones included, markers removed); the
/// status and note of a variant are read with `variants(in:)` and `status(of:in:)` and set
/// with `setVariants(_:in:)` or `add(_:in:)`. A variant without a recorded status has the
/// status of its place (`GlossaryTerm.defaultStatus(rank:)`).
public struct GlossaryEntry: Sendable, Codable, Hashable {
  /// The concept id, the same in every file that names it (`sohr`, `erdogan`).
  public var id: String
  /// The variants per language code, the preferred one first.
  public var terms: [String: [String]]
  /// The free-text note about the concept (the `note` column), when given.
  public var note: String?
  /// The domain the entry comes from: the file's name without extension (`places`).
  public var domain: String
  /// Per language, per variant text: the status when it is not the default of its place,
  /// and the note. Sparse: most variants have neither.
  private var details: [String: [String: Detail]] = [:]

  /// What a variant has besides its text.
  struct Detail: Sendable, Codable, Hashable {
    var status: GlossaryTerm.Status?
    var note: String?
  }

  /// Creates an entry.
  public init(id: String, terms: [String: [String]], note: String? = nil, domain: String = "") {
    self.id = id
    self.terms = terms
    self.note = note
    self.domain = domain
  }

  /// An entry with its details as `setVariants` records them (made by `GlossaryTable`).
  init(
    id: String, terms: [String: [String]], note: String?, domain: String,
    details: [String: [String: Detail]]
  ) {
    self.init(id: id, terms: terms, note: note, domain: domain)
    self.details = details
  }

  /// Creates an entry from terms with their statuses and notes.
  public init(
    id: String, variants: [String: [GlossaryTerm]], note: String? = nil, domain: String = ""
  ) {
    self.init(id: id, terms: [:], note: note, domain: domain)
    for (language, list) in variants { setVariants(list, in: language) }
  }

  /// The variants of `language` with their statuses and notes, in order.
  public func variants(in language: String) -> [GlossaryTerm] {
    guard let list = terms[language] else { return [] }
    let known = details[language]
    return list.enumerated().map { rank, text in
      let detail = known?[text]
      return GlossaryTerm(
        text, status: detail?.status ?? GlossaryTerm.defaultStatus(rank: rank), note: detail?.note)
    }
  }

  /// The status of `term` in `language`, or nil when it is no variant there.
  public func status(of term: String, in language: String) -> GlossaryTerm.Status? {
    guard let rank = terms[language]?.firstIndex(of: term) else { return nil }
    return details[language]?[term]?.status ?? GlossaryTerm.defaultStatus(rank: rank)
  }

  /// Replaces the variants of `language` (none: the language is removed).
  public mutating func setVariants(_ variants: [GlossaryTerm], in language: String) {
    var texts: [String] = []
    var known: [String: Detail] = [:]
    for term in variants where !texts.contains(term.text) {
      let status =
        term.status == GlossaryTerm.defaultStatus(rank: texts.count) ? nil : term.status
      if status != nil || term.note != nil {
        known[term.text] = Detail(status: status, note: term.note)
      }
      texts.append(term.text)
    }
    terms[language] = texts.isEmpty ? nil : texts
    details[language] = known.isEmpty ? nil : known
  }

  /// Adds `term` to the variants of `language`, or updates the status and note of the
  /// variant already written so (its place kept).
  public mutating func add(_ term: GlossaryTerm, in language: String) {
    var list = variants(in: language)
    if let known = list.firstIndex(where: { $0.text == term.text }) {
      list[known] = term
    } else {
      list.append(term)
    }
    setVariants(list, in: language)
  }

  /// The preferred term in `language` (the first variant that is not forbidden, a variant
  /// marked preferred first), or the first language's when it has none.
  public func preferred(_ language: String) -> String? {
    if let term = preferredVariant(language) { return term }
    return terms.keys.sorted().lazy.compactMap { self.preferredVariant($0) }.first
  }

  private func preferredVariant(_ language: String) -> String? {
    guard let list = terms[language] else { return nil }
    guard details[language] != nil else { return list.first }
    let resolved = variants(in: language)
    return
      (resolved.first { $0.status == .preferred } ?? resolved.first { $0.status != .forbidden })?
      .text
  }

  /// Every variant in every language, languages in code order.
  public var allVariants: [(language: String, term: String)] {
    terms.keys.sorted().flatMap { language in
      (terms[language] ?? []).map { (language, $0) }
    }
  }
}
