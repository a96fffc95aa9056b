import ArgumentParser
import ParallaxCorpus

/// `parallax show`: one report, cleaned.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show reports cleaned: metadata and numbered paragraphs.",
    discussion: """
      A report is a path, '-' for standard input, or feed.xml#ITEM for one item of a feed
      (ITEM is a 0-based index or the item's guid).

      Examples:
        parallax show Corpus/idleb-2020-02/fr-quotidien.txt
        parallax show feed.xml#2 --format json
      """
  )

  @Argument(help: "Reports: paths, folders, '-', or feed.xml#ITEM.")
  var reports: [String]

  @Option(help: "Output format: text or json (the full model).")
  var format: OutputFormat = .text

  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let out = try output.open()
    var progress = Progress()
    var first = true
    if format == .json { out.write("[") }
    let diagnostics = input.loader.forEachReport(in: reports) { report in
      switch format {
      case .text:
        if !first { out.write("\n") }
        out.write(ReportText.render(report))
      case .json:
        out.write((first ? "\n" : ",\n") + JSONOutput.encode(report))
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
