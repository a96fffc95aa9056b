import ParallaxCorpus
import ParallaxFacts

/// Two reports side by side: their aligned paragraphs, and what differs in figures, sources,
/// entities and (for two versions of one text) words.
public struct ReportComparison: Sendable, Codable, Hashable {
  /// The first report.
  public var first: StoryDiff.ReportLine
  /// The second report.
  public var second: StoryDiff.ReportLine
  /// The paragraph pairs, in the first report's order (the second's unmatched paragraphs
  /// where they fall in its order).
  public var pairs: [ParagraphPair]
  /// The figures, measure by measure and source by source; changes first.
  public var figures: [FigureChange]
  /// The people, organizations and places only the first report mentions.
  public var onlyInFirst: [EntityPresence]
  /// Those only the second mentions.
  public var onlyInSecond: [EntityPresence]
  /// The sources only the first report cites (a source dropped), under all their names.
  public var sourcesOnlyInFirst: [SourceSummary]
  /// The sources only the second cites (a source added).
  public var sourcesOnlyInSecond: [SourceSummary]
  /// Quotes and named channels that differ between aligned paragraphs.
  public var attributions: [AttributionFinding]
  /// Whether the two are versions of one text (same language, most words shared).
  public var versions: Bool
  /// For versions: the word changes of each matched one-to-one pair that changed, keyed by
  /// the pair's position in `pairs`.
  public var edits: [PairEdit]
  /// Why the reports were taken as versions, or not.
  public var versionsReason: String
  /// The changed figures and their sources in one line: `killed × soldiers × turkish: ≥ 22
  /// → 33; source: Turkish officials → Rahmi Dogan`, or `no change in figures`.
  public var summary: String

  /// The word changes of one paragraph pair of two versions.
  public struct PairEdit: Sendable, Codable, Hashable {
    /// The pair's position in `pairs`.
    public var pair: Int
    /// The word-level diff of its paragraphs.
    public var diff: WordDiff
  }

  /// The share of words two reports must share, paragraph by paragraph, to be versions.
  static let versionSimilarity = 0.5

  /// Compares two reports aligned as `pairs`; `versions` forces (true) or forbids (false)
  /// the versions view, `nil` detects it.
  public init(
    _ a: AnalyzedReport, _ b: AnalyzedReport, pairs: [ParagraphPair], names: Glossary = Glossary(),
    versions: Bool? = nil
  ) {
    // A report compared with itself is two reports all the same: its findings must still
    // tell the two sides apart.
    var b = b
    if b.id == a.id { b.metadata.id += " (second)" }
    let story = StoryDiff([a, b], names: names, singles: true, copies: false, repeats: false)
    let line = { (id: String) in story.reports.first { $0.report == id } }
    first = line(a.id) ?? story.reports[0]
    second = line(b.id) ?? story.reports[story.reports.count - 1]
    self.pairs = pairs
    figures = BoundRestatement.repair(
      Self.figureChanges(
        story.measures + story.quantities, first: a.id, second: b.id, pairs: pairs),
      pairs: pairs)
    summary = Self.summary(of: figures)
    onlyInFirst = story.entities.filter { $0.reports == [a.id] && $0.kind != .other }
    onlyInSecond = story.entities.filter { $0.reports == [b.id] && $0.kind != .other }
    // Only sources known by name: a description (`his office`, `officials`) is no identity
    // to compare across reports.
    let known = { (summary: SourceSummary) in summary.source.isKnown }
    sourcesOnlyInFirst = story.sources.filter { $0.reports == [a.id] && known($0) }
    sourcesOnlyInSecond = story.sources.filter { $0.reports == [b.id] && known($0) }
    attributions = AttributionFinding.findings(a, b, pairs: pairs, names: names)
    var edits: [PairEdit] = []
    var shared = 0.0
    var weight = 0.0
    let sameLanguage = a.language == b.language
    // Two languages are never two versions of one text: their words are diffed only when
    // `--versions` asks for it (a word diff of two unrelated texts is the diff's worst case).
    let diffWords = sameLanguage || versions == true
    // Only the matched pairs weigh: paragraphs added to an update do not make it another text.
    for (position, pair) in pairs.enumerated()
    where diffWords && pair.left.count == 1 && pair.right.count == 1 {
      guard let left = a.paragraph(pair.left[0]), let right = b.paragraph(pair.right[0])
      else { continue }
      let diff = WordDiff(old: left.text, new: right.text)
      let size = Double(left.text.count + right.text.count)
      shared += diff.similarity * size
      weight += size
      if !diff.isUnchanged { edits.append(PairEdit(pair: position, diff: diff)) }
    }
    let matchedSimilarity = weight == 0 ? 0 : shared / weight
    let smaller = min(a.paragraphs.count, b.paragraphs.count)
    let matched = pairs.filter { $0.left.count == 1 && $0.right.count == 1 }.count
    let sameItem = Self.sameItem(a.metadata, b.metadata)
    let detected =
      sameLanguage
      && (sameItem != nil
        || (matchedSimilarity >= Self.versionSimilarity && 2 * matched >= smaller))
    self.versions = versions ?? detected
    self.edits = self.versions ? edits : []
    let share =
      "\(Int((matchedSimilarity * 100).rounded())) % of the words of matched paragraphs shared"
    var reason =
      !sameLanguage
      ? "two languages: not versions of one text"
      : (sameItem.map { $0 + "; " } ?? "") + share
        + (detected ? ": versions of one text" : ": two texts")
    if let versions, versions != detected { reason += " (overridden by --versions)" }
    versionsReason = reason
  }

