import ParallaxCompare

/// The findings of a comparison as lines an editor reads, placed under the paragraph pair
/// they concern: `≠ killed × soldiers × turkish: ≥ 22 → 33 (revised) · source: Turkish
/// officials → Rahmi Dogan`.
enum CompareFindings {
  /// One finding: its line, and the pair it belongs under (`nil`: the report as a whole).
  struct Line {
    var text: String
    var pair: Int?
    var isChange: Bool
    /// For a name or source only one report gives: `first` or `second`, the name, and the
    /// list it goes in (`sources`, `names`, `places`).
    var onlyIn: (side: String, item: String, list: String)? = nil
  }

  /// The lines to read, at most one per kind: figure changes first (a line that another
  /// line says in full — the same change with its source — once), the names only one
  /// report gives in one line per side (`only in the first — sources: Turkish media; names:
  /// Anadolu, Hakan Fidan; places: Moscow`), then quotes and channels.
  static func merged(_ lines: [Line]) -> [String] {
    var figures: [String] = []
    var rest: [String] = []
    var names: [String: [String: [String]]] = [:]
    for line in lines where line.isChange {
      if let only = line.onlyIn {
        names[only.side, default: [:]][only.list, default: []].append(only.item)
      } else if line.text.hasPrefix("≠ quote") || line.text.hasPrefix("≠ channel") {
        rest.append(line.text)
      } else if !figures.contains(line.text) {
        figures.append(line.text)
      }
    }
    figures = distinct(figures)
    var out = figures
    for side in ["first", "second"] {
      guard let list = names[side] else { continue }
      let parts = ["sources", "names", "places"].compactMap { kind in
        list[kind].map { kind + ": " + $0.joined(separator: ", ") }
      }
      out.append("only in the \(side) — " + parts.joined(separator: "; "))
    }
    return out + rest
  }

