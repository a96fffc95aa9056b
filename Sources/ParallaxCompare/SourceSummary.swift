import ParallaxCore
import ParallaxFacts

/// One source of a story: the names it goes by, the reports that cite it and the figures
/// it backs.
public struct SourceSummary: Sendable, Codable, Hashable {
  /// The source.
  public var source: Source
  /// Every name it is cited under, as written, with the report's language: `fr OSDH`,
  /// `en Syrian Observatory for Human Rights`, `ar المرصد السوري`.
  public var names: [String]
  /// The reports that cite it, in time order.
  public var reports: [String]
  /// The figures it backs, per measure key: `killed × soldiers × turkish: > 30 → 34`.
  public var figures: [String]
  /// Where it is cited: one attribution per report and paragraph.
  public var evidence: [Evidence]

  /// The named sources of a story, the most cited first (ties by name).
  static func summaries(
    of groups: [MeasureGroup], mentions: [FigureMention], story: [AnalyzedReport],
    sources resolved: [String: [FactID: ReportSources.Resolved]]
  ) -> [SourceSummary] {
    var order: [Source] = []
    var names: [Source: [String]] = [:]
    var reports: [Source: [String]] = [:]
    var evidence: [Source: [Evidence]] = [:]
    for item in story {
      let sources = resolved[item.id] ?? [:]
      for paragraph in item.paragraphs {
        let entities = paragraph.entities.map(\.entity)
        for fact in paragraph.attributions {
          let attribution = fact.attribution
          guard let resolved = sources[fact.id], resolved.source.isNamed,
            let range = attribution.sourceRange
          else { continue }
          let source = resolved.source
          if names[source] == nil { order.append(source) }
          let name = item.language + " " + (attribution.source ?? source.name)
          // A reference (`el gobernador`, `el mismo organismo`) is a citation, not a name.
          if !(names[source] ?? []).contains(name), !resolved.referred,
            !isAnaphor(attribution, range: range, entities: entities)
          {
            names[source, default: []].append(name)
          }
          if !(reports[source] ?? []).contains(item.id) {
            reports[source, default: []].append(item.id)
          }
          evidence[source, default: []].append(
            Evidence(
              report: item.id, paragraph: paragraph.index, range: range,
              factID: fact.id.description))
        }
      }
    }
    return order.map { source in
      let backed = groups.compactMap { group -> String? in
        guard let series = group.series.first(where: { $0.source == source }) else { return nil }
        return group.key + ": " + series.values.joined(separator: " → ")
      }
      return SourceSummary(
        source: source, names: names[source] ?? [], reports: reports[source] ?? [],
        figures: backed, evidence: evidence[source] ?? [])
    }
    .sorted { ($0.reports.count, $1.source.name) > ($1.reports.count, $0.source.name) }
  }

  /// A one-word source that names no entity yet speaks for one (`Il a précisé`, `Er sagte`:
  /// the facts stage resolved the pronoun to the speaker named before) is no name of that
  /// speaker: it counts as a citation, it is not listed among the names.
  static func isAnaphor(_ attribution: Attribution, range: TextRange, entities: [Entity])
    -> Bool
  {
    guard attribution.sourceEntity != nil, let surface = attribution.source,
      !surface.contains(where: \.isWhitespace)
    else { return false }
    return !entities.contains { $0.range.overlaps(range) }
  }
}
