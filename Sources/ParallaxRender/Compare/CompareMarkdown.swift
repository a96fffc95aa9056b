import ParallaxCompare
import ParallaxFacts

/// `parallax compare` as Markdown: the differences first, then a two-column table of the
/// aligned paragraphs with each pair's findings.
public struct CompareMarkdown: Sendable {
  /// A Markdown view.
  public init() {}

  private func escape(_ text: String) -> String { MarkdownEscaping.escape(text) }

  /// The whole view of `comparison` between `first` and `second`.
  public func render(
    _ comparison: ReportComparison, first: AnalyzedReport, second: AnalyzedReport
  ) -> String {
    let findings = CompareFindings.lines(comparison)
    var out = [
      "# " + escape(title(comparison.first)) + " ↔ " + escape(title(comparison.second)), "",
      escape(comparison.versionsReason), "",
    ]
    if comparison.versions { out += ["**Changed:** " + escape(comparison.summary), ""] }
    let changes = findings.filter(\.isChange)
    out.append(
      changes.isEmpty
        ? "No difference in figures or names."
        : "## " + FactLabels.count(changes.count, "difference"))
    out.append("")
    for finding in changes { out.append("- " + escape(finding.text)) }
    out += ["", "## Side by side", "", "| first | second | findings |", "|---|---|---|"]
    for (index, pair) in comparison.pairs.enumerated() {
      func cell(_ indices: [Int], _ report: AnalyzedReport) -> String {
        indices.compactMap { number in
          report.paragraph(number).map { "¶\(number) " + escape($0.text) }
        }.joined(separator: "<br>")
      }
      var notes = findings.filter { $0.pair == index && $0.isChange }.map { escape($0.text) }
      if !pair.isMatched {
        notes.insert(pair.left.isEmpty ? "only in the second" : "only in the first", at: 0)
      }
      if pair.moved { notes.insert("moved", at: 0) }
      out.append(
        "| " + cell(pair.left, first) + " | " + cell(pair.right, second) + " | "
          + notes.joined(separator: "<br>") + " |")
    }
    return out.joined(separator: "\n") + "\n"
  }

  private func title(_ line: StoryDiff.ReportLine) -> String {
    [
      line.language, line.outlet ?? ReportNames([line.report])[line.report],
      line.utc.map(FactLabels.time),
    ]
    .compactMap { $0 }.joined(separator: " · ")
  }
}
