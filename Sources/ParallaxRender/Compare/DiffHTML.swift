import ParallaxCompare
import ParallaxCore
import ParallaxFacts

/// `parallax diff` as one self-contained HTML page: the answer first, every value a link to
/// its figure highlighted in its paragraph (at the end of the page, under its report), so
/// the evidence is one click away. Everything from the input is escaped; the page carries a
/// Content-Security-Policy that forbids scripts; links only for http, https and mailto.
public struct DiffHTML: Sendable {
  /// An HTML view.
  public init() {}

  private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

  /// The page for `diff`, quoting the paragraphs of `reports` (the analyzed reports the
  /// diff was made of).
  public func render(_ diff: StoryDiff, reports: [AnalyzedReport]) -> String {
    let names = ReportNames(diff.reports.map(\.report))
    let number = Dictionary(
      diff.reports.enumerated().map { ($1.report, $0) }, uniquingKeysWith: { first, _ in first })
    func anchor(_ evidence: Evidence) -> String {
      "r\(number[evidence.report] ?? 0)-\(evidence.factID)"
    }
    let title = diff.reports.lazy.compactMap(\.title).first ?? "Story"
    var out = HTMLPage.head(title: "Parallax diff: " + title, styles: Self.styles)
    out += "<h1 dir=\"auto\">\(escape(title))</h1>\n"
    let languages = diff.reports.reduce(into: [String]()) {
      if !$0.contains($1.language) { $0.append($1.language) }
    }
    let times = diff.reports.compactMap(\.utc)
    var facts = ["\(diff.reports.count) reports", languages.joined(separator: " ")]
    if let first = times.first, let last = times.last {
      facts.insert(
        FactLabels.time(first) + (first == last ? "" : " – " + FactLabels.time(last)) + " UTC",
        at: 1)
    }
    out += "<p class=\"meta\">\(escape(facts.joined(separator: " · ")))</p>\n"
    for warning in diff.warnings { out += "<p class=\"warn\">⚠ \(escape(warning))</p>\n" }
    let glance = StoryGlance.lines(diff)
    if !glance.isEmpty {
      out += "<section>\n<h2>At a glance</h2>\n<ul class=\"series\">\n"
      for (index, line) in glance.enumerated() {
        out +=
          "<li><a href=\"#m\(index)\"><b>\(escape(line.label))</b></a> <span class=\"dim\">"
          + escape(line.reports) + "</span> <bdi>" + escape(line.verdict) + "</bdi></li>\n"
      }
      out += "</ul>\n</section>\n"
    }
    for (index, group) in diff.shownGroups.enumerated() {
      let named = group.series.filter(\.source.isNamed).count
      out +=
        "<section class=\"measure\" id=\"m\(index)\">\n<h2>\(escape(FactLabels.measure(group)))</h2>\n"
        + "<p class=\"meta\">" + FactLabels.count(group.reportCount, "report") + " · "
        + FactLabels.values(group.distinctValues, named: named) + "</p>\n<ul class=\"series\">\n"
      for series in group.series {
        let name = series.source.isNamed ? series.source.name : "— (the outlet's own voice)"
        let trend = FactLabels.trend(series.trend)
        out +=
          "<li><b dir=\"auto\">\(escape(name))</b> <span class=\"fig\">"
          + escape(series.values.joined(separator: " → ")) + "</span> <span class=\"dim\">"
          + escape(
            [trend, FactLabels.count(series.reports.count, "report")].filter { !$0.isEmpty }.joined(
              separator: " · "))
          + "</span></li>\n"
      }
      out += "</ul>\n"
      for conflict in group.conflicts {
        let sides = zip(conflict.values, conflict.sources).map { value, sources in
          "<span class=\"fig\">\(escape(value))</span> ("
            + sources.map { "<bdi>\(escape($0.name))</bdi>" }.joined(separator: "; ") + ")"
        }
        let links = conflict.pairs.flatMap { [$0.first, $0.second] }.map { mention in
          "<a href=\"#\(anchor(mention.evidence))\">\(escape(names[mention.report])) ¶\(mention.evidence.paragraph)</a>"
        }
        out +=
          "<p class=\"warn\">≠ disagreement at the same time: " + sides.joined(separator: " vs ")
          + " — " + Array(Set(links)).sorted().joined(separator: ", ") + "</p>\n"
      }
      for note in group.notes {
        out += "<p class=\"note\">\(escape(note.text { names[$0] }))</p>\n"
      }
      out +=
        "<table>\n<thead><tr><th>time (UTC)</th><th>lang</th><th>report</th><th>value</th>"
        + "<th>source</th><th>evidence</th></tr></thead>\n<tbody>\n"
      for mention in group.mentions {
        var value = mention.valueText
        if let from = mention.changedFrom { value = from + " → " + value }
        let source = mention.sourceSurface ?? (mention.source.isNamed ? mention.source.name : "—")
        out +=
          "<tr><td class=\"r\">\(escape(FactLabels.time(mention.time.map(StoryDiff.utc))))</td>"
          + "<td>\(escape(mention.language))</td><td>\(escape(names[mention.report]))</td>"
          + "<td><a class=\"fig\" href=\"#\(anchor(mention.evidence))\">\(escape(value))</a>"
          + (mention.past ? " <span class=\"dim\">earlier</span>" : "") + "</td>"
          + "<td dir=\"auto\">\(escape(source))</td>"
          + "<td>¶\(mention.evidence.paragraph) “<bdi lang=\"\(escape(mention.language))\">"
          + "\(escape(mention.figure.text))</bdi>”</td></tr>\n"
      }
      out += "</tbody>\n</table>\n</section>\n"
    }
    out += sources(diff)
    out += entities(diff, names)
    out += versions(diff, names)
    out += timeline(diff, names, number)
    out += evidence(diff, reports, names, number)
    return out + HTMLPage.tail
  }

