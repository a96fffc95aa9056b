import ParallaxFacts

/// One named entity of a story and the reports that mention it.
public struct EntityPresence: Sendable, Codable, Hashable {
  /// The identity: `concept:nato`, `name:fahrettin altun` or `body:coast-guard`.
  public var id: String
  /// The name to show.
  public var name: String
  /// Person, organization, place or other.
  public var kind: EntityKind
  /// The reports that mention it, in time order.
  public var reports: [String]
  /// The first mention in each of those reports.
  public var evidence: [Evidence]

  /// The people, organizations and places of a story; an entity is one identity across
  /// languages and scripts (a concept, or transliterations that agree). Ordered: in the
  /// most reports first, then by name.
  static func presence(in story: [AnalyzedReport], namer: SourceNamer) -> [EntityPresence] {
    var result: [EntityPresence] = []
    var byID: [String: Int] = [:]
    var unnamed: [(key: EntityKey, slot: Int)] = []
    /// The slot of the identity `id`, made with `name` and `kind` when first met.
    func identity(_ id: String, name: @autoclosure () -> String, kind: EntityKind) -> Int {
      if let known = byID[id] { return known }
      byID[id] = result.count
      result.append(EntityPresence(id: id, name: name(), kind: kind, reports: [], evidence: []))
      return result.count - 1
    }
    for item in story {
      for paragraph in item.paragraphs {
        for fact in paragraph.entities where fact.entity.kind != .other {
          var entity = fact.entity
          // A name holding a body's common noun (`Sahil Güvenlik Komutanlığı`, `Guardia
          // Costera`) is that body, in every language, whatever kind the facts gave it.
          let body =
            entity.key.concept == nil
            ? namer.institutions.body(in: entity.text, namesPerson: false) : nil
          if body != nil, entity.kind == .person { entity.kind = .organization }
          let slot: Int
          if let body {
            slot = identity("body:" + body, name: entity.text, kind: entity.kind)
          } else if let concept = entity.key.concept {
            slot = identity(
              "concept:" + concept, name: namer.name(concept: concept) ?? entity.text,
              kind: entity.kind)
          } else if let match = unnamed.first(where: {
            EntityKey.similarity($0.key, entity.key) >= SourceNamer.sameNameSimilarity
          }) {
            slot = match.slot
          } else {
            slot = result.count
            unnamed.append((entity.key, slot))
            result.append(
              EntityPresence(
                id: "name:" + entity.key.latin, name: entity.text, kind: entity.kind, reports: [],
                evidence: []))
          }
          guard !result[slot].reports.contains(item.id) else { continue }
          result[slot].reports.append(item.id)
          result[slot].evidence.append(
            Evidence(
              report: item.id, paragraph: paragraph.index, range: entity.range,
              factID: fact.id.description))
        }
      }
    }
    return result.sorted { ($0.reports.count, $1.name) > ($1.reports.count, $0.name) }
  }
}
