import ParallaxFacts
import ParallaxText

/// Turns the sources of attributions into story-wide identities: one concept is one
/// source in every language; names without a concept are one source when their
/// transliterations agree (Rahmi Doğan = Rahmi Dogan = رحمي دوغان); an office the story
/// names beside its holder is its holder (`ApposedNames`).
struct SourceNamer {
  /// The glossary that gives concepts their preferred names.
  let names: Glossary
  /// Concept → the concept that stands for it in this story (`hatay-governor` →
  /// `rahmi-dogan`).
  let aliases: [String: String]
  /// Names without a concept met so far, with the identity each was given.
  private var seen: [(key: EntityKey, id: String)] = []

  /// How alike two transliterated names must be to be one source.
  static let sameNameSimilarity = 0.85

  /// A namer for `story`, whose appositions it reads first.
  init(names: Glossary, story: [AnalyzedReport] = []) {
    self.names = names
    aliases = ApposedNames.aliases(in: story)
  }

  /// The source of an attribution, `Source.none` when it names nobody. A person named
  /// inside the source's words is the source, rather than the title before the name
  /// (`Hatay Valisi Rahmi Doğan` is Rahmi Doğan, not the governor's office).
  mutating func source(of attribution: Attribution, among entities: [Entity] = []) -> Source {
    var attribution = attribution
    if let range = attribution.sourceRange,
      let person = entities.last(where: {
        $0.kind == .person && $0.range.start >= range.start && $0.range.end <= range.end
      })
    {
      attribution.sourceEntity = person.key
    }
    if let key = attribution.sourceEntity {
      if let known = key.concept {
        let concept = aliases[known] ?? known
        return Source(
          id: "concept:" + concept, name: name(concept: concept) ?? attribution.source ?? concept)
      }
      if let match = seen.first(where: {
        EntityKey.similarity($0.key, key) >= Self.sameNameSimilarity
      }) {
        return Source(id: match.id, name: attribution.source ?? key.latin)
      }
      let id = "name:" + key.latin
      seen.append((key, id))
      return Source(id: id, name: attribution.source ?? key.latin)
    }
    guard let surface = attribution.source, !surface.isEmpty else { return .none }
    return Source(id: "text:" + TextFolding.fold(surface), name: surface)
  }

  /// The preferred name of a concept: English first, else the first language that has one.
  func name(concept: String) -> String? {
    guard let entry = names.entry(id: concept) else { return nil }
    return entry.preferred("en")
  }
}
