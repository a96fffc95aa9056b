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
            }, isChange: true))
      }
    }
    for entity in comparison.onlyInFirst {
      result.append(
        Line(
          text: "only in the first: \(entity.name) (\(entity.kind.rawValue)"
            + (cited.contains(entity.id) ? ", cited as a source)" : ")"),
          pair: entity.evidence.first.flatMap { e in
            comparison.pairs.firstIndex { $0.left.contains(e.paragraph) }
          }, isChange: true))
    }
    for entity in comparison.onlyInSecond {
      result.append(
        Line(
          text: "only in the second: \(entity.name) (\(entity.kind.rawValue)"
            + (cited.contains(entity.id) ? ", cited as a source)" : ")"),
          pair: entity.evidence.first.flatMap { e in
            comparison.pairs.firstIndex { $0.right.contains(e.paragraph) }
          }, isChange: true))
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

  /// `≠ KEY: A → B (kind) · source: X → Y`.
  static func text(_ change: FigureChange) -> String {
    let mark = change.isChange ? "≠" : "="
    let first = change.first.map(\.valueText) ?? "—"
    var second = change.second.map(\.valueText) ?? "—"
    if let earlier = change.second?.changedFrom, earlier != change.first?.figure.value.description {
      second = earlier + " → " + second
    }
    var line = "\(mark) \(change.measure): \(first) → \(second) (\(FactLabels.change(change.kind)))"
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
