import ParallaxCorpus
import ParallaxFacts

extension StreamRenderer where Value == Report {
  /// `parallax list`: a line, table row or JSON summary per report.
  public static func list(_ format: RenderFormat, style: TerminalStyle = .plain) -> Self {
    switch format {
    case .text:
      return StreamRenderer(render: { report, _ in
        ReportText.listLine(report, style: style) + "\n"
      })
    case .markdown:
      return StreamRenderer(
        opening: ReportMarkdown.listHeader, render: { report, _ in ReportMarkdown.listRow(report) })
    case .html:
      return .htmlPage(
        title: "Parallax: reports", header: ReportHTML.listHeader, footer: ReportHTML.listFooter,
        ReportHTML.listRow)
    case .json:
      return .jsonArray { JSONRendering.encode(ReportSummary($0)) }
    }
  }

  /// `parallax show`: each report cleaned, metadata and numbered paragraphs (JSON: the
  /// whole `Report`).
  public static func show(_ format: RenderFormat, style: TerminalStyle = .plain) -> Self {
    switch format {
    case .text:
      return StreamRenderer(render: { report, position in
        (position == 0 ? "" : "\n") + ReportText.render(report, style: style)
      })
    case .markdown:
      return StreamRenderer(render: { report, _ in ReportMarkdown.report(report) })
    case .html:
      return .htmlPage(title: "Parallax: reports", ReportHTML.report)
    case .json:
      return .jsonArray { JSONRendering.encode($0) }
    }
  }
}

extension StreamRenderer where Value == AnalyzedReport {
  /// `parallax facts`: each report's paragraphs with their evidence marked and their facts
  /// (JSON: the whole `AnalyzedReport`, README's "The facts JSON").
  public static func facts(_ format: RenderFormat, style: TerminalStyle = .plain) -> Self {
    switch format {
    case .text:
      return StreamRenderer(render: { report, position in
        (position == 0 ? "" : "\n") + FactsText.render(report, style: style)
      })
    case .markdown:
      return StreamRenderer(render: { report, _ in FactsMarkdown.render(report) })
    case .html:
      return StreamRenderer(
        opening: HTMLPage.head(title: "Parallax: facts") + FactsHTML.legend,
        render: { report, position in FactsHTML.render(report, position: position) },
        closing: { _ in HTMLPage.tail })
    case .json:
      // Paragraph by paragraph: a large report's JSON is never held whole.
      return StreamRenderer(
        opening: "[",
        writing: { report, position, write in
          write(position == 0 ? "\n" : ",\n")
          JSONRendering.encodeByParagraph(report, write)
        }, closing: { count in count == 0 ? "]\n" : "\n]\n" })
    }
  }
}