  private func sources(_ diff: StoryDiff) -> String {
    var out = "<section>\n<h2>Sources</h2>\n<ul>\n"
    for summary in diff.sources {
      out +=
        "<li><b dir=\"auto\">\(escape(summary.source.name))</b> "
        + "<span class=\"dim\">\(FactLabels.count(summary.reports.count, "report"))</span><br>"
        + summary.names.map { "<bdi>\(escape($0))</bdi>" }.joined(separator: " · ")
      for figure in summary.figures { out += "<br>backs " + escape(FactLabels.backs(figure)) }
      out += "</li>\n"
    }
    return out + "</ul>\n</section>\n"
  }

  private func entities(_ diff: StoryDiff, _ names: ReportNames) -> String {
    let some = PartialNames.lines(diff)
    guard !some.isEmpty else { return "" }
    var out = "<section>\n<h2>Only in some reports</h2>\n<ul>\n"
    for entity in some {
      out +=
        "<li><bdi>\(escape(entity.name))</bdi> (\(escape(entity.kind))) · "
        + escape(entity.whereText { names[$0] }) + "</li>\n"
    }
    return out + "</ul>\n</section>\n"
  }

  private func versions(_ diff: StoryDiff, _ names: ReportNames) -> String {
    guard !diff.versions.isEmpty else { return "" }
    var out = "<section>\n<h2>Versions</h2>\n<ul>\n"
    for chain in diff.versions {
      out +=
        "<li>" + escape(chain.reports.map { names[$0] }.joined(separator: " → "))
        + " <span class=\"dim\">" + escape(chain.key) + "</span>"
      for line in chain.changes { out += "<br><b>" + escape(FactLabels.readable(line)) + "</b>" }
      for step in chain.steps {
        let names = chain.reports.count == 2 ? "" : names[step.from] + " → " + names[step.to] + ": "
        out += "<br>" + escape(names + FactLabels.readable(step.summary))
      }
      out += "</li>\n"
    }
    return out + "</ul>\n</section>\n"
  }

  private func timeline(_ diff: StoryDiff, _ names: ReportNames, _ number: [String: Int])
    -> String
  {
    var out =
      "<section>\n<h2>Timeline (UTC)</h2>\n<table>\n<thead><tr><th>time</th><th>lang</th>"
      + "<th>report</th><th>outlet</th><th>headline</th></tr></thead>\n<tbody>\n"
    for line in diff.reports {
      out +=
        "<tr><td class=\"r\">\(escape(FactLabels.time(line.utc)))</td><td>\(escape(line.language))</td>"
        + "<td><a href=\"#r\(number[line.report] ?? 0)\">\(escape(names[line.report]))</a>"
        + (line.offStory ? " <span class=\"warn\">another story?</span>" : "") + "</td>"
        + "<td dir=\"auto\">\(escape(line.outlet ?? ""))</td>"
        + "<td dir=\"auto\" lang=\"\(escape(line.language))\">\(escape(line.title ?? ""))</td></tr>\n"
    }
    return out + "</tbody>\n</table>\n</section>\n"
  }

  /// Each report's paragraphs that hold a figure of the diff, the figures marked with the
  /// anchors the values link to.
  private func evidence(
    _ diff: StoryDiff, _ reports: [AnalyzedReport], _ names: ReportNames, _ number: [String: Int]
  ) -> String {
    var cited: [String: Set<String>] = [:]
    for group in diff.shownGroups {
      for mention in group.mentions {
        cited[mention.report, default: []].insert(mention.evidence.factID)
      }
    }
    var out = "<section>\n<h2>Evidence</h2>\n"
    for line in diff.reports {
      guard let report = reports.first(where: { $0.id == line.report }) else { continue }
      let index = number[line.report] ?? 0
      out +=
        "<h3 id=\"r\(index)\">\(escape(names[line.report]))"
        + " <span class=\"dim\">\(escape(line.outlet ?? "")) · \(escape(FactLabels.time(line.utc)))</span></h3>\n"
      let ids = cited[line.report] ?? []
      for paragraph in report.paragraphs
      where paragraph.figures.contains(where: { ids.contains($0.id.description) }) {
        let marks: [EvidenceMarks.Mark] = paragraph.figures.compactMap { fact in
          guard ids.contains(fact.id.description) else { return nil }
          return (
            fact.figure.expressionRange,
            "<mark class=\"fig\" id=\"r\(index)-\(fact.id)\">", "</mark>"
          )
        }
        out +=
          HTMLPage.paragraphOpen(index: paragraph.index, language: report.language)
          + EvidenceMarks.weave(paragraph.text, marks, escape: HTMLEscaping.escape) + "</p>\n"
      }
    }
    return out + "</section>\n"
  }

  /// What the diff page adds to the shared styles: the target of a link stands out.
  static let styles = """
    .series { list-style: none; padding-left: 0; }
    .series li { margin: .2em 0; }
    .dim { color: #777; font-size: .9em; }
    .warn { color: #a4000f; }
    .note { color: #5a4a00; }
    mark.fig:target { outline: 3px solid #d9480f; background: #ffd8a8; }
    a.fig { text-decoration: none; border-bottom: 1px dotted #555; }
    section.measure { break-inside: auto; }
    td:nth-child(2), th:nth-child(2) { white-space: nowrap; }
    td:nth-child(3) { overflow-wrap: normal; word-break: normal; }
    """
}
