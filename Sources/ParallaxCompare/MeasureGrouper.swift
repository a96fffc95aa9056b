import ParallaxFacts

/// Groups the figures of a story by what they count, then finds each source's series and
/// the disagreements between sources.
enum MeasureGrouper {
  /// The smallest count grouped by value alone when its measure is unknown: smaller numbers
  /// recur by chance (`3 days`, `2 ministers`).
  static let smallestCountByValue = 100.0
  /// How close in time two reports must be for different values of two sources to be a
  /// disagreement rather than a revision (three hours).
  static let sameTimeSeconds = 3 * 3600

  /// The groups of `mentions`: figures of compatible measures together (the most specific
  /// measures first), then money, percentages and large counts of no known measure by
  /// value; a value group must span two reports unless `singles`.
  static func groups(of mentions: [FigureMention], singles: Bool = false) -> [MeasureGroup] {
    var byMeasure: [(measure: Measure, members: [FigureMention])] = []
    var rest: [FigureMention] = []
    let specificFirst = mentions.sorted { specificity($0.figure) > specificity($1.figure) }
    for mention in specificFirst {
      guard mention.figure.kind == .count, let measure = mention.figure.measure,
        FigureCollector.isComparable(mention.figure), !isByValue(mention.figure)
      else {
        rest.append(mention)
        continue
      }
      let candidates = byMeasure.indices.filter {
        byMeasure[$0].measure.isCompatible(with: measure)
      }
      if let best = candidates.max(by: { byMeasure[$0].members.count < byMeasure[$1].members.count }
      ) {
        byMeasure[best].members.append(mention)
      } else {
        byMeasure.append((measure, [mention]))
      }
    }
    var byValue:
      [(
        value: Double, kind: Figure.Kind, currency: String?, dimension: String?,
        members: [FigureMention]
      )] = []
    for mention in rest {
      let figure = mention.figure
      // A quantity is compared in its dimension's base unit (`420 m` = `0.42 km`).
      let value = mention.baseValue
      let dimension = mention.unit?.dimension
      guard figure.qualifier != .vague, value > 0,
        figure.kind != .count || dimension != nil || value >= smallestCountByValue
          || isByValue(figure)
      else { continue }
      if let index = byValue.firstIndex(where: {
        $0.kind == figure.kind && $0.currency == figure.currency && $0.dimension == dimension
          && abs($0.value - value) <= ValueInterval.aboutTolerance * max($0.value, value)
          && (figure.kind != .count || allowsOneValue($0.members[0], mention))
      }) {
        byValue[index].members.append(mention)
      } else {
        byValue.append((value, figure.kind, figure.currency, dimension, [mention]))
      }
    }
    var groups = byMeasure.map {
      group(
        key: $0.measure.key, kind: .count, currency: nil, byValue: false,
        cumulative: $0.measure.event.map { CompareLexicon.cumulativeEvents.contains($0.concept) }
          ?? false,
        $0.members)
    }
    for cluster in byValue where singles || Set(cluster.members.map(\.report)).count >= 2 {
      let key = (cluster.dimension ?? cluster.kind.rawValue) + " " + cluster.members[0].valueText
      var quantities = group(
        key: key, kind: cluster.kind, currency: cluster.currency, byValue: true,
        cumulative: false, cluster.members)
      quantities.unit = cluster.members[0].unit
      groups.append(quantities)
    }
    return groups.sorted {
      ($0.reportCount, $0.mentions.count, $1.key) > ($1.reportCount, $1.mentions.count, $0.key)
    }
  }

  /// Whether a count's event is one matched by value (`present`: `86 workers were
  /// underground` meets `86 человек` and `with 86 on board`), whatever its size.
  static func isByValue(_ figure: Figure) -> Bool {
    figure.measure?.event.map { CompareLexicon.byValueEvents.contains($0.concept) } ?? false
  }

  /// Whether two counts of no known measure may be one figure told twice: some value lies in
  /// what both allow. Near values alone are no evidence that two counts count one thing
  /// (`203 yolcu` beside `212 people on board` counts the passengers only), but `about 1,200`
  /// and `1,200` are one figure.
  static func allowsOneValue(_ a: FigureMention, _ b: FigureMention) -> Bool {
    guard let x = ValueInterval(a.figure), let y = ValueInterval(b.figure) else { return true }
    guard a.unit?.size == b.unit?.size else {
      // Two units of one dimension: their amounts, not their numbers, must meet.
      return abs(a.baseValue - b.baseValue) <= ValueInterval.aboutTolerance
        * max(a.baseValue, b.baseValue)
    }
    return x.meets(y)
  }

  /// How many parts of a figure's measure are known.
  static func specificity(_ figure: Figure) -> Int {
    guard let measure = figure.measure else { return 0 }
    let counted = measure.counted.map { $0.concept == Measure.anyone ? 1 : 2 } ?? 0
    return (measure.event == nil ? 0 : 2) + counted + (measure.affiliation == nil ? 0 : 2)
  }

