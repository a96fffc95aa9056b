import ParallaxCorpus

/// A person, organization or place named in a paragraph.
public struct Entity: Sendable, Codable, Hashable {
  /// Where the name is in the paragraph (without title, elided article or suffix).
  public var range: TextRange
  /// The name as written.
  public var text: String
  /// What it names.
  public var kind: EntityKind
  /// Its language-independent key.
  public var key: EntityKey
  /// The title written before it (`président`, `President`), kept apart from the name.
  public var title: String?
  /// Where the title is.
  public var titleRange: TextRange?
  /// For an expansion, the acronym it has in the report (`OSDH`); for an acronym, itself.
  public var acronym: String?
  /// For an acronym, its expansion written in the same report.
  public var expansion: String?
  /// How it was recognized.
  public var evidence: EntityEvidence

  /// Creates an entity.
  public init(
    range: TextRange, text: String, kind: EntityKind, key: EntityKey, title: String? = nil,
    titleRange: TextRange? = nil, acronym: String? = nil, expansion: String? = nil,
    evidence: EntityEvidence
  ) {
    self.range = range
    self.text = text
    self.kind = kind
    self.key = key
    self.title = title
    self.titleRange = titleRange
    self.acronym = acronym
    self.expansion = expansion
    self.evidence = evidence
  }
}

/// What an entity names.
public enum EntityKind: String, Sendable, Codable, Hashable, CaseIterable {
  /// A person.
  case person
  /// An organization, agency, institution or armed group.
  case organization
  /// A country, region, city or other place.
  case place
  /// A name whose kind is not known.
  case other

  /// Whether a glossary domain (a file name) holds common-noun concepts rather than names
  /// (`concepts`): the facts stage reads no entity from them; `glossary lookup` does.
  public static func isConceptDomain(_ domain: String) -> Bool {
    domain.utf8.count >= 7 && domain.lowercased().contains("concept")
  }

  /// The kind a glossary domain (file name) stands for: `places`, `organizations`, `people`.
  public init(domain: String) {
    let domain = domain.lowercased()
    if domain.contains("place") || domain.contains("countr") || domain.contains("cit")
      || domain.contains("geo")
    {
      self = .place
    } else if domain.contains("org") || domain.contains("agenc") || domain.contains("media") {
      self = .organization
    } else if domain.contains("people") || domain.contains("person") {
      self = .person
    } else {
      self = .other
    }
  }
}

/// How an entity was recognized.
public enum EntityEvidence: String, Sendable, Codable, Hashable {
  /// A user glossary (`Glossaries/*.tsv`, `--glossary`) names it.
  case glossary
  /// The gazetteer shipped with Parallax names it.
  case gazetteer
  /// A run of capitalized words (Latin or Cyrillic).
  case capitalization
  /// A title (`président`, `governor`) precedes it.
  case title
  /// An acronym in capitals.
  case acronym
}
