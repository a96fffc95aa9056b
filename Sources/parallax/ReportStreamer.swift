import ArgumentParser
import ParallaxCorpus

/// The loop every report-printing subcommand shares: load reports one at a time, write each
/// as text, as Markdown or as an element of a JSON array, show progress, then print the diagnostics and
/// turn them into the exit status.
enum ReportStreamer {
  /// Streams the reports named by `references` to `output`; `diagnostics` found before
  /// (a bad glossary) are printed with the loader's.
  static func run(
    _ references: [String], input: InputOptions, output: OutputOptions, format: OutputFormat,
    diagnostics earlier: [Diagnostic] = [], markdownHeader: String = "",
    text: (Report) -> String, markdown: (Report) -> String, json: (Report) -> String
  ) throws {
    let out = try output.open()
    var progress = Progress()
    var first = true
    if format == .json { out.write("[") }
    if format == .markdown { out.write(markdownHeader) }
    let diagnostics =
      earlier
      + input.loader.forEachReport(in: references) { report in
        switch format {
        case .text: out.write(text(report))
        case .markdown: out.write(markdown(report))
        case .json: out.write((first ? "\n" : ",\n") + json(report))
        }
        first = false
        progress.tick()
      }
    progress.finish()
    if format == .json { out.write(first ? "]\n" : "\n]\n") }
    try out.commit()
    DiagnosticPrinter.emit(diagnostics)
    throw DiagnosticPrinter.exitCode(for: diagnostics)
  }
}
