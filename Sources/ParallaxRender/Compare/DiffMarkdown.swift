import ParallaxCompare

/// `parallax diff` as Markdown, for a ticket or a CMS: each measure with its sources'
/// values, disagreements and a table of every figure with its evidence; then sources, names
/// only in some reports, copies and the timeline.
public struct DiffMarkdown: Sendable {
  /// A Markdown view.
  public init() {}

  private func escape(_ text: String) -> String { MarkdownEscaping.escape(text) }

  /// The whole view.
  public func render(_ diff: StoryDiff) -> String {
    let names = ReportNames(diff.reports.map(\.report))
    let languages = diff.reports.reduce(into: [String]()) {
      if !$0.contains($1.language) { $0.append($1.language) }
    }
    var out = ["# " + escape(diff.reports.lazy.compactMap(\.title).first ?? "Story"), ""]
    let times = diff.reports.compactMap(\.utc)
    var facts = ["\(diff.reports.count) reports", languages.joined(separator: " ")]
    if let first = times.first, let last = times.last {
      facts.insert(
        FactLabels.time(first) + (first == last ? "" : " – " + FactLabels.time(last)) + " UTC",
        at: 1)
    }
    out.append(facts.joined(separator: " · "))
    for warning in diff.warnings { out += ["", "> **Warning:** " + escape(warning)] }
    let glance = StoryGlance.lines(diff)
    if !glance.isEmpty {
      out += ["", "## At a glance", ""]
      for line in glance {
        out.append(
          "- **" + escape(line.label) + "** · " + line.reports + ": " + escape(line.verdict))
      }
    }
    for group in diff.shownGroups {
      let named = group.series.filter(\.source.isNamed).count
      out += [
        "", "## " + escape(FactLabels.measure(group)), "",
        "_" + FactLabels.count(group.reportCount, "report") + " · "
          + FactLabels.values(group.distinctValues, named: named) + "_", "",
      ]
      for series in group.series {
        let name = series.source.isNamed ? series.source.name : "— (the outlet's own voice)"
        var line = "- **" + escape(name) + "**: " + escape(series.values.joined(separator: " → "))
        let trend = FactLabels.trend(series.trend)
        if !trend.isEmpty { line += " (\(trend))" }
        out.append(line + " · " + FactLabels.count(series.reports.count, "report"))
      }
      for conflict in group.conflicts {
        let sides = zip(conflict.values, conflict.sources).map { value, sources in
          "**" + escape(value) + "** (" + sources.map { escape($0.name) }.joined(separator: "; ")
            + ")"
        }
        out.append(
          "- ≠ disagreement at the same time: " + sides.joined(separator: " vs ") + " — in "
            + conflict.reports.map { escape(names[$0]) }.joined(separator: ", "))
      }
      for note in group.notes { out.append("- note: " + escape(note.text { names[$0] })) }
      out += [
        "", "| time (UTC) | lang | report | value | source | evidence |",
        "|---|---|---|---|---|---|",
      ]
      for mention in group.mentions {
        var value = mention.valueText
        if let from = mention.changedFrom { value = from + " → " + value }
        let source = mention.sourceSurface ?? (mention.source.isNamed ? mention.source.name : "—")
        var evidence =
          "¶\(mention.evidence.paragraph) `\(mention.evidence.factID)` “"
          + escape(mention.figure.text) + "”"
        if mention.past { evidence += " (earlier)" }
        out.append(
          "| " + FactLabels.time(mention.time.map(StoryDiff.utc)) + " | " + mention.language + " | "
            + escape(names[mention.report]) + " | " + escape(value) + " | " + escape(source) + " | "
            + evidence + " |")
      }
    }
    out += ["", "## Sources", ""]
    for summary in diff.sources {
      out.append(
        "- **" + escape(summary.source.name) + "** ("
          + FactLabels.count(summary.reports.count, "report") + "): "
          + summary.names.map(escape).joined(separator: " · "))
      for figure in summary.figures { out.append("  - backs " + escape(FactLabels.backs(figure))) }
    }
    let some = PartialNames.lines(diff)
    if !some.isEmpty {
      out += ["", "## Only in some reports", ""]
      for entity in some {
        out.append(
          "- " + escape(entity.name) + " (\(entity.kind)) · "
            + escape(entity.whereText { names[$0] }))
      }
    }
    if !diff.copies.isEmpty {
      out += ["", "## Copies", ""]
      for group in diff.copies {
        out.append(
          "- " + group.reports.map { escape(names[$0]) }.joined(separator: " = ")
            + " (\(Int((group.similarity * 100).rounded())) % shared)")
      }
    }
    if !diff.versions.isEmpty {
      out += ["", "## Versions", ""]
      for chain in diff.versions {
        out.append(
          "- " + chain.reports.map { escape(names[$0]) }.joined(separator: " → ") + " ("
            + escape(chain.key) + ")")
        for line in chain.changes {
          out.append("  - **" + escape(FactLabels.readable(line)) + "**")
        }
        for step in chain.steps {
          let names =
            chain.reports.count == 2 ? "" : names[step.from] + " → " + names[step.to] + ": "
          out.append("  - " + escape(names + FactLabels.readable(step.summary)))
        }
      }
    }
    out += ["", "## Timeline (UTC)", "", "| time | lang | report | outlet |", "|---|---|---|---|"]
    for line in diff.reports {
      out.append(
        "| " + FactLabels.time(line.utc) + " | " + line.language + " | "
          + escape(names[line.report])
          + (line.offStory ? " (another story?)" : "") + " | " + escape(line.outlet ?? "") + " |")
    }
    return out.joined(separator: "\n") + "\n"
  }
}
