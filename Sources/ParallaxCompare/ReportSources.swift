import ParallaxFacts

/// The sources of one report's attributions as story-wide identities, with the report's own
/// references resolved: a bare office title (`the governor`, `الوالي`, `Vali`) is the person
/// the report cites with that title (`Orsuna Valisi Selim Aksoy`), the nearest before it, else
/// the first after it (a headline over its lead); a personal pronoun (`he`, `он`) is the person
/// cited last before it, by name or by title; an anaphor (`el mismo organismo`, `the same
/// ministry`) is the body cited before it. A reference is never a source of its own: one that
/// finds nothing stays a description when it names a kind of body (`the company`), and is the
/// outlet's voice when it names none (`the same body`).
enum ReportSources {
  /// An attribution's source, and whether it was reached through a reference.
  struct Resolved: Sendable {
    /// The source.
    var source: Source
    /// Whether the attribution's words only refer back to it (`el gobernador`).
    var referred: Bool
  }

  /// One attribution of the report in reading order.
  private struct Cited {
    var paragraph: Int
    var start: Int
    var fact: AttributionFact
    var entities: [Entity]
  }

  /// Every attribution of `item` with its source, keyed by fact id.
  static func resolve(
    _ item: AnalyzedReport, namer: inout SourceNamer,
    references: SourceReferences = .shipped
  ) -> [FactID: Resolved] {
    var cited: [Cited] = []
    for paragraph in item.paragraphs {
      let entities = paragraph.entities.map(\.entity)
      for fact in paragraph.attributions {
        cited.append(
          Cited(
            paragraph: paragraph.index, start: fact.attribution.sourceRange?.start ?? 0,
            fact: fact, entities: entities))
      }
    }
    var result: [FactID: Resolved] = [:]
    // A row, or `nil` for a personal pronoun (`he`, `он`, `هو`).
    var pending: [(index: Int, row: SourceReferences.Row?)] = []
    for (index, entry) in cited.enumerated() {
      let attribution = entry.fact.attribution
      if let surface = attribution.source,
        SourcePronouns.isPronoun(surface, language: item.language)
      {
        pending.append((index, nil))
        continue
      }
      if attribution.sourceEntity == nil, let surface = attribution.source,
        let row = references.reference(in: surface)
      {
        pending.append((index, row))
        continue
      }
      let source = namer.source(of: attribution, among: entry.entities)
      result[entry.fact.id] = Resolved(source: source, referred: false)
    }
    guard !pending.isEmpty else { return result }
    // What the candidates' words hold and whether they name a person, worked out once each.
    var held: [Set<String>?] = Array(repeating: nil, count: cited.count)
    var person: [Bool?] = Array(repeating: nil, count: cited.count)
    func rows(_ index: Int) -> Set<String> {
      if let known = held[index] { return known }
      let words = SourceReferences.words(cited[index].fact.attribution.source ?? "")
      let found = Set(references.rowsHeld(words).map { references.rows[$0].id })
      held[index] = found
      return found
    }
    func namesPerson(_ index: Int) -> Bool {
      if let known = person[index] { return known }
      let found = namer.namesPerson(cited[index].fact.attribution, among: cited[index].entities)
      person[index] = found
      return found
    }
    // In a script without capitals, a titled source of three words or more that is no bare
    // reference names its holder (`والي قزل قايا ليفنت قره صو`): no name can be told there.
    func namesHolder(_ index: Int) -> Bool {
      if namesPerson(index) { return true }
      let surface = cited[index].fact.attribution.source ?? ""
      return !surface.contains(where: \.isCased) && SourceReferences.words(surface).count >= 3
        && references.reference(in: surface) == nil
    }
    let titles = Set(references.rows.filter { $0.kind == .title }.map(\.id))
    for (index, row) in pending {
      let entry = cited[index]
      let before = { (other: Cited) in
        (other.paragraph, other.start) < (entry.paragraph, entry.start)
      }
      var found: Source?
      guard let row else {
        // A pronoun is the person cited last before it by an office title (who speaks for
        // the story), else the person cited last by name.
        let earlier = cited.indices.reversed().filter { other in
          before(cited[other]) && result[cited[other].fact.id]?.source.isNamed == true
        }
        let holder =
          earlier.first { !rows($0).isDisjoint(with: titles) } ?? earlier.first(where: namesHolder)
        found = holder.flatMap { result[cited[$0].fact.id]?.source }
        // With no one before it, it names no one: never a source of its own.
        result[entry.fact.id] = Resolved(source: found ?? .none, referred: true)
        continue
      }
      if references.isIndefinite(entry.fact.attribution.source ?? "") {
        // "un syndicat", "a union": the one body of that kind the report cites, before or
        // after it; with none or several, it stays as written.
        var bodies: [Source] = []
        for other in cited.indices where other != index {
          guard let known = result[cited[other].fact.id]?.source, known.isNamed,
            result[cited[other].fact.id]?.referred == false,
            rows(other).isDisjoint(with: titles), !namesPerson(other),
            row.kind == .body ? known.isKnown : rows(other).contains(row.id),
            !bodies.contains(where: { $0.id == known.id })
          else { continue }
          bodies.append(known)
        }
        if bodies.isEmpty,
          let named = namedBody(of: row, in: item, references: references, namer: &namer)
        {
          bodies.append(named)
        }
        if bodies.count == 1, let body = bodies.first {
          result[entry.fact.id] = Resolved(source: body, referred: true)
        } else {
          let source = namer.source(of: entry.fact.attribution, among: entry.entities)
          result[entry.fact.id] = Resolved(source: source, referred: false)
        }
        continue
      }
      switch row.kind {
      case .title:
        // The person cited with the office, the nearest before, else the first after.
        let holders = cited.indices.filter { other in
          result[cited[other].fact.id]?.referred == false && rows(other).contains(row.id)
            && namesHolder(other)
        }
        let earlier = holders.last { before(cited[$0]) }
        if let holder = earlier ?? holders.first(where: { !before(cited[$0]) }) {
          found = result[cited[holder].fact.id]?.source
        }
      case .body, .bodyOfKind:
        // An office (`el gobernador`, `le gouverneur de la région`) is a person, no body;
        // a body in general must be one the story can meet again, a kind of body one
        // whose words name that kind (`the Health Ministry` for `the ministry`).
        for other in cited.indices.reversed() where before(cited[other]) {
          guard let known = result[cited[other].fact.id]?.source, known.isNamed,
            rows(other).isDisjoint(with: titles), !namesPerson(other),
            row.kind == .body ? known.isKnown : rows(other).contains(row.id)
          else { continue }
          found = known
          break
        }
      }
      if let found {
        result[entry.fact.id] = Resolved(source: found, referred: true)
      } else if row.kind == .body {
        result[entry.fact.id] = Resolved(source: .none, referred: true)
      } else {
        let source = namer.source(of: entry.fact.attribution, among: entry.entities)
        result[entry.fact.id] = Resolved(source: source, referred: false)
      }
    }
    return result
  }

  /// The body of the kind `row` names that the report names without citing it (`Le
  /// Syndicat indépendant des travailleurs des mines … conteste`): its entities whose words
  /// hold a term of the row, when they all stand in one paragraph (a name and its
  /// translation or acronym there); the first of them.
  private static func namedBody(
    of row: SourceReferences.Row, in item: AnalyzedReport, references: SourceReferences,
    namer: inout SourceNamer
  ) -> Source? {
    guard row.kind == .bodyOfKind else { return nil }
    var found: (paragraph: Int, entity: Entity)?
    for paragraph in item.paragraphs {
      for fact in paragraph.entities where fact.entity.kind != .place {
        let entity = fact.entity
        guard references.holds(entity.text, row),
          references.reference(in: entity.text) == nil
        else { continue }
        if let known = found {
          if known.paragraph != paragraph.index { return nil }
        } else {
          found = (paragraph.index, entity)
        }
      }
    }
    guard let entity = found?.entity else { return nil }
    var attribution = Attribution(kind: .verb, content: entity.range)
    attribution.source = entity.text
    attribution.sourceRange = entity.range
    attribution.sourceEntity = entity.key
    return namer.source(of: attribution, among: [entity])
  }
}