  /// How many differences `lines` hold as `merged` says them: each figure change once,
  /// each name, each quote or channel.
  static func count(_ lines: [Line]) -> Int {
    let changes = lines.filter(\.isChange)
    let figures = changes.filter {
      $0.onlyIn == nil && !$0.text.hasPrefix("≠ quote") && !$0.text.hasPrefix("≠ channel")
    }.map(\.text)
    return distinct(figures.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } })
      .count + changes.count - figures.count
  }

  /// `figures` without a line that another says in full with its source after it.
  private static func distinct(_ figures: [String]) -> [String] {
    figures.filter { text in !figures.contains { $0 != text && $0.hasPrefix(text + " · ") } }
  }

  /// `= both give killed × soldiers × turkish ≥ 22, > 30`: the figures the two reports
  /// agree on, or `nil`.
  static func agreement(_ comparison: ReportComparison) -> String? {
    var measures: [(measure: String, values: [String])] = []
    for change in comparison.figures where change.kind == .same {
      guard let value = change.first?.valueText ?? change.second?.valueText else { continue }
      let measure = FactLabels.readable(change.measure)
      if let index = measures.firstIndex(where: { $0.measure == measure }) {
        if !measures[index].values.contains(value) { measures[index].values.append(value) }
      } else {
        measures.append((measure, [value]))
      }
    }
    guard !measures.isEmpty else { return nil }
    return "= both give "
      + measures.map { item in
        // A group of one value names it already (`money 2.5 bn EUR`).
        item.values.count == 1 && item.measure.hasSuffix(" " + item.values[0])
          ? item.measure : item.measure + " " + item.values.joined(separator: ", ")
      }.joined(separator: " · ")
  }

  /// The finding lines of `comparison`, changes first.
  static func lines(_ comparison: ReportComparison) -> [Line] {
    var result: [Line] = []
    for change in comparison.figures {
      let pair = place(change, in: comparison.pairs)
      result.append(Line(text: text(change), pair: pair, isChange: change.isChange))
    }
    let entityIDs = Set((comparison.onlyInFirst + comparison.onlyInSecond).map(\.id))
    let cited = Set(
      (comparison.sourcesOnlyInFirst + comparison.sourcesOnlyInSecond).map(\.source.id))
    for (sources, side, first) in [
      (comparison.sourcesOnlyInFirst, "first", true),
      (comparison.sourcesOnlyInSecond, "second", false),
    ] {
      // A source also named only on that side is said once, on the name's line.
      for summary in sources where !entityIDs.contains(summary.source.id) {
        let paragraph = summary.evidence.first?.paragraph
        result.append(
          Line(
            text: "source only in the \(side): \(summary.source.name)",
            pair: paragraph.flatMap { p in
              comparison.pairs.firstIndex { (first ? $0.left : $0.right).contains(p) }
            }, isChange: true,
            onlyIn: (side, BidiIsolation.isolate(summary.source.name), "sources")))
      }
    }
    // The outlets' own names (`ANKARA (Wire)`, a credit line) are no finding.
    let outlets = Set(
      [comparison.first.outlet, comparison.second.outlet].compactMap { $0?.lowercased() })
    for (entities, side, first) in [
      (comparison.onlyInFirst, "first", true), (comparison.onlyInSecond, "second", false),
    ] {
      for entity in entities where !outlets.contains(entity.name.lowercased()) {
        let list =
          cited.contains(entity.id) ? "sources" : entity.kind == .place ? "places" : "names"
        result.append(
          Line(
            text: "only in the \(side): \(entity.name) (\(entity.kind.rawValue)"
              + (cited.contains(entity.id) ? ", cited as a source)" : ")"),
            pair: entity.evidence.first.flatMap { e in
              comparison.pairs.firstIndex { (first ? $0.left : $0.right).contains(e.paragraph) }
            }, isChange: true, onlyIn: (side, BidiIsolation.isolate(entity.name), list)))
      }
    }
    for finding in comparison.attributions {
      let paragraph = finding.first?.evidence.paragraph ?? finding.second?.evidence.paragraph
      let onFirst = finding.first != nil
      result.append(
        Line(
          text: text(finding),
          pair: paragraph.flatMap { p in
            comparison.pairs.firstIndex { (onFirst ? $0.left : $0.right).contains(p) }
          }, isChange: true))
    }
    return result
  }

  /// `≠ quote only in the first: Claire Vasseur “…”`, `≠ quote: Altun “under fire” ↔ “…”`.
  static func text(_ finding: AttributionFinding) -> String {
    let speaker = { (side: AttributionFinding.Side) in
      side.source.isNamed ? BidiIsolation.isolate(side.source.name) + " " : ""
    }
    let said = { (side: AttributionFinding.Side) in BidiIsolation.isolate(side.text) }
    switch (finding.kind, finding.first, finding.second) {
    case (.quoteDiffers, let x?, let y?):
      return "≠ quote: \(speaker(x))\(said(x)) ↔ \(said(y))"
    case (.quoteOnlyInFirst, let x?, _):
      return "≠ quote only in the first: \(speaker(x))\(said(x))"
    case (.quoteOnlyInSecond, _, let y?):
      return "≠ quote only in the second: \(speaker(y))\(said(y))"
    case (.channelOnlyInFirst, let x?, _):
      return "≠ channel only in the first: \(speaker(x))via \(said(x))"
    case (.channelOnlyInSecond, _, let y?):
      return "≠ channel only in the second: \(speaker(y))via \(said(y))"
    default:
      return "≠ " + finding.kind.rawValue
    }
  }

  /// `≠ KEY: A → B (kind) · source: X → Y`; a figure one side alone gives is said as such:
  /// `≠ KEY: 19 only in the second (an earlier count) · source: X`.
  static func text(_ change: FigureChange) -> String {
    let mark = change.isChange ? "≠" : "="
    let measure = FactLabels.readable(change.measure)
    let first = change.first.map(\.valueText) ?? "—"
    var second = change.second.map(\.valueText) ?? "—"
    if let earlier = change.second?.changedFrom, earlier != change.first?.figure.value.description {
      second = earlier + " → " + second
    }
    var line: String
    // A group of one value (`money 2.5 bn EUR`, `length 420 m`) names its value once.
    let said = { (value: String) in
      measure.hasSuffix(" " + value) ? "\(mark) \(measure)" : "\(mark) \(measure): \(value)"
    }
    switch (change.kind, change.first, change.second) {
    case (.onlyInFirst, _, nil), (.history, _, nil):
      line = said(first) + " only in the first"
    case (.onlyInSecond, nil, _), (.history, nil, _):
      line = said(second) + " only in the second"
    default:
      line = "\(mark) \(measure): \(first) → \(second) (\(FactLabels.change(change.kind)))"
    }
    if change.kind == .history, change.first == nil || change.second == nil {
      line += " (an earlier count)"
    }
    if change.sourceChanged, let a = change.first, let b = change.second {
      line += " · source: \(sourceName(a)) → \(sourceName(b))"
    } else if let source = (change.first ?? change.second), source.source.isNamed {
      line += " · source: \(sourceName(source))"
    }
    return line
  }

  static func sourceName(_ mention: FigureMention) -> String {
    mention.source.isNamed ? BidiIsolation.isolate(mention.source.name) : "none named"
  }

  /// The pair holding the change's first figure, else its second.
  static func place(_ change: FigureChange, in pairs: [ParagraphPair]) -> Int? {
    if let first = change.first,
      let index = pairs.firstIndex(where: { $0.left.contains(first.evidence.paragraph) })
    {
      return index
    }
    if let second = change.second {
      return pairs.firstIndex { $0.right.contains(second.evidence.paragraph) }
    }
    return nil
  }
}