  /// A group of `members` in time order with its series, disagreements and notes.
  static func group(
    key: String, kind: Figure.Kind, currency: String?, byValue: Bool, cumulative: Bool,
    _ members: [FigureMention]
  ) -> MeasureGroup {
    let confirmed = confirmPast(members.sorted(by: timeOrder))
    let ordered = cumulative ? superseded(confirmed) : confirmed
    return MeasureGroup(
      key: key, kind: kind, currency: currency, mentions: ordered,
      series: namedFirst(series(of: ordered, cumulative: cumulative)),
      disagreements: disagreements(in: ordered), isCumulative: cumulative, byValue: byValue,
      notes: notes(on: ordered))
  }

  /// Keeps a figure dated before its report's day (not one its words mark as earlier) as past
  /// only when its report gives a later count beside it: a higher figure of the measure from the same source, or any
  /// higher figure when the past one's source is no known entity (`die Behörden`). A date
  /// beside a figure often dates the event, not the count (`33 soldiers were killed on
  /// Thursday`), and such a figure is the report's current one.
  static func confirmPast(_ mentions: [FigureMention]) -> [FigureMention] {
    // The highest value of each report, and of each source in each report (a higher value is
    // another figure: one pass, however many figures a report holds).
    var highest: [String: Double] = [:]
    var highestOfSource: [[String]: Double] = [:]
    for mention in mentions {
      let value = mention.figure.value.doubleValue
      highest[mention.report] = max(highest[mention.report] ?? -.infinity, value)
      let key = [mention.report, mention.source.id]
      highestOfSource[key] = max(highestOfSource[key] ?? -.infinity, value)
    }
    return mentions.map { mention in
      // A figure its report marks as an earlier count (`un précédent bilan`, `حصيلة سابقة`)
      // stays one, whichever way the count went since (trapped miners: 31, then 17).
      guard mention.past, mention.figure.status != .earlier else { return mention }
      var confirmed = mention
      let above =
        mention.source.isKnown
        ? highestOfSource[[mention.report, mention.source.id]] : highest[mention.report]
      confirmed.past = (above ?? -.infinity) > mention.figure.value.doubleValue
      return confirmed
    }
  }

  /// Marks as past a cumulative count that a known source gives in a report beside a higher
  /// count of its own (`la Guardia Costera había informado de nueve fallecidos, y a mediodía
  /// de 17` in a report whose lead gives the Coast Guard's 23): the source's earlier count,
  /// history rather than a claim that can disagree with today's.
  static func superseded(_ mentions: [FigureMention]) -> [FigureMention] {
    var highestCurrent: [[String]: Double] = [:]
    for mention in mentions where !mention.past {
      let key = [mention.report, mention.source.id]
      highestCurrent[key] = max(highestCurrent[key] ?? -.infinity, mention.figure.value.doubleValue)
    }
    return mentions.map { mention in
      guard !mention.past, mention.source.isKnown else { return mention }
      var marked = mention
      marked.past =
        (highestCurrent[[mention.report, mention.source.id]] ?? -.infinity)
        > mention.figure.value.doubleValue
      return marked
    }
  }

  /// Named sources before the outlet's own voice, the most cited first, else in order.
  static func namedFirst(_ series: [SourceSeries]) -> [SourceSeries] {
    series.enumerated().sorted { a, b in
      let x = (a.element.source.isNamed ? 0 : 1, -a.element.reports.count, a.offset)
      let y = (b.element.source.isNamed ? 0 : 1, -b.element.reports.count, b.offset)
      return x < y
    }.map(\.element)
  }

  /// Time, then report, then position.
  static func timeOrder(_ a: FigureMention, _ b: FigureMention) -> Bool {
    let ta = a.time?.sortKey ?? Int.max
    let tb = b.time?.sortKey ?? Int.max
    return ta != tb ? ta < tb : a.evidence < b.evidence
  }

