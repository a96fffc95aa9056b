import ParallaxCorpus
import ParallaxFacts
import ParallaxText

/// Reads the figures of a story's reports worth comparing, each with its source and evidence.
enum FigureCollector {
  /// The comparable figures of `story`, in its order: vague figures, background figures
  /// (another event's) and figures that count nothing known are left out; a measure-less change in the same paragraph (`raising an
  /// earlier toll of 22`) gives its earlier value to the figure it restates.
  static func mentions(
    in story: [AnalyzedReport], sources resolved: [String: [FactID: ReportSources.Resolved]]
  ) -> [FigureMention] {
    var result: [FigureMention] = []
    for item in story {
      let sources = resolved[item.id] ?? [:]
      let units = UnitLexicon.of(item.language)
      for paragraph in item.paragraphs {
        var scalars: [Unicode.Scalar]?
        let dates = paragraph.dates.map(\.date)
        var earlier: [String: String] = [:]
        for figure in paragraph.figures.map(\.figure) where figure.measure == nil {
          if let from = figure.changedFrom { earlier[figure.value.description] = from.description }
        }
        var lastMeasured: (figure: Figure, attribution: FactID?, past: Bool)?
        // A figure of another, earlier event (`301 killed at Soma in 2014`) is background,
        // no value of the story's measures.
        for fact in paragraph.figures where fact.figure.status != .background {
          var figure = fact.figure
          let backer = fact.attributions.first
          var inherited = false
          // A figure its report gives as an earlier one (`previously`, `ранее`) is history.
          var past =
            figure.status == .earlier || isPast(figure, dates: dates, reportDay: item.time)
          // A number with a unit of measure (`420 metres`, `1.8 gigawatts`) is a quantity:
          // no count of people, no value of a toll.
          var unit: MeasureUnit?
          if figure.kind == .count, figure.qualifier != .vague {
            if scalars == nil { scalars = Array(paragraph.text.unicodeScalars) }
            unit = scalars.flatMap { units.unit(after: figure.quantityRange.end, in: $0) }
            if unit != nil { figure.measure = nil }
          }
          if unit == nil, let previous = lastMeasured, let measure = previous.figure.measure,
            inheritsMeasure(
              figure, from: previous.figure, sameSource: backer == previous.attribution)
          {
            figure.measure = measure
            inherited = true
            past = past || previous.past
          }
          guard unit != nil || isComparable(figure) || isLargeCount(figure) else { continue }
          if !inherited && isComparable(figure) { lastMeasured = (figure, backer, past) }
          let attribution = backer.flatMap { item.attribution($0)?.attribution }
          var source = backer.flatMap { sources[$0]?.source } ?? .none
          var surface = attribution?.source
          var attributionID = backer?.description
          if backer == nil, !past, figure.measure?.event != nil,
            let carried = carriedSource(fact, in: paragraph, sources: sources)
          {
            (source, surface, attributionID) = carried
          }
          result.append(
            FigureMention(
              figure: figure, report: item.id, language: item.language,
              outlet: item.metadata.outlet, time: item.time, source: source,
              sourceSurface: surface, attributionID: attributionID,
              changedFrom: figure.changedFrom?.description ?? earlier[figure.value.description],
              measureInherited: inherited, past: past,
              evidence: Evidence(
                report: item.id, paragraph: paragraph.index, range: figure.expressionRange,
                factID: fact.id.description), unit: unit))
        }
      }
    }
    return result
  }

  /// The source an unattributed figure of an event takes from the sentence beside it: every
  /// attribution of its paragraph names one known source, one of them backs a figure in the
  /// sentence just before or after, none stands in the figure's own sentence and none gives
  /// another value of its measure (`… ölü sayısı 17'ye yükseldi. Sahil Güvenlik Komutanlığı,
  /// 32 kişinin hâlâ kayıp olduğunu açıkladı.`). Returns the source, its words and the
  /// attribution's id.
  static func carriedSource(
    _ fact: FigureFact, in paragraph: AnalyzedReport.Paragraph,
    sources: [FactID: ReportSources.Resolved]
  ) -> (Source, String?, String)? {
    let attributions = paragraph.attributions
    guard let first = attributions.first, let source = sources[first.id]?.source,
      source.isKnown,
      attributions.allSatisfy({ sources[$0.id]?.source == source && $0.sentence != fact.sentence }
      ),
      let beside = attributions.first(where: {
        abs($0.sentence - fact.sentence) == 1 && !$0.figures.isEmpty
      })
    else { return nil }
    // A source that gives another value of the measure beside it is another voice (`L'OSDH
    // … fait pour sa part état de 34` after an unattributed `Trente-trois`).
    let value = fact.figure.value.doubleValue
    let contradicts = paragraph.figures.contains { other in
      !other.attributions.isEmpty && other.figure.value.doubleValue != value
        && other.figure.measure.map { measure in
          fact.figure.measure.map(measure.isCompatible) ?? false
        } ?? false
    }
    guard !contradicts else { return nil }
    return (source, beside.attribution.source, beside.id.description)
  }