  /// Whether `b` is an earlier version of the item `a` is (one GUID, link or outlet with an
  /// update mark) and should come first: versions are compared in time order.
  public static func isEarlierVersion(_ b: AnalyzedReport, of a: AnalyzedReport) -> Bool {
    guard sameItem(a.metadata, b.metadata) != nil, let x = a.time, let y = b.time else {
      return false
    }
    return y.sortKey < x.sortKey
  }

  /// `reports` in time order when they are two or more versions of one item (all one GUID,
  /// or all one link), else `nil`.
  public static func versionsInOrder(_ reports: [AnalyzedReport]) -> [AnalyzedReport]? {
    guard reports.count >= 2, let head = reports.first?.metadata else { return nil }
    let sameGUID = head.guid != nil && reports.allSatisfy { $0.metadata.guid == head.guid }
    let sameLink = head.url != nil && reports.allSatisfy { $0.metadata.url == head.url }
    guard sameGUID || sameLink else { return nil }
    return reports.enumerated().sorted { x, y in
      let (a, b) = (x.element.time?.sortKey ?? Int.max, y.element.time?.sortKey ?? Int.max)
      return a != b ? a < b : x.offset < y.offset
    }.map(\.element)
  }

  /// The changes among `changes` in one line, measure by measure (`killed × people: ≥ 22 →
  /// 29 (source: the authorities → Marta Lindqvist)`): revised, disputed, requalified and
  /// restated figures, then figures only one side gives (`+ 14` added, `− 14` dropped); one
  /// value change is named once, with a named source when one report names it.
  public static func summary(of changes: [FigureChange]) -> String {
    var order: [String] = []
    var byMeasure: [String: [(values: String, text: String, named: Bool)]] = [:]
    let name = { (m: FigureMention) in m.source.isNamed ? m.source.name : "none named" }
    for change in changes where change.kind != .same && change.kind != .history {
      var part: String
      switch (change.first, change.second) {
      case (let x?, let y?):
        part = x.valueText + " → " + y.valueText
        if change.kind == .status { part += " (" + y.figure.status.rawValue + ")" }
      case (nil, let y?): part = "+ " + y.valueText
      case (let x?, nil): part = "− " + x.valueText
      case (nil, nil): continue
      }
      let values = part
      let named = change.first?.source.isNamed == true && change.second?.source.isNamed == true
      if change.sourceChanged, let x = change.first, let y = change.second {
        part += " (source: " + name(x) + " → " + name(y) + ")"
      }
      var list = byMeasure[change.measure] ?? []
      if byMeasure[change.measure] == nil { order.append(change.measure) }
      // One value change told twice (the headline and the lead) is named once, with its
      // named sources when it has them.
      if let index = list.firstIndex(where: { $0.values == values }) {
        if named && !list[index].named { list[index] = (values, part, named) }
      } else {
        list.append((values, part, named))
      }
      byMeasure[change.measure] = list
    }
    let parts = order.map { measure in
      measure + ": " + (byMeasure[measure] ?? []).map(\.text).joined(separator: ", ")
    }
    return parts.isEmpty ? "no change in figures" : parts.joined(separator: " · ")
  }

  /// What makes two reports one item of a feed or wire in two versions: one GUID or link, or
  /// one outlet with an update mark in the later headline (`UPDATE 2-…`).
  static func sameItem(_ a: ReportMetadata, _ b: ReportMetadata) -> String? {
    if let x = a.guid, let y = b.guid, x == y { return "one GUID" }
    if let x = a.url, let y = b.url, x == y { return "one link" }
    guard let outlet = a.outlet, outlet == b.outlet else { return nil }
    for title in [a.title, b.title].compactMap({ $0?.uppercased() })
    where CompareLexicon.updateMarks.contains(where: { title.hasPrefix($0) }) {
      return "one outlet, an update mark in the headline"
    }
    return nil
  }

