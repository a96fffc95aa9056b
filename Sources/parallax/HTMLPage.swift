import ParallaxCorpus
import ParallaxFacts

/// Self-contained HTML pages of reports and their facts: one file, inline styles, no script,
/// readable offline and printable. Every mark carries its evidence in a tooltip.
enum HTMLPage {
  /// `text` escaped for HTML element content and attribute values.
  static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }

  /// The page's start: doctype, title, styles and an opening `<main>`.
  static func head(title: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    <style>
    body { font: 16px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; }
    h2 { border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; }
    .meta { color: #555; font-size: .9em; }
    .para { margin: 1em 0 .3em; }
    .para[dir=rtl] { text-align: right; }
    .n { color: #888; font-size: .8em; margin-right: .4em; }
    .fig { background: #ffe58a; font-weight: 600; }
    .date { background: #c9ecf5; }
    .ent { border-bottom: 2px solid #3a9a4a; }
    .cue { background: #ecd4f2; }
    table { border-collapse: collapse; font-size: .85em; margin: .3em 0 1em; width: 100%; }
    th, td { border: 1px solid #ddd; padding: .2em .5em; text-align: left; vertical-align: top; }
    th { background: #f4f4f4; }
    td.r { font-family: ui-monospace, monospace; white-space: nowrap; }
    @media print { .para { break-inside: avoid; } }
    </style>
    </head>
    <body>
    <main>

    """
  }

  /// The page's end.
  static let tail = "</main>\n</body>\n</html>\n"

  /// The header row of `list --format html`.
  static let listHeader =
    "<table>\n<tr><th>id</th><th>language</th><th>date</th><th>outlet</th><th>title</th>"
    + "<th>¶</th></tr>\n"

  /// One row of `list --format html`.
  static func listRow(_ report: Report) -> String {
    let language = report.language.map { $0.code + ($0.origin == .identified ? "?" : "") } ?? "-"
    let cells = [
      report.id, language, report.published?.iso ?? report.updated?.iso ?? "-",
      report.outlet ?? "-", report.title ?? report.paragraphs.first?.text ?? "",
      "\(report.paragraphs.count)",
    ]
    return "<tr>" + cells.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
  }

  /// A report: metadata, then its numbered paragraphs.
  static func report(_ report: Report) -> String {
    var out = "<section>\n<h2>\(escape(report.title ?? report.id))</h2>\n" + meta(report)
    for paragraph in report.paragraphs {
      out += paragraphOpen(report, paragraph.index) + escape(paragraph.text) + "</p>\n"
    }
    return out + "</section>\n"
  }

  /// A report's facts: each paragraph with its evidence marked, then a table of its facts.
  static func facts(_ report: Report, _ facts: ReportFacts) -> String {
    var out = "<section>\n<h2>\(escape(report.title ?? report.id))</h2>\n" + meta(report)
    if let anchor = facts.anchorDate {
      out += "<p class=\"meta\">relative dates resolved from \(anchor.iso)</p>\n"
    }
    for paragraph in facts.paragraphs where paragraph.index < report.paragraphs.count {
      let text = report.paragraphs[paragraph.index].text
      out += paragraphOpen(report, paragraph.index) + marked(text, paragraph) + "</p>\n"
      let rows = FactRows.rows(paragraph)
      guard !rows.isEmpty else { continue }
      out += "<table>\n<tr><th>fact</th><th>what</th><th>evidence</th><th>range</th>"
      out += "<th>source</th></tr>\n"
      for row in rows {
        out += "<tr>"
        for (column, cell) in row.enumerated() {
          out += column == 3 ? "<td class=\"r\">" : "<td>"
          out += escape(cell) + "</td>"
        }
        out += "</tr>\n"
      }
      out += "</table>\n"
    }
    return out + "</section>\n"
  }

  private static func meta(_ report: Report) -> String {
    var parts = ["<code>\(escape(report.id))</code>"]
    if let outlet = report.outlet { parts.append(escape(outlet)) }
    if let language = report.language {
      parts.append("\(escape(language.code)) (\(language.origin.rawValue))")
    }
    if let date = report.published ?? report.updated { parts.append(date.iso) }
    if let url = report.url {
      parts.append("<a href=\"\(escape(url))\">\(escape(url))</a>")
    }
    return "<p class=\"meta\">" + parts.joined(separator: " · ") + "</p>\n"
  }

  private static func paragraphOpen(_ report: Report, _ index: Int) -> String {
    let language = report.language?.code ?? ""
    let direction = ["ar", "fa", "he", "ur"].contains(String(language.prefix(2))) ? "rtl" : "auto"
    return "<p class=\"para\" lang=\"\(escape(language))\" dir=\"\(direction)\">"
      + "<span class=\"n\">¶\(index)</span>"
  }

  /// The paragraph with figures, dates, entities and cues in `<mark>`-like spans whose
  /// tooltip says what was found.
  private static func marked(_ text: String, _ facts: ParagraphFacts) -> String {
    var marks: [EvidenceMarks.Mark] = []
    for figure in facts.figures {
      var tip = FactsText.value(figure)
      if let measure = figure.measure, !measure.isEmpty { tip += " · \(measure.key)" }
      marks.append((figure.expressionRange, span("fig", tip), "</span>"))
    }
    for date in facts.dates {
      marks.append(
        (date.range, span("date", "\(date.date?.iso ?? "?") (\(date.certainty))"), "</span>"))
    }
    for entity in facts.entities {
      marks.append(
        (entity.range, span("ent", "\(entity.kind.rawValue) · \(entity.key)"), "</span>"))
    }
    for attribution in facts.attributions {
      if let range = attribution.cueRange {
        marks.append((range, span("cue", "source: \(attribution.source ?? "—")"), "</span>"))
      }
      if let range = attribution.cueTailRange {
        marks.append((range, span("cue", "source: \(attribution.source ?? "—")"), "</span>"))
      }
    }
    return EvidenceMarks.weave(text, marks, escape: escape)
  }

  private static func span(_ kind: String, _ tip: String) -> String {
    "<span class=\"\(kind)\" title=\"\(escape(tip))\">"
  }
}
