import ParallaxFacts

/// The Markdown view of an analyzed report: each paragraph with its evidence marked
/// (figures bold, dates italic, ⟨entities⟩, ‹cues›), then a table of its facts.
public enum FactsMarkdown {
  private static func escape(_ text: String) -> String { MarkdownEscaping.escape(text) }

  /// The whole report.
  public static func render(_ report: AnalyzedReport) -> String {
    var header = "## \(MarkdownEscaping.code(report.id)) · \(report.language)"
    if let anchor = report.anchorDate { header += " · dates from \(anchor.iso)" }
    var lines = [header, ""]
    for paragraph in report.paragraphs {
      lines.append("**¶\(paragraph.index)** " + marked(paragraph))
      lines.append("")
      let rows = FactRows.rows(paragraph)
      guard !rows.isEmpty else { continue }
      lines.append("| " + FactRows.header.joined(separator: " | ") + " |")
      lines.append("|" + String(repeating: " --- |", count: FactRows.header.count))
      for row in rows {
        lines.append(
          "| " + row.map { $0.isEmpty ? " " : escape($0) }.joined(separator: " | ") + " |")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The paragraph with figures in bold, dates in italics, ⟨entities⟩ and ‹cues›.
  static func marked(_ paragraph: AnalyzedReport.Paragraph) -> String {
    var marks: [EvidenceMarks.Mark] = []
    marks += paragraph.figures.map { ($0.figure.expressionRange, "**", "**") }
    marks += paragraph.dates.map { ($0.date.range, "_", "_") }
    marks += paragraph.entities.map { ($0.entity.range, "⟨", "⟩") }
    for fact in paragraph.attributions {
      if let range = fact.attribution.cueRange { marks.append((range, "‹", "›")) }
      if let range = fact.attribution.cueTailRange { marks.append((range, "‹", "›")) }
    }
    return EvidenceMarks.weave(paragraph.text, marks, escape: escape)
  }
}