  /// For each measure, the two reports' current figures paired source by source: the same
  /// source first, then the rest in order of appearance (the source that takes another's
  /// place, `les autorités` → `Rahmi Dogan`); changes first, then by measure.
  static func figureChanges(
    _ groups: [MeasureGroup], first: String, second: String, pairs paragraphs: [ParagraphPair] = []
  ) -> [FigureChange] {
    // The second report's paragraphs aligned with each of the first's.
    var aligned: [Int: Set<Int>] = [:]
    for pair in paragraphs where pair.isMatched {
      for left in pair.left { aligned[left, default: []].formUnion(pair.right) }
    }
    var result: [FigureChange] = []
    for group in groups {
      let a = withoutUnnamedRepeats(current(group.mentions.filter { $0.report == first }))
      var b = withoutUnnamedRepeats(current(group.mentions.filter { $0.report == second }))
      var unpaired: [FigureMention] = []
      var pairs: [(FigureMention?, FigureMention?)] = []
      // The same source first, then the same value under another name, then in order.
      for mention in a {
        if let index = b.firstIndex(where: { $0.source == mention.source }) {
          pairs.append((mention, b.remove(at: index)))
        } else {
          unpaired.append(mention)
        }
      }
      var left: [FigureMention] = []
      for mention in unpaired {
        if let index = b.firstIndex(where: { $0.valueText == mention.valueText }) {
          pairs.append((mention, b.remove(at: index)))
        } else {
          left.append(mention)
        }
      }
      let allB = current(group.mentions.filter { $0.report == second })
      let citedFirst = Set(group.mentions.filter { $0.report == first }.map(\.source))
      let citedSecond = Set(group.mentions.filter { $0.report == second }.map(\.source))
      for mention in left {
        // In order, the figure of the paragraph aligned with this one first.
        let pairable = b.indices.filter {
          mayPair(mention, b[$0], citedFirst: citedFirst, citedSecond: citedSecond)
        }
        let facing = aligned[mention.evidence.paragraph] ?? []
        let next = pairable.first { facing.contains(b[$0].evidence.paragraph) } ?? pairable.first
        let twin = allB.first { $0.valueText == mention.valueText }
        // A figure the other report gives too (a headline's repeat, another source's name) is
        // no change, rather than another known source's different value.
        let otherVoice = next.map {
          b[$0].source != mention.source && b[$0].source.isKnown && mention.source.isKnown
        }
        if let twin, otherVoice == true {
          pairs.append((mention, twin))
        } else if let next {
          pairs.append((mention, b.remove(at: next)))
        } else if let twin {
          // A figure the other report gives too, under another source's name, is no change.
          pairs.append((mention, twin))
        } else {
          pairs.append((mention, nil))
        }
      }
      for mention in b {
        // A figure the other report gives too, under another source's name, is no change.
        if let twin = a.first(where: { $0.valueText == mention.valueText }) {
          pairs.append((twin, mention))
        } else {
          pairs.append((nil, mention))
        }
      }
      // The same earlier count told by both (`≥ 22` before the toll rose) is no change.
      var told = Set(pairs.compactMap { $0.0?.valueText })
      for mention in group.mentions where mention.report == first && mention.past {
        guard !told.contains(mention.valueText),
          let twin = group.mentions.first(where: {
            $0.report == second && $0.past && $0.valueText == mention.valueText
          })
        else { continue }
        told.insert(mention.valueText)
        pairs.append((mention, twin))
      }
      pairs = withoutRepeatedLoneFigures(pairs)
      let lone = loneHistory(
        group.mentions, first: first, second: second,
        paired: pairs.flatMap { [$0.0, $0.1].compactMap { $0 } })
      let loneStart = pairs.count
      pairs += lone
      let highest = Dictionary(
        [(first, maxValue(a)), (second, maxValue(group.mentions.filter { $0.report == second }))],
        uniquingKeysWith: max)
      for (index, (x, y)) in pairs.enumerated() {
        var kind = index >= loneStart ? .history : kind(x, y)
        // A lower count that only one report gives, beside its own higher one, is the
        // toll's history told by that report.
        if group.isCumulative, let lone = x ?? y, x == nil || y == nil,
          lone.figure.value.doubleValue < (highest[lone.report] ?? 0)
        {
          kind = .history
        }
        result.append(FigureChange(measure: group.key, kind: kind, first: x, second: y))
      }
    }
    return result.enumerated().sorted { l, r in
      let (x, y) = (l.element.isChange ? 0 : 1, r.element.isChange ? 0 : 1)
      return x != y ? x < y : l.offset < r.offset
    }.map(\.element)
  }

