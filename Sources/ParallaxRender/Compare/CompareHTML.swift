import ParallaxCompare
import ParallaxCore
import ParallaxFacts

/// `parallax compare` as one self-contained HTML page: the differences first, each linked
/// to its pair; then the two reports side by side, paragraph pair by paragraph pair, figures
/// highlighted, word edits of versions as `<del>`/`<ins>`, each paragraph in its own
/// direction. Everything from the input is escaped; the page's policy forbids scripts.
public struct CompareHTML: Sendable {
  /// An HTML view.
  public init() {}

  private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

  /// The page of `comparison` between `first` and `second`.
  public func render(
    _ comparison: ReportComparison, first: AnalyzedReport, second: AnalyzedReport
  ) -> String {
    render([(comparison, first, second)])
  }

  /// One page of several comparisons in turn (the versions of one feed item, each with the
  /// next), each under its own heading.
  public func render(
    _ comparisons: [(comparison: ReportComparison, first: AnalyzedReport, second: AnalyzedReport)]
  ) -> String {
    let names = comparisons.map { "\(title($0.comparison.first)) ↔ \(title($0.comparison.second))" }
    var out = HTMLPage.head(
      title: "Parallax compare: " + names.joined(separator: " · "), styles: Self.styles)
    for (number, item) in comparisons.enumerated() {
      out += body(
        item.comparison, first: item.first, second: item.second,
        prefix: comparisons.count == 1 ? "" : "c\(number)-")
    }
    return out + HTMLPage.tail
  }

  /// The heading, differences and side-by-side table of one comparison; `prefix` keeps the
  /// pair anchors of several comparisons on one page apart.
  private func body(
    _ comparison: ReportComparison, first: AnalyzedReport, second: AnalyzedReport,
    prefix: String
  ) -> String {
    let findings = CompareFindings.lines(comparison)
    var out = "<h1>\(titleHTML(comparison.first)) ↔ \(titleHTML(comparison.second))</h1>\n"
    out += "<p class=\"meta\">\(escape(comparison.versionsReason))</p>\n"
    if comparison.versions {
      let summary = escape(FactLabels.readable(comparison.summary))
      out += "<p><b>Changed:</b> <bdi>\(summary)</bdi></p>\n"
    }
    let changes = findings.filter(\.isChange)
    out +=
      "<h2>\(changes.isEmpty ? "No difference in figures or names" : FactLabels.count(changes.count, "difference"))</h2>\n<ul>\n"
    // Each finding links to its pair by the paragraph numbers it concerns (`¶2 ↔ ¶3`).
    for finding in changes {
      let link =
        finding.pair.map {
          "<a href=\"#\(prefix)pair\($0)\">\(pairLabel(comparison.pairs[$0]))</a> "
        } ?? ""
      out += "<li>\(link)<bdi>\(escape(finding.text))</bdi></li>\n"
    }
    if let agreement = CompareFindings.agreement(comparison) {
      out += "<li class=\"same\">\(escape(agreement))</li>\n"
    }
    out += "</ul>\n<h2>Side by side</h2>\n<table class=\"sbs\">\n<colgroup><col><col></colgroup>\n"
    out +=
      "<thead><tr><th>\(titleHTML(comparison.first))</th><th>\(titleHTML(comparison.second))</th></tr></thead>\n<tbody>\n"
    let edits = Dictionary(
      comparison.edits.map { ($0.pair, $0.diff) }, uniquingKeysWith: { first, _ in first })
    for (index, pair) in comparison.pairs.enumerated() {
      let state = pair.isMatched ? (pair.moved ? " moved" : "") : " alone"
      out +=
        "<tr id=\"\(prefix)pair\(index)\" class=\"pair\(state)\"><td>"
        + cell(pair.left, first, edits[index], old: true) + "</td><td>"
        + cell(pair.right, second, edits[index], old: false) + "</td></tr>\n"
      var notes = CompareFindings.merged(findings.filter { $0.pair == index })
      if !pair.isMatched {
        notes.insert(pair.left.isEmpty ? "only in the second" : "only in the first", at: 0)
      }
      if pair.moved { notes.insert("moved", at: 0) }
      if !notes.isEmpty {
        out +=
          "<tr class=\"findings\"><td colspan=\"2\">"
          + notes.map { "<bdi>\(escape($0))</bdi>" }.joined(separator: "<br>") + "</td></tr>\n"
      }
    }
    return out + "</tbody>\n</table>\n"
  }

  /// `¶2 ↔ ¶3`, `¶6 ↔ –` for a pair.
  private func pairLabel(_ pair: ParagraphPair) -> String {
    let side = { (indices: [Int]) in
      indices.isEmpty ? "–" : indices.map { "¶\($0)" }.joined(separator: "+")
    }
    return side(pair.left) + " ↔ " + side(pair.right)
  }

  /// The paragraphs of one side of a pair: figures marked, and for versions the edits.
  private func cell(_ indices: [Int], _ report: AnalyzedReport, _ diff: WordDiff?, old: Bool)
    -> String
  {
    indices.compactMap { number -> String? in
      guard let paragraph = report.paragraph(number) else { return nil }
      var marks: [EvidenceMarks.Mark] = paragraph.figures.map {
        ($0.figure.expressionRange, "<mark class=\"fig\">", "</mark>")
      }
      if let diff {
        marks = diff.edits.compactMap { edit -> EvidenceMarks.Mark? in
          switch (old, edit.operation) {
          case (true, .deleted), (true, .replaced): edit.old.map { ($0, "<del>", "</del>") }
          case (false, .inserted), (false, .replaced): edit.new.map { ($0, "<ins>", "</ins>") }
          default: nil
          }
        }
      }
      return HTMLPage.paragraphOpen(index: number, language: report.language)
        + EvidenceMarks.weave(paragraph.text, marks, escape: HTMLEscaping.escape) + "</p>"
    }.joined(separator: "\n")
  }

  /// The title with each part isolated, so an outlet in Arabic script keeps its place
  /// between the language and the time.
  private func titleHTML(_ line: StoryDiff.ReportLine) -> String {
    [
      line.language, line.outlet ?? ReportNames([line.report])[line.report],
      line.utc.map(FactLabels.time),
    ]
    .compactMap { $0 }.map { "<bdi>\(escape($0))</bdi>" }.joined(separator: " · ")
  }

  private func title(_ line: StoryDiff.ReportLine) -> String {
    [
      line.language, line.outlet ?? ReportNames([line.report])[line.report],
      line.utc.map(FactLabels.time),
    ]
    .compactMap { $0 }.joined(separator: " · ")
  }

  /// What the compare page adds to the shared styles.
  static let styles = """
    table.sbs { table-layout: fixed; }
    table.sbs td { width: 50%; }
    tr.moved td { background: #f3f0ff; }
    tr.alone td { background: #fff5f5; }
    tr.findings td { background: #fffbe6; font-size: .9em; }
    del { background: #ffd6d6; text-decoration: line-through; }
    ins { background: #d3f9d8; text-decoration: none; }
    tr.pair .para { margin: .3em 0; }
    li.same { list-style: none; color: #555; margin-top: .4em; }
    a[href^="#"] { white-space: nowrap; }
    """
}
