import ParallaxCompare

/// `parallax diff` for a terminal: the answer first (each measure with what every source
/// said and where they disagree), then the evidence table, sources, names, copies and the
/// timeline. Right-to-left text is isolated, never reordered; widths count terminal columns.
public struct DiffText: Sendable {
  /// The colours to use.
  public var style: TerminalStyle
  /// The terminal's width in columns.
  public var width: Int

  /// A view with `style`, `width` columns wide (at least 60).
  public init(style: TerminalStyle = .plain, width: Int = 100) {
    self.style = style
    self.width = max(60, width)
  }

  /// The whole view.
  public func render(_ diff: StoryDiff) -> String {
    let names = ReportNames(diff.reports.map(\.report))
    var out: [String] = [header(diff)]
    for warning in diff.warnings { out.append(style.paint("warning: ", .warning) + warning) }
    for group in diff.measures { out.append(contentsOf: [""] + measure(group, names)) }
    out.append(contentsOf: [""] + sources(diff, names))
    out.append(contentsOf: [""] + entities(diff, names))
    if !diff.copies.isEmpty { out.append(contentsOf: [""] + copies(diff, names)) }
    if !diff.versions.isEmpty { out.append(contentsOf: [""] + versions(diff, names)) }
    out.append(contentsOf: [""] + timeline(diff, names))
    return out.joined(separator: "\n") + "\n"
  }

  private func header(_ diff: StoryDiff) -> String {
    var languages: [String] = []
    for line in diff.reports where !languages.contains(line.language) {
      languages.append(line.language)
    }
    let times = diff.reports.compactMap(\.utc)
    var parts = ["\(diff.reports.count) reports", languages.joined(separator: " ")]
    if let first = times.first, let last = times.last {
      parts.insert(
        FactLabels.time(first) + (first == last ? "" : " – " + FactLabels.time(last)), at: 1)
    }
    let title =
      diff.reports.lazy.compactMap(\.title).first.map { BidiIsolation.isolate($0) + " · " } ?? ""
    return style.paint(title + parts.joined(separator: " · "), .header)
  }

  private func measure(_ group: MeasureGroup, _ names: ReportNames) -> [String] {
    let named = group.series.filter(\.source.isNamed).count
    var out = [
      style.paint(FactLabels.measure(group), .header)
        + style.paint(
          " · \(FactLabels.count(group.reportCount, "report")) · "
            + "\(FactLabels.count(group.distinctValues, "value")) from "
            + FactLabels.count(named, "named source"), .dim)
    ]
    let nameWidth = min(36, group.series.map { DisplayWidth.of(sourceName($0.source)) }.max() ?? 10)
    for series in group.series {
      let name = DisplayWidth.pad(
        BidiIsolation.isolate(DisplayWidth.clip(sourceName(series.source), nameWidth)),
        nameWidth)
      let valueWidth = min(
        30, group.series.map { DisplayWidth.of($0.values.joined(separator: " → ")) }.max() ?? 8)
      let values = style.paint(
        DisplayWidth.pad(series.values.joined(separator: " → "), valueWidth), .figure)
      let trend = FactLabels.trend(series.trend)
      let count = FactLabels.count(series.reports.count, "report")
      out.append(
        "  \(name)  \(values)  "
          + style.paint([trend, count].filter { !$0.isEmpty }.joined(separator: " · "), .dim))
    }
    for conflict in group.conflicts {
      let sides = zip(conflict.values, conflict.sources).map { value, sources in
        style.paint(value, .figure) + " ("
          + sources.map { BidiIsolation.isolate($0.name) }.joined(separator: "; ") + ")"
      }
      let line =
        "≠ disagreement at the same time: " + sides.joined(separator: " vs ") + " — in "
        + conflict.reports.map { names[$0] }.joined(separator: ", ")
      for (index, part) in DisplayWidth.wrap(line, width - 4).enumerated() {
        out.append((index == 0 ? "  " : "      ") + part)
      }
    }
    for note in group.notes {
      out.append("  " + style.paint("note: ", .label) + note.text { names[$0] })
    }
    // A column is at least as wide as its header (`163` under `value`).
    let reportWidth = max(
      6, min(30, group.mentions.map { DisplayWidth.of(names[$0.report]) }.max() ?? 10))
    let valueWidth = max(
      5, min(24, group.mentions.map { DisplayWidth.of(value(of: $0)) }.max() ?? 8))
    out.append(
      style.paint(
        "  time          lang  " + DisplayWidth.pad("report", reportWidth + 1)
          + DisplayWidth.pad("value", valueWidth + 2) + "source",
        .dim))
    for mention in group.mentions {
      var line = "  " + DisplayWidth.pad(FactLabels.time(mention.time.map(StoryDiff.utc)), 14)
      line += DisplayWidth.pad(mention.language, 6)
      line += DisplayWidth.pad(
        DisplayWidth.clip(names[mention.report], reportWidth), reportWidth + 1)
      line += style.paint(DisplayWidth.pad(value(of: mention), valueWidth + 2), .figure)
      let source = mention.sourceSurface ?? (mention.source.isNamed ? mention.source.name : "—")
      line += DisplayWidth.pad(BidiIsolation.isolate(DisplayWidth.clip(source, 28)), 29)
      var evidence = "¶\(mention.evidence.paragraph) \(mention.evidence.factID) “"
      evidence += BidiIsolation.isolate(mention.figure.text) + "”"
      if mention.past { evidence += " (earlier)" }
      if mention.measureInherited { evidence += " (measure from the figure before)" }
      out.append(line + style.paint(evidence, .dim))
    }
    return out
  }