  /// `pairs` without the figures paired with nothing that their own report gives again, in
  /// the same measure, in a figure already shown: a headline restating the toll its lead
  /// attributes (`… إلى 23 قتيلاً` over `أعلن خفر السواحل … إلى 23 قتيلاً`) is that figure told
  /// twice, no difference of its own. A figure change needs a figure on both sides. Of lone
  /// figures of one value on one side, the first with a named source is kept, else the first.
  static func withoutRepeatedLoneFigures(
    _ pairs: [(FigureMention?, FigureMention?)]
  ) -> [(FigureMention?, FigureMention?)] {
    var shown = Set<[String]>()
    for case (let x?, let y?) in pairs {
      shown.insert(["1", x.valueText])
      shown.insert(["2", y.valueText])
    }
    let lone = pairs.indices.filter { (pairs[$0].0 == nil) != (pairs[$0].1 == nil) }
    let namedFirst = lone.sorted { a, b in
      let named = { (index: Int) in (pairs[index].0 ?? pairs[index].1)?.source.isNamed == true }
      return named(a) != named(b) ? named(a) : a < b
    }
    var dropped = Set<Int>()
    for index in namedFirst {
      let key =
        pairs[index].0.map { ["1", $0.valueText] } ?? pairs[index].1.map { ["2", $0.valueText] }
      if let key, !shown.insert(key).inserted { dropped.insert(index) }
    }
    return pairs.indices.filter { !dropped.contains($0) }.map { pairs[$0] }
  }

  /// A report's current figures without the unattributed ones whose value a named source of
  /// the report gives too (a headline over its lead: `… 24 morts` over `selon le syndicat,
  /// 24`): that figure told again, which must not pair, as the outlet's voice, with the
  /// other report's unattributed headline.
  static func withoutUnnamedRepeats(_ mentions: [FigureMention]) -> [FigureMention] {
    let named = Set(mentions.filter(\.source.isNamed).map(\.valueText))
    let kept = mentions.filter { $0.source.isNamed || !named.contains($0.valueText) }
    return kept.isEmpty ? mentions : kept
  }

  /// Whether two figures of different sources may be paired in order: one source taking
  /// another's place (`les autorités` → `Rahmi Dogan`, the first not cited in the second
  /// report) can, but a known source the other report cites too for this measure is a claim
  /// of its own there, never another's revised (a union's 24 is no revision of a governor's
  /// 27); at one time two sources are a disagreement.
  static func mayPair(
    _ x: FigureMention, _ y: FigureMention, citedFirst: Set<Source>, citedSecond: Set<Source>
  ) -> Bool {
    if x.source == y.source || MeasureGrouper.sameTime(x, y) { return true }
    let xElsewhere = x.source.isKnown && citedSecond.contains(x.source)
    let yElsewhere = y.source.isKnown && citedFirst.contains(y.source)
    return !xElsewhere && !yElsewhere
  }

  /// The highest value among `mentions`.
  static func maxValue(_ mentions: [FigureMention]) -> Double {
    mentions.map(\.figure.value.doubleValue).max() ?? 0
  }

  /// A report's current figure per source for one measure: past figures left out; of one
  /// source's figures the highest (a report telling a toll's history ends on its latest).
  static func current(_ mentions: [FigureMention]) -> [FigureMention] {
    var order: [Source] = []
    var best: [Source: FigureMention] = [:]
    for mention in mentions where !mention.past {
      if let known = best[mention.source] {
        if mention.figure.value.doubleValue > known.figure.value.doubleValue {
          best[mention.source] = mention
        }
      } else {
        order.append(mention.source)
        best[mention.source] = mention
      }
    }
    if order.isEmpty, let last = mentions.last { return [last] }
    return order.compactMap { best[$0] }
  }

  /// The kind of difference between two paired figures.
  static func kind(_ x: FigureMention?, _ y: FigureMention?) -> FigureChange.Kind {
    guard let x else { return .onlyInSecond }
    guard let y else { return .onlyInFirst }
    if x.valueText == y.valueText {
      // Denied or hedged on one side only: the claim's standing changed, not its value.
      let claim = { (status: Figure.Status) in status == .denied || status == .hedged ? status : nil
      }
      return claim(x.figure.status) == claim(y.figure.status) ? .same : .status
    }
    if x.figure.value == y.figure.value && x.figure.upper == y.figure.upper { return .qualifier }
    let meets =
      ValueInterval(x.figure).flatMap { a in ValueInterval(y.figure).map(a.meets) } ?? true
    let sameTime = MeasureGrouper.sameTime(x, y)
    let bothNamed = x.source.isNamed && y.source.isNamed
    if bothNamed && x.source != y.source && sameTime && !meets { return .disagreement }
    if !sameTime { return .revision }
    return .value
  }
}