  /// An unattributed figure that repeats, in the same report, the value of one named
  /// source's figure of the same measure is that source's claim told again (a headline
  /// over its lead: `Gouverneur spricht von 19 Toten` over `nach Angaben des
  /// Provinzgouverneurs … mindestens 19`). Left unattributed when no named figure, or
  /// figures of several sources, give that value; past figures keep their voice. A source
  /// only named by a common noun that the named source's words hold (`Gouverneur` in
  /// `Provinzgouverneurs Selim Aksoy`) is that source too.
  static func attributingRepeats(_ mentions: [FigureMention]) -> [FigureMention] {
    // The named, current figures by report and value: each figure looks among its own.
    var named: [ValueSlot: [FigureMention]] = [:]
    for mention in mentions where mention.source.isNamed && !mention.past {
      named[ValueSlot(mention), default: []].append(mention)
    }
    return mentions.map { mention in
      guard !mention.source.isNamed || mention.source.id.hasPrefix("text:"), !mention.past,
        let measure = mention.figure.measure
      else { return mention }
      let backers = (named[ValueSlot(mention)] ?? []).filter { other in
        other.source != mention.source
          && other.figure.measure.map { $0.isCompatible(with: measure) } ?? false
      }
      guard let first = backers.first, backers.allSatisfy({ $0.source == first.source })
      else { return mention }
      if mention.source.isNamed {
        let own = TextFolding.fold(mention.sourceSurface ?? mention.source.name)
        guard !own.isEmpty, !own.contains(" "),
          TextFolding.fold(first.sourceSurface ?? first.source.name).contains(own)
        else { return mention }
      }
      var attributed = mention
      attributed.source = first.source
      attributed.sourceSurface = first.sourceSurface
      return attributed
    }
  }

  /// A report and a value: where a figure's repeats are looked for.
  struct ValueSlot: Hashable {
    var report: String
    var value: Double

    init(_ mention: FigureMention) {
      report = mention.report
      value = mention.figure.value.doubleValue
    }
  }

  /// The farthest, in scalars, an elliptical figure may stand from the one whose measure it
  /// takes (`mindestens 22 getöteten Soldaten …, kurz nach Mitternacht dann von 29`).
  static let ellipsisReach = 120

  /// Whether a count with no measure restates the measure of the figure before it: the same
  /// source (or none), close after it, a definite value within half to twice the other's.
  static func inheritsMeasure(_ figure: Figure, from previous: Figure, sameSource: Bool) -> Bool {
    guard figure.measure == nil, figure.kind == .count, previous.kind == .count, sameSource,
      figure.qualifier != .vague, figure.range.start > previous.range.end,
      figure.range.start - previous.range.end <= ellipsisReach
    else { return false }
    let (value, other) = (figure.value.doubleValue, previous.value.doubleValue)
    return other > 0 && value >= other / 2 && value <= other * 2
  }

  /// How near, in scalars, a date must stand to a figure to date it.
  static let dateReach = 40

  /// Whether the nearest date beside a figure (within `dateReach`) falls on a day before
  /// the report's own.
  static func isPast(_ figure: Figure, dates: [DateMention], reportDay: NewsDate?) -> Bool {
    guard let reportDay, let reportKey = dayKey(reportDay) else { return false }
    func distance(_ date: DateMention) -> Int {
      max(
        0,
        max(
          date.range.start - figure.expressionRange.end,
          figure.expressionRange.start - date.range.end))
    }
    guard let nearest = dates.min(by: { distance($0) < distance($1) }),
      distance(nearest) <= dateReach, let date = nearest.date, let key = dayKey(date)
    else { return false }
    return key < reportKey
  }

  /// The day of a date as `year × 10000 + month × 100 + day`, `nil` without a day.
  static func dayKey(_ date: NewsDate) -> Int? {
    guard let month = date.month, let day = date.day else { return nil }
    return date.year * 10_000 + month * 100 + day
  }

  /// Whether a figure is a definite count large enough to be matched by its value alone
  /// when what it counts is too general to be a measure (`1,200 people`).
  static func isLargeCount(_ figure: Figure) -> Bool {
    figure.kind == .count && figure.qualifier != .vague
      && figure.value.doubleValue >= MeasureGrouper.smallestCountByValue
  }

  /// Whether a figure says something a comparison can check: a definite value of a known
  /// measure (money and percentages count by their unit).
  static func isComparable(_ figure: Figure) -> Bool {
    guard figure.qualifier != .vague else { return false }
    if figure.kind != .count { return true }
    guard let measure = figure.measure else { return false }
    if measure.event != nil { return true }
    if let counted = measure.counted?.concept { return counted != Measure.anyone }
    return false
  }
}
