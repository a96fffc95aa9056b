import ParallaxCorpus

/// HTML views of reports: a table row per report (`list`), a report cleaned (`show`).
public enum ReportHTML {
  private static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

  /// The header row of `list --format html`.
  public static let listHeader =
    "<table>\n<thead><tr><th>id</th><th>language</th><th>date</th><th>outlet</th>"
    + "<th>title</th><th>¶</th></tr></thead>\n"

  /// What closes the table of `list --format html`.
  public static let listFooter = "</table>\n"

  /// One row of `list --format html`.
  public static func listRow(_ report: Report) -> String {
    let language = report.language.map { $0.code + ($0.origin == .identified ? "?" : "") } ?? "-"
    let cells = [
      report.id, language, report.published?.iso ?? report.updated?.iso ?? "-",
      report.outlet ?? "-", report.title ?? report.paragraphs.first?.text ?? "",
      "\(report.paragraphs.count)",
    ]
    // Outlet and title may be in a right-to-left script: their cells find their direction.
    return "<tr>"
      + cells.enumerated().map { column, cell in
        (column == 3 || column == 4 ? "<td dir=\"auto\">" : "<td>") + escape(cell) + "</td>"
      }.joined() + "</tr>\n"
  }

  /// A report: metadata, then its numbered paragraphs.
  public static func report(_ report: Report) -> String {
    let metadata = ReportMetadata(report)
    var out = "<section>\n" + heading(metadata) + meta(metadata)
    for paragraph in report.paragraphs {
      out += HTMLPage.paragraphOpen(
        index: paragraph.index, language: metadata.language?.code, kind: paragraph.kind.rawValue)
      out += escape(paragraph.text) + "</p>\n"
    }
    return out + "</section>\n"
  }

  /// The report's title (its id when it has none) as a heading.
  static func heading(_ metadata: ReportMetadata) -> String {
    var out = "<h2"
    if let language = metadata.language?.code, metadata.title != nil {
      out += " lang=\"\(escape(language))\" dir=\"\(HTMLPage.direction(language: language))\""
    }
    return out + ">\(escape(metadata.title ?? metadata.id))</h2>\n"
  }

  /// The metadata line: id, outlet, language, date, byline, and the URL (a link only when
  /// `LinkPolicy` allows it).
  static func meta(_ metadata: ReportMetadata) -> String {
    var parts = ["<code>\(escape(metadata.id))</code>"]
    if let outlet = metadata.outlet { parts.append(escape(outlet)) }
    if let language = metadata.language {
      parts.append("\(escape(language.code)) (\(escape(language.origin.rawValue)))")
    }
    if let date = metadata.published ?? metadata.updated { parts.append(escape(date.iso)) }
    if let byline = metadata.byline, !byline.isEmpty { parts.append(escape(byline)) }
    if let url = metadata.url, !url.isEmpty { parts.append(HTMLPage.link(url)) }
    return "<p class=\"meta\">" + parts.joined(separator: " · ") + "</p>\n"
  }
}
