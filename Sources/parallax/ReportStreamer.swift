import ArgumentParser
import ParallaxCorpus
import ParallaxRender

/// The loop every report-printing subcommand shares: load reports one at a time, turn each
/// into the value a command shows, write it with the chosen renderer, show progress, then
/// print the diagnostics and turn them into the exit status.
enum ReportStreamer {
  /// Streams the reports named by `references` to `output` through `transform` and
  /// `renderer`; `diagnostics` found before (a bad glossary) are printed with the loader's.
  /// A report for which `refuse` gives an error is left out, with that error.
  static func run<Value>(
    _ references: [String], input: InputOptions, output: OutputOptions,
    diagnostics earlier: [Diagnostic] = [], renderer: StreamRenderer<Value>,
    notes: (Report) -> Diagnostic? = { _ in nil },
    refuse: (Report) -> Diagnostic? = { _ in nil }, transform: (Report) -> Value
  ) throws {
    let out = try output.open()
    var progress = Progress()
    var count = 0
    var reportNotes: [Diagnostic] = []
    out.write(renderer.opening())
    let diagnostics =
      earlier
      + input.loader.forEachReport(in: references) { report in
        if let refusal = refuse(report) {
          reportNotes.append(refusal)
          return
        }
        if let note = notes(report) { reportNotes.append(note) }
        renderer.write(transform(report), at: count) { out.write($0) }
        count += 1
        progress.tick()
      }
    progress.finish()
    out.write(renderer.closing(count: count))
    try out.commit()
    DiagnosticPrinter.emit(diagnostics + reportNotes)
    throw DiagnosticPrinter.exitCode(for: diagnostics + reportNotes)
  }
}
