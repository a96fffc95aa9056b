import ParallaxCorpus
import ParallaxFacts

/// Markdown views of reports and their facts, for pasting into a note or a ticket.
enum Markdown {
  /// `text` with Markdown's active characters escaped, on one line (every line Parallax
  /// writes starts with its own marker, so `#` is never a heading; `<` is escaped only where
  /// it could open a tag).
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    var previous: Character = " "
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "|", "~":
        out.append("\\")
        out.append(character)
      case "\n", "\r": out.append(" ")
      default:
        if previous == "<", character.isLetter || character == "/" || character == "!" {
          out.removeLast()
          out += "&lt;"
        }
        out.append(character)
      }
      previous = character
    }
    return out
  }

  /// The header row of `list --format markdown`.
  static let listHeader =
    "| id | language | date | outlet | title | ¶ |\n| --- | --- | --- | --- | --- | ---: |\n"

  /// One row of `list --format markdown`.
  static func listRow(_ report: Report) -> String {
    let language = report.language.map { $0.code + ($0.origin == .identified ? "?" : "") } ?? "-"
    let cells = [
      "`\(report.id)`", language, report.published?.iso ?? report.updated?.iso ?? "-",
      escape(report.outlet ?? "-"), escape(report.title ?? report.paragraphs.first?.text ?? ""),
      "\(report.paragraphs.count)",
    ]
    return "| " + cells.joined(separator: " | ") + " |\n"
  }

  /// `show --format markdown`: metadata as a list, then the numbered paragraphs.
  static func report(_ report: Report) -> String {
    var lines = ["## \(escape(report.title ?? report.id))", "", "- id: `\(report.id)`"]
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

  /// `facts --format markdown`: each paragraph with its evidence marked (figures bold, dates
  /// italic, ⟨entities⟩, ‹cues›), then a table of its facts with their ranges.
  static func facts(_ report: Report, _ facts: ReportFacts) -> String {
    var header = "## `\(report.id)` · \(facts.language)"
    if let anchor = facts.anchorDate { header += " · dates from \(anchor.iso)" }
    var lines = [header, ""]
    for paragraph in facts.paragraphs where paragraph.index < report.paragraphs.count {
      let text = report.paragraphs[paragraph.index].text
      lines.append("**¶\(paragraph.index)** " + marked(text, paragraph))
      lines.append("")
      let rows = FactRows.rows(paragraph)
      guard !rows.isEmpty else { continue }
      lines.append("| fact | what | evidence | range | source |")
      lines.append("| --- | --- | --- | --- | --- |")
      for row in rows {
        lines.append(
          "| " + row.map { $0.isEmpty ? " " : escape($0) }.joined(separator: " | ") + " |")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The paragraph with figures in bold, dates in italics, ⟨entities⟩ and ‹cues›.
  private static func marked(_ text: String, _ facts: ParagraphFacts) -> String {
    var marks: [EvidenceMarks.Mark] = []
    marks += facts.figures.map { ($0.expressionRange, "**", "**") }
    marks += facts.dates.map { ($0.range, "_", "_") }
    marks += facts.entities.map { ($0.range, "⟨", "⟩") }
    marks += facts.attributions.compactMap { $0.cueRange.map { ($0, "‹", "›") } }
    marks += facts.attributions.compactMap { $0.cueTailRange.map { ($0, "‹", "›") } }
    return EvidenceMarks.weave(text, marks, escape: escape)
  }
}
