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
    for warning in diff.warnings {
      for (index, part) in DisplayWidth.wrap("warning: " + warning, width - 4).enumerated() {
        out.append(
          index == 0
            ? style.paint("warning: ", .warning) + part.dropFirst("warning: ".count)
            : "    " + part)
      }
    }
    let glance = StoryGlance.lines(diff)
    if !glance.isEmpty {
      out += [
        "", style.paint("AT A GLANCE", .header) + style.paint(" · the evidence follows", .dim),
      ]
      for line in glance {
        let text = line.label + " · " + line.reports + ": " + line.verdict
        for (index, part) in DisplayWidth.wrap(text, width - 6).enumerated() {
          out.append((index == 0 ? "  " : "      ") + BidiIsolation.isolate(part))
        }
      }
    }
    for group in diff.shownGroups { out.append(contentsOf: [""] + measure(group, names)) }
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
    // The headline is cut to keep the line within the terminal: every headline is in the
    // timeline, and the counts after it are what the line is for.
    let facts = parts.joined(separator: " · ")
    let room = width - DisplayWidth.of(facts) - 3
    let title = diff.reports.lazy.compactMap(\.title).first.flatMap {
      room < 12 ? nil : BidiIsolation.isolate(DisplayWidth.clip($0, room)) + " · "
    }
    return style.paint((title ?? "") + facts, .header)
  }

  private func measure(_ group: MeasureGroup, _ names: ReportNames) -> [String] {
    let named = group.series.filter(\.source.isNamed).count
    var out = [
      style.paint(FactLabels.measure(group), .header)
        + style.paint(
          " · \(FactLabels.count(group.reportCount, "report")) · "
            + FactLabels.values(group.distinctValues, named: named), .dim)
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
      for (index, part) in DisplayWidth.wrap(line, width - 6).enumerated() {
        out.append((index == 0 ? "  " : "      ") + part)
      }
    }
    for note in group.notes {
      let text = "note: " + note.text { names[$0] }
      for (index, part) in DisplayWidth.wrap(text, width - 6).enumerated() {
        out.append(
          index == 0
            ? "  " + style.paint("note: ", .label) + part.dropFirst("note: ".count)
            : "      " + part)
      }
    }
    out.append(contentsOf: table(group, names))
    return out
  }

  /// Every figure of a measure, one row each. When a row would not fit the terminal, every
  /// row of the measure puts its evidence (paragraph, fact id, the words) on a line of its
  /// own under it, so nothing wraps into the next row and the columns stay readable at 80.
  private func table(_ group: MeasureGroup, _ names: ReportNames) -> [String] {
    // A column is at least as wide as its header (`163` under `value`).
    let reportWidth = max(
      6, min(30, group.mentions.map { DisplayWidth.of(names[$0.report]) }.max() ?? 10))
    let valueWidth = max(
      5, min(24, group.mentions.map { DisplayWidth.of(value(of: $0)) }.max() ?? 8))
    let sourceWidth = max(6, min(28, group.mentions.map { DisplayWidth.of(source($0)) }.max() ?? 6))
    let rows = group.mentions.map { mention in
      var line = "  " + DisplayWidth.pad(FactLabels.time(mention.time.map(StoryDiff.utc)), 14)
      line += DisplayWidth.pad(mention.language, 6)
      line += DisplayWidth.pad(
        DisplayWidth.clip(names[mention.report], reportWidth), reportWidth + 1)
      let figure = style.paint(DisplayWidth.pad(value(of: mention), valueWidth + 2), .figure)
      let source = BidiIsolation.isolate(DisplayWidth.clip(source(mention), sourceWidth))
      let evidence = { (words: String) in
        var evidence = "¶\(mention.evidence.paragraph) \(mention.evidence.factID) “\(words)”"
        if mention.past { evidence += " (earlier)" }
        if mention.measureInherited { evidence += " (measure from the figure before)" }
        return evidence
      }
      return (
        line: line + figure, source: source, plainSource: self.source(mention),
        evidence: evidence(BidiIsolation.isolate(mention.figure.text)),
        plain: evidence(mention.figure.text)
      )
    }
    let fixed = 2 + 14 + 6 + reportWidth + 1 + valueWidth + 2
    let oneLine = rows.allSatisfy {
      fixed + sourceWidth + 1 + DisplayWidth.of($0.evidence) <= width
    }
    var out = [
      style.paint(
        "  time          lang  " + DisplayWidth.pad("report", reportWidth + 1)
          + DisplayWidth.pad("value", valueWidth + 2) + (oneLine ? "source" : "source · evidence"),
        .dim)
    ]
    for row in rows {
      if oneLine {
        out.append(
          row.line + DisplayWidth.pad(row.source, sourceWidth + 1) + style.paint(row.evidence, .dim)
        )
        continue
      }
      out.append(
        row.line
          + BidiIsolation.isolate(DisplayWidth.clip(row.plainSource, max(6, width - fixed))))
      let indent = String(repeating: " ", count: 22)
      // Isolated line by line: a right-to-left quote cut by the wrap stays in its line.
      for part in DisplayWidth.wrap(row.plain, width - 22) {
        out.append(indent + style.paint(BidiIsolation.isolate(part), .dim))
      }
    }
    return out
  }

  private func source(_ mention: FigureMention) -> String {
    mention.sourceSurface ?? (mention.source.isNamed ? mention.source.name : "—")
  }

  private func sources(_ diff: StoryDiff, _ names: ReportNames) -> [String] {
    var out = [
      style.paint("SOURCES", .header) + style.paint(" · who is cited, under which names", .dim)
    ]
    for summary in diff.sources {
      out.append(
        "  " + style.paint(BidiIsolation.isolate(summary.source.name), .entity)
          + style.paint(" · " + FactLabels.count(summary.reports.count, "report"), .dim))
      for line in flow(summary.names, width - 6) { out.append("      " + line) }
      for figure in summary.figures { out.append("      backs " + FactLabels.backs(figure)) }
    }
    return out
  }

  private func entities(_ diff: StoryDiff, _ names: ReportNames) -> [String] {
    var out = [
      style.paint("ONLY IN SOME REPORTS", .header)
        + style.paint(" · people and organizations", .dim)
    ]
    for entity in PartialNames.lines(diff) {
      let line =
        BidiIsolation.isolate(entity.name) + " (\(entity.kind)) · " + entity.whereText { names[$0] }
      for (index, part) in DisplayWidth.wrap(line, width - 6).enumerated() {
        out.append((index == 0 ? "  " : "      ") + part)
      }
    }
    return out
  }

  /// `items` joined by ` · ` in lines of at most `width` columns, never cutting an item
  /// between lines when it fits on one, each item isolated on its own (a right-to-left name
  /// never runs into the next).
  private func flow(_ items: [String], _ width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var used = 0
    for item in items {
      let columns = DisplayWidth.of(item)
      if used > 0, used + 3 + columns <= width {
        line += " · " + BidiIsolation.isolate(item)
        used += 3 + columns
        continue
      }
      if used > 0 { lines.append(line) }
      let parts = DisplayWidth.wrap(item, width)
      lines.append(contentsOf: parts.dropLast().map { BidiIsolation.isolate($0) })
      line = BidiIsolation.isolate(parts.last ?? "")
      used = DisplayWidth.of(parts.last ?? "")
    }
    if used > 0 { lines.append(line) }
    return lines
  }

  private func versions(_ diff: StoryDiff, _ names: ReportNames) -> [String] {
    var out = [
      style.paint("VERSIONS", .header)
        + style.paint(" · one item updated, in time order: what changed", .dim)
    ]
    for chain in diff.versions {
      let line = chain.reports.map { names[$0] }.joined(separator: " → ") + " · " + chain.key
      for (index, part) in DisplayWidth.wrap(line, width - 6).enumerated() {
        out.append((index == 0 ? "  " : "      ") + part)
      }
      for line in chain.changes {
        for (index, part) in DisplayWidth.wrap(FactLabels.readable(line), width - 6).enumerated() {
          out.append((index == 0 ? "    " : "      ") + style.paint(part, .figure))
        }
      }
      // A chain of two has one step, the chain itself: its summary needs no names again.
      for step in chain.steps {
        let line =
          (chain.reports.count == 2 ? "" : names[step.from] + " → " + names[step.to] + ": ")
          + FactLabels.readable(step.summary)
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
      var line = group.reports.map { names[$0] }.joined(separator: " = ")
      line += " · \(similarity) % shared"
      if !group.credits.isEmpty { line += " · " + group.credits.joined(separator: ", ") }
      for (index, part) in DisplayWidth.wrap(line, width - 6).enumerated() {
        out.append((index == 0 ? "  " : "      ") + part)
      }
    }
    return out
  }

  /// The reports in time order: time, language, report, outlet and as much of the headline
  /// as the terminal holds.
  private func timeline(_ diff: StoryDiff, _ names: ReportNames) -> [String] {
    var out = [style.paint("TIMELINE", .header) + style.paint(" · UTC", .dim)]
    let reportWidth = min(30, diff.reports.map { DisplayWidth.of(names[$0.report]) }.max() ?? 10)
    let outletWidth = min(24, diff.reports.map { DisplayWidth.of($0.outlet ?? "—") }.max() ?? 1)
    for line in diff.reports {
      var text = "  " + DisplayWidth.pad(FactLabels.time(line.utc), 14)
      text += DisplayWidth.pad(line.language, 4)
      text += DisplayWidth.pad(DisplayWidth.clip(names[line.report], reportWidth), reportWidth + 2)
      text += DisplayWidth.pad(
        BidiIsolation.isolate(DisplayWidth.clip(line.outlet ?? "—", outletWidth)), outletWidth)
      let used = 2 + 14 + 4 + reportWidth + 2 + outletWidth
      var trimmed = text
      while trimmed.hasSuffix(" ") { trimmed.removeLast() }
      // The headline (after a flag for a report of another story) beside the outlet when it
      // has room to be read, else on a line of its own.
      let flag = line.offStory ? "(another story?) " : ""
      guard line.title != nil || line.offStory else {
        out.append(trimmed)
        continue
      }
      let room = width - used - 2 >= 30 ? width - used - 2 : width - 20
      let title = BidiIsolation.isolate(
        DisplayWidth.clip(line.title ?? "", room - DisplayWidth.of(flag)))
      let shown = (flag.isEmpty ? "" : style.paint(flag, .warning)) + style.paint(title, .dim)
      if width - used - 2 >= 30 {
        out.append(text + "  " + shown)
      } else {
        out.append(trimmed)
        out.append(String(repeating: " ", count: 20) + shown)
      }
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
