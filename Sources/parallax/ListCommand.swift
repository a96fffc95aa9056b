import ArgumentParser
import ParallaxCorpus
import ParallaxRender

/// `parallax list`: one line per report.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the reports in files, folders and feeds.",
    discussion: """
      One line per report: id, language, date, outlet, title, paragraph count.

      Example:
        parallax list Corpus/
      """
  )

  @Argument(help: "Files, folders or feeds; '-' reads standard input.")
  var paths: [String]

  @Option(help: "Output format: text, markdown or html (a table), or json.")
  var format: OutputFormat = .text

  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ReportStreamer.run(
      paths, input: input, output: output,
      renderer: .list(format.format, style: output.style), transform: { $0 })
  }
}
