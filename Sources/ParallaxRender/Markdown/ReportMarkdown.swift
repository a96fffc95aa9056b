import ParallaxCorpus

/// Markdown views of reports: a table row per report (`list`), a report cleaned (`show`).
public enum ReportMarkdown {
  private static func escape(_ text: String) -> String { MarkdownEscaping.escape(text) }

  /// The header row of `list --format markdown`.
  public static let listHeader =
    "| id | language | date | outlet | title | ¶ |\n| --- | --- | --- | --- | --- | ---: |\n"

  /// One row of `list --format markdown`.
  public static func listRow(_ report: Report) -> String {
    let language = report.language.map { $0.code + ($0.origin == .identified ? "?" : "") } ?? "-"
    let cells = [
      MarkdownEscaping.code(report.id).replacingOccurrences(of: "|", with: "\\|"), language,
      report.published?.iso ?? report.updated?.iso ?? "-",
      escape(report.outlet ?? "-"), escape(report.title ?? report.paragraphs.first?.text ?? ""),
      "\(report.paragraphs.count)",
    ]
    return "| " + cells.joined(separator: " | ") + " |\n"
  }

  /// `show --format markdown`: metadata as a list, then the numbered paragraphs.
  public static func report(_ report: Report) -> String {
    var lines = [
      "## \(escape(report.title ?? report.id))", "", "- id: \(MarkdownEscaping.code(report.id))",
    ]
    func field(_ name: String, _ value: String?) {
      if let value, !value.isEmpty { lines.append("- \(name): \(escape(value))") }
    }
    field("format", report.format.rawValue)
    field("outlet", report.outlet)
    field("language", report.language.map { "\($0.code) (\($0.origin.rawValue))" })
    field("published", report.published?.iso)
    field("updated", report.updated?.iso)
    field("url", report.url)
    field("byline", report.byline)
    field("dateline", report.dateline)
    lines.append("")
    for paragraph in report.paragraphs {
      let text = escape(paragraph.text)
      switch paragraph.kind {
      case .headline: lines.append("**¶\(paragraph.index)** **\(text)**")
      case .subheading: lines.append("**¶\(paragraph.index)** _\(text)_")
      case .lead, .body: lines.append("**¶\(paragraph.index)** \(text)")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
