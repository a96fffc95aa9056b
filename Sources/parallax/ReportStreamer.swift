import ArgumentParser
import ParallaxCorpus

/// How one command writes a report in each output format.
struct ReportViews {
  /// The terminal view.
  var text: (Report) -> String
  /// The Markdown view.
  var markdown: (Report) -> String
  /// The HTML view (a section of one self-contained page).
  var html: (Report) -> String
  /// One element of the JSON array.
  var json: (Report) -> String
  /// The page title of the HTML output.
  var title: String
  /// Written once before the first Markdown report (a table header).
  var markdownHeader = ""
  /// Written once inside the HTML page before the first report, and after the last.
  var htmlHeader = ""
  var htmlFooter = ""
}

/// The loop every report-printing subcommand shares: load reports one at a time, write each
/// as text, Markdown, HTML or an element of a JSON array, show progress, then print the
/// diagnostics and turn them into the exit status.
enum ReportStreamer {
  /// Streams the reports named by `references` to `output`; `diagnostics` found before
  /// (a bad glossary) are printed with the loader's.
  static func run(
    _ references: [String], input: InputOptions, output: OutputOptions, format: OutputFormat,
    diagnostics earlier: [Diagnostic] = [], views: ReportViews
  ) throws {
    let out = try output.open()
    var progress = Progress()
    var first = true
    switch format {
    case .json: out.write("[")
    case .markdown: out.write(views.markdownHeader)
    case .html: out.write(HTMLPage.head(title: views.title) + views.htmlHeader)
    case .text: break
    }
    let diagnostics =
      earlier
      + input.loader.forEachReport(in: references) { report in
        switch format {
        case .text: out.write(views.text(report))
        case .markdown: out.write(views.markdown(report))
        case .html: out.write(views.html(report))
        case .json: out.write((first ? "\n" : ",\n") + views.json(report))
        }
        first = false
        progress.tick()
      }
    progress.finish()
    switch format {
    case .json: out.write(first ? "]\n" : "\n]\n")
    case .html: out.write(views.htmlFooter + HTMLPage.tail)
    case .text, .markdown: break
    }
    try out.commit()
    DiagnosticPrinter.emit(diagnostics)
    throw DiagnosticPrinter.exitCode(for: diagnostics)
  }
}
