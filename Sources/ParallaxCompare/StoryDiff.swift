import ParallaxCorpus
import ParallaxFacts

/// N reports of one story compared as one: figures grouped by what they count, who says
/// what, who is mentioned where, which reports are copies of one another, and when.
///
/// A pure function of its reports and the names it knows; every finding carries evidence
/// (report, paragraph, range, fact id).
public struct StoryDiff: Sendable, Codable, Hashable {
  /// One report in the story's timeline.
  public struct ReportLine: Sendable, Codable, Hashable {
    /// The report's id.
    public var report: String
    /// Its language.
    public var language: String
    /// Its outlet, when known.
    public var outlet: String?
    /// Its headline, when known.
    public var title: String?
    /// When it was first published.
    public var published: NewsDate?
    /// When this version was made, when it differs.
    public var updated: NewsDate?
    /// The time it speaks for, in UTC (`2020-02-27T19:15Z`).
    public var utc: String?
    /// Whether it seems to belong to another story (shares no measure and almost no name).
    public var offStory: Bool
  }

  /// The reports, in time order (reports without a time last, in input order).
  public var reports: [ReportLine]
  /// The figures grouped by measure, the most reported first.
  public var measures: [MeasureGroup]
  /// The amounts written with a unit of measure (`420 metres`, `1.8 gigawatts`), grouped by
  /// amount within their dimension (`MeasureGroup.unit`), the most reported first: no count
  /// of anything, apart from the measures.
  public var quantities: [MeasureGroup]
  /// The sources cited, the most cited first.
  public var sources: [SourceSummary]
  /// The named entities, with the reports that mention them; those in every report first.
  public var entities: [EntityPresence]
  /// Reports that copy one another (the same wire reprinted): one source, not several.
  public var copies: [CopyGroup]
  /// Versions of one item (one GUID or link) in time order, with what changed from each to
  /// the next.
  public var versions: [VersionChain]
  /// Problems with the input as a story: one report only, reports off the story.
  public var warnings: [String]

  /// Compares the reports of one story; `names` gives the preferred names of glossary
  /// concepts (the gazetteer and user glossaries). With `singles`, money, percentages and
  /// large counts of no known measure that only one report gives are kept as measures of
  /// their own (a comparison of two reports names them; a story of many leaves them out).
  /// Without `copies`, reprints are not looked for (`copies` stays empty). With `repeats`,
  /// an unattributed figure that repeats one named source's value in its report is given
  /// to that source (`FigureCollector.attributingRepeats`); a comparison of two reports
  /// pairs figures one by one and leaves it off.
  public init(
    _ story: [AnalyzedReport], names: Glossary = Glossary(), singles: Bool = false,
    copies findCopies: Bool = true, repeats: Bool = true
  ) {
    let order = story.indices.sorted { a, b in
      switch (story[a].time, story[b].time) {
      case (let x?, let y?): return x.sortKey != y.sortKey ? x.sortKey < y.sortKey : a < b
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a < b
      }
    }
    let ordered = order.map { story[$0] }
    var namer = SourceNamer(names: names, story: ordered)
    // Each report's sources, resolved once for the figures and the source list.
    var resolved: [String: [FactID: ReportSources.Resolved]] = [:]
    for item in ordered where resolved[item.id] == nil {
      resolved[item.id] = ReportSources.resolve(item, namer: &namer)
    }
    let collected = FigureCollector.mentions(in: ordered, sources: resolved)
    let mentions = repeats ? FigureCollector.attributingRepeats(collected) : collected
    let groups = MeasureGrouper.groups(of: mentions, singles: singles)
    measures = groups.filter { $0.unit == nil }
    quantities = groups.filter { $0.unit != nil }
    sources = SourceSummary.summaries(
      of: groups, mentions: mentions, story: ordered, sources: resolved)
    entities = EntityPresence.presence(in: ordered, namer: namer)
    copies = findCopies ? CopyGroup.groups(in: ordered) : []
    versions = VersionChain.chains(in: ordered, measures: groups)
    let offStory = Self.offStory(ordered, measures: groups, entities: entities)
    reports = ordered.map { item in
      ReportLine(
        report: item.id, language: item.language, outlet: item.metadata.outlet,
        title: item.metadata.title, published: item.metadata.published,
        updated: item.metadata.updated == item.metadata.published ? nil : item.metadata.updated,
        utc: item.time.map(Self.utc), offStory: offStory.contains(item.id))
    }
    var warnings: [String] = []
    if story.count < 2 { warnings.append("only \(story.count) report: nothing to compare") }
    for line in reports where line.offStory {
      warnings.append(
        "\(line.report) shares no figure and almost no name with the other reports: another story?")
    }
    self.warnings = warnings
  }

  /// Reports that share no measure with another report and mention none of the story's
  /// core names (those in at least half of the reports).
  static func offStory(
    _ story: [AnalyzedReport], measures: [MeasureGroup], entities: [EntityPresence]
  ) -> Set<String> {
    guard story.count >= 3 else { return [] }
    var sharedMeasure = Set<String>()
    for group in measures where group.reportCount >= 2 {
      sharedMeasure.formUnion(group.mentions.map(\.report))
    }
    let core = entities.filter { 2 * $0.reports.count >= story.count }
    var result = Set<String>()
    for item in story where !sharedMeasure.contains(item.id) {
      if !core.contains(where: { $0.reports.contains(item.id) }) {
        result.insert(item.id)
      }
    }
    return result
  }

  /// `2020-02-27T19:15Z`: the time in UTC at minute precision (a date alone stays a date).
  public static func utc(_ date: NewsDate) -> String {
    guard date.hour != nil else { return date.iso }
    let seconds = date.sortKey
    let days = Int((Double(seconds) / 86_400).rounded(.down))
    let rest = seconds - days * 86_400
    let day = NewsDate(daysSince1970: days)
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return day.iso + "T\(pad(rest / 3600)):\(pad(rest % 3600 / 60))Z"
  }
}
