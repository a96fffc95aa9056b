import ParallaxCorpus
import ParallaxFacts

/// Markdown views of reports and their facts, for pasting into a note or a ticket.
enum Markdown {
  /// `text` with Markdown's active characters escaped, on one line.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~":
        out.append("\\")
        out.append(character)
      case "\n", "\r": out.append(" ")
      default: out.append(character)
      }
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
      let rows = rows(paragraph)
      guard !rows.isEmpty else { continue }
      lines.append("| fact | what | evidence | range | source |")
      lines.append("| --- | --- | --- | --- | --- |")
      for row in rows {
        lines.append("| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func rows(_ paragraph: ParagraphFacts) -> [[String]] {
    var sourcesOf: [Int: [String]] = [:]
    for attribution in paragraph.attributions {
      for figure in attribution.figures {
        sourcesOf[figure, default: []].append(attribution.source ?? "—")
      }
    }
    var rows: [[String]] = []
    for (index, figure) in paragraph.figures.enumerated() {
      var what = FactsText.value(figure)
      if let measure = figure.measure, !measure.isEmpty { what += " · \(measure.key)" }
      if figure.status != .plain { what += " (\(figure.status.rawValue))" }
      rows.append([
        "figure #\(index)", escape(what), escape("“\(figure.text)”"),
        "\(figure.expressionRange)", escape((sourcesOf[index] ?? []).joined(separator: "; ")),
      ])
    }
    for date in paragraph.dates {
      rows.append([
        "date", "\(date.date?.iso ?? "?") (\(date.certainty.rawValue))",
        escape("“\(date.text)”"), "\(date.range)", "",
      ])
    }
    for entity in paragraph.entities {
      var what = entity.kind.rawValue + " · \(entity.key)"
      if let title = entity.title { what += " · title: \(title)" }
      if let expansion = entity.expansion { what += " = \(expansion)" }
      rows.append(["entity", escape(what), escape("“\(entity.text)”"), "\(entity.range)", ""])
    }
    for attribution in paragraph.attributions {
      var what = attribution.cue.map { "cue “\($0)”" } ?? "quote"
      if let channel = attribution.channel { what += " via \(channel)" }
      if !attribution.figures.isEmpty {
        what += " · figures " + attribution.figures.map { "#\($0)" }.joined(separator: " ")
      }
      var source = attribution.source ?? "—"
      if let entity = attribution.sourceEntity { source += " [\(entity)]" }
      rows.append([
        "attribution", escape(what), "covers", "\(attribution.content)", escape(source),
      ])
    }
    return rows
  }

  /// The paragraph with figures in bold, dates in italics, ⟨entities⟩ and ‹cues›.
  private static func marked(_ text: String, _ facts: ParagraphFacts) -> String {
    var marks: [(range: TextRange, open: String, close: String)] = []
    marks += facts.figures.map { ($0.expressionRange, "**", "**") }
    marks += facts.dates.map { ($0.range, "_", "_") }
    marks += facts.entities.map { ($0.range, "⟨", "⟩") }
    marks += facts.attributions.compactMap { $0.cueRange.map { ($0, "‹", "›") } }
    marks.sort { $0.range < $1.range }
    let scalars = Array(text.unicodeScalars)
    func piece(_ start: Int, _ end: Int) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
      return escape(String(view))
    }
    var out = ""
    var done = 0
    for mark in marks where mark.range.start >= done && mark.range.end <= scalars.count {
      out += piece(done, mark.range.start) + mark.open
      out += piece(mark.range.start, mark.range.end) + mark.close
      done = mark.range.end
    }
    return out + piece(done, scalars.count)
  }
}