  private func sources(_ diff: StoryDiff, _ names: ReportNames) -> [String] {
    var out = [
      style.paint("SOURCES", .header) + style.paint(" · who is cited, under which names", .dim)
    ]
    for summary in diff.sources {
      out.append(
        "  " + style.paint(BidiIsolation.isolate(summary.source.name), .entity)
          + style.paint(" · " + FactLabels.count(summary.reports.count, "report"), .dim))
      let written = summary.names.map { BidiIsolation.isolate($0) }.joined(separator: " · ")
      for line in DisplayWidth.wrap(written, width - 6) { out.append("      " + line) }
      for figure in summary.figures { out.append("      backs " + figure) }
    }
    return out
  }

  private func entities(_ diff: StoryDiff, _ names: ReportNames) -> [String] {
    let some = diff.entities.filter { $0.reports.count < diff.reports.count && $0.kind != .place }
    var out = [
      style.paint("ONLY IN SOME REPORTS", .header)
        + style.paint(" · people and organizations", .dim)
    ]
    for entity in some {
      let reports = entity.reports.map { names[$0] }.joined(separator: ", ")
      let line = BidiIsolation.isolate(entity.name) + " (\(entity.kind.rawValue)): " + reports
      for (index, part) in DisplayWidth.wrap(line, width - 4).enumerated() {
        out.append((index == 0 ? "  " : "      ") + part)
      }
    }
    return out
  }

  private func versions(_ diff: StoryDiff, _ names: ReportNames) -> [String] {
    var out = [
      style.paint("VERSIONS", .header)
        + style.paint(" · one item updated, in time order: what changed", .dim)
    ]
    for chain in diff.versions {
      out.append(
        "  " + chain.reports.map { names[$0] }.joined(separator: " → ")
          + style.paint(" · " + chain.key, .dim))
      for line in chain.changes { out.append("    " + style.paint(line, .figure)) }
      for step in chain.steps {
        let line = names[step.from] + " → " + names[step.to] + ": " + step.summary
        for (index, part) in DisplayWidth.wrap(line, width - 6).enumerated() {
          out.append((index == 0 ? "    " : "      ") + part)
        }
      }
    }
    return out
  }

  private func copies(_ diff: StoryDiff, _ names: ReportNames) -> [String] {
    var out = [
      style.paint("COPIES", .header) + style.paint(" · one text reprinted counts once", .dim)
    ]
    for group in diff.copies {
      let similarity = Int((group.similarity * 100).rounded())
      var line = "  " + group.reports.map { names[$0] }.joined(separator: " = ")
      line += style.paint(" · \(similarity) % shared", .dim)
      if !group.credits.isEmpty { line += " · " + group.credits.joined(separator: ", ") }
      out.append(line)
    }
    return out
  }

  private func timeline(_ diff: StoryDiff, _ names: ReportNames) -> [String] {
    var out = [style.paint("TIMELINE", .header) + style.paint(" · UTC", .dim)]
    for line in diff.reports {
      var text = "  " + DisplayWidth.pad(FactLabels.time(line.utc), 14)
      text += DisplayWidth.pad(line.language, 4) + DisplayWidth.pad(names[line.report], 26)
      text += BidiIsolation.isolate(line.outlet ?? "")
      if line.offStory { text += style.paint("  (another story?)", .warning) }
      out.append(text)
    }
    return out
  }

  private func value(of mention: FigureMention) -> String {
    mention.changedFrom.map { $0 + " → " + mention.valueText } ?? mention.valueText
  }

  private func sourceName(_ source: Source) -> String {
    source.isNamed ? source.name : "— (the outlet's own voice)"
  }

}
