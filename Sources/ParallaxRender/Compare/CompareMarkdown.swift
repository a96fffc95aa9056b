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
    if comparison.versions {
      out += ["**Changed:** " + escape(FactLabels.readable(comparison.summary)), ""]
    }
    let changes = findings.filter(\.isChange)
    out.append(
      changes.isEmpty
        ? "No difference in figures or names."
        : "## " + FactLabels.count(CompareFindings.count(changes), "difference"))
    out.append("")
    for line in CompareFindings.merged(changes) { out.append("- " + escape(line)) }
    if let agreement = CompareFindings.agreement(comparison) {
      out += ["", "_" + escape(agreement) + "_"]
    }
    out += ["", "## Side by side", "", "| first | second | findings |", "|---|---|---|"]
    let edits = Dictionary(
      comparison.edits.map { ($0.pair, $0.diff) }, uniquingKeysWith: { first, _ in first })
    for (index, pair) in comparison.pairs.enumerated() {
      // For versions the words deleted and inserted are marked as `<del>`/`<ins>` (inline
      // HTML, which GitHub and most CMSs render, as they do the `<br>` between paragraphs).
      func cell(_ indices: [Int], _ report: AnalyzedReport, old: Bool) -> String {
        indices.compactMap { number in
          report.paragraph(number).map { paragraph in
            let marks = edits[index].map { Self.marks($0, old: old) } ?? []
            return "¶\(number) " + EvidenceMarks.weave(paragraph.text, marks, escape: escape)
          }
        }.joined(separator: "<br>")
      }
      var notes = CompareFindings.merged(findings.filter { $0.pair == index }).map(escape)
      if !pair.isMatched {
        notes.insert(pair.left.isEmpty ? "only in the second" : "only in the first", at: 0)
      }
      if pair.moved { notes.insert("moved", at: 0) }
      out.append(
        "| " + cell(pair.left, first, old: true) + " | " + cell(pair.right, second, old: false)
          + " | "
          + notes.joined(separator: "<br>") + " |")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The marks of a version's word edits on the old (deleted) or new (inserted) side.
  static func marks(_ diff: WordDiff, old: Bool) -> [EvidenceMarks.Mark] {
    diff.edits.compactMap { edit -> EvidenceMarks.Mark? in
      switch (old, edit.operation) {
      case (true, .deleted), (true, .replaced): edit.old.map { ($0, "<del>", "</del>") }
      case (false, .inserted), (false, .replaced): edit.new.map { ($0, "<ins>", "</ins>") }
      default: nil
      }
    }
  }

  private func title(_ line: StoryDiff.ReportLine) -> String {
    [
      line.language, line.outlet ?? ReportNames([line.report])[line.report],
      line.utc.map(FactLabels.time),
    ]
    .compactMap { $0 }.joined(separator: " · ")
  }
}