  /// Each source's values in the order they were first given: by the time of the first
  /// report that gives each as current, and within one report from the lowest. Values only
  /// ever given as history (a past figure, the earlier value of a change) go before the
  /// first current value above them: the report tells them as earlier steps (one step a
  /// number, the first form kept). The values
  /// of a cumulative count (a toll) are shown rising: a lower toll given later is an older
  /// count retold.
  static func series(of mentions: [FigureMention], cumulative: Bool) -> [SourceSeries] {
    var order: [Source] = []
    var bySource: [Source: [FigureMention]] = [:]
    for mention in mentions {
      if bySource[mention.source] == nil { order.append(mention.source) }
      bySource[mention.source, default: []].append(mention)
    }
    return order.map { source in
      let own = bySource[source] ?? []
      var current: [String: (time: Int, number: Double)] = [:]
      var history: [String: Double] = [:]
      for mention in own {
        let time = mention.time?.sortKey ?? Int.max
        if let from = mention.changedFrom, let number = Double(from),
          !own.contains(where: { $0.figure.value.doubleValue == number })
        {
          history[from] = number
        }
        if mention.past {
          history[mention.valueText] = mention.figure.value.doubleValue
        } else if (current[mention.valueText]?.time ?? Int.max) > time {
          current[mention.valueText] = (time, mention.figure.value.doubleValue)
        }
      }
      var steps = current.map { (text: $0.key, number: $0.value.number, time: $0.value.time) }
        .sorted { ($0.time, $0.number, $0.text) < ($1.time, $1.number, $1.text) }
        .map { (text: $0.text, number: $0.number) }
      // One step a number: `nueve` given beside an earlier `au moins neuf` is no new count.
      var numbers = Set<Double>()
      steps = steps.filter { numbers.insert($0.number).inserted }
      if cumulative { steps.sort { ($0.number, $0.text) < ($1.number, $1.text) } }
      // A value told as history that the source also gives as current, with or without a
      // qualifier (`nueve` retold beside `au moins neuf`), is that step, not one of its own.
      for (text, number) in history.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) })
      where !steps.contains(where: { $0.number == number }) {
        let at = steps.firstIndex { $0.number > number } ?? steps.count
        steps.insert((text, number), at: at)
      }
      var reports: [String] = []
      for mention in own where !reports.contains(mention.report) { reports.append(mention.report) }
      return SourceSeries(
        source: source, values: steps.map(\.text), trend: trend(steps.map(\.number)),
        evidence: own.map(\.evidence), reports: reports)
    }
  }

  /// How a sequence of values moved.
  static func trend(_ numbers: [Double]) -> SourceSeries.Trend {
    let steps = zip(numbers, numbers.dropFirst())
    if steps.allSatisfy({ $0 == $1 }) { return .steady }
    if steps.allSatisfy({ $0 <= $1 }) { return .rose }
    if steps.allSatisfy({ $0 >= $1 }) { return .fell }
    return .changed
  }

  /// Figures of two different named sources, at the same time, that cannot both be true;
  /// one pair per pair of values and sources (and per report, for two sources one report
  /// sets side by side). Only what each source says now in each report
  /// is compared: past figures and the earlier steps of a toll are its history.
  static func disagreements(in mentions: [FigureMention]) -> [Disagreement] {
    var current: [String: FigureMention] = [:]
    var order: [String] = []
    for mention in mentions where mention.source.isNamed && !mention.past {
      guard mention.figure.status == .plain || mention.figure.status == .change else { continue }
      let slot = mention.report + "\u{1}" + mention.source.id
      if let known = current[slot],
        known.figure.value.doubleValue >= mention.figure.value.doubleValue
      {
        continue
      }
      if current[slot] == nil { order.append(slot) }
      current[slot] = mention
    }
    let latest = order.compactMap { current[$0] }
    var result: [Disagreement] = []
    var seen = Set<[String]>()
    for (i, first) in latest.enumerated() {
      guard let a = ValueInterval(first.figure) else { continue }
      for second in latest[(i + 1)...] {
        guard second.source != first.source, let b = ValueInterval(second.figure), !a.meets(b)
        else { continue }
        let sameReport = first.report == second.report
        guard sameReport || sameTime(first, second) else { continue }
        // Each report that sets the two side by side is evidence of its own.
        let pair =
          [first.source.id, first.valueText, second.source.id, second.valueText]
          + (sameReport ? [first.report] : [])
        guard seen.insert(pair).inserted else { continue }
        result.append(Disagreement(first: first, second: second, sameReport: sameReport))
      }
    }
    return result
  }

  /// Whether two figures' reports are within `sameTimeSeconds` of each other.
  static func sameTime(_ a: FigureMention, _ b: FigureMention) -> Bool {
    guard let x = a.time?.sortKey, let y = b.time?.sortKey else { return false }
    return abs(x - y) <= sameTimeSeconds
  }

  /// Qualifiers that pull apart on one value, and figures denied or hedged.
  static func notes(on mentions: [FigureMention]) -> [GroupNote] {
    var notes: [GroupNote] = []
    let lower: Set<Figure.Qualifier> = [.atLeast, .moreThan]
    let upper: Set<Figure.Qualifier> = [.atMost, .lessThan, .upTo]
    let qualifiers = Set(mentions.map(\.figure.qualifier))
    if !qualifiers.isDisjoint(with: lower), !qualifiers.isDisjoint(with: upper) {
      let low = mentions.filter { lower.contains($0.figure.qualifier) }.map(\.report)
      let high = mentions.filter { upper.contains($0.figure.qualifier) }.map(\.report)
      notes.append(GroupNote(kind: .qualifierConflict, reports: unique(low), others: unique(high)))
    }
    for (status, kind) in [(Figure.Status.denied, GroupNote.Kind.denied), (.hedged, .hedged)] {
      let reports = unique(mentions.filter { $0.figure.status == status }.map(\.report))
      if !reports.isEmpty { notes.append(GroupNote(kind: kind, reports: reports, others: [])) }
    }
    return notes
  }

  /// The values in first-seen order without repeats.
  static func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
