import ArgumentParser
import ParallaxCorpus
import ParallaxRender

/// `parallax show`: one report, cleaned.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show reports cleaned: metadata and numbered paragraphs.",
    discussion: """
      A report is a path, '-' for standard input, or feed.xml#ITEM for one item of a feed \
      (ITEM is a 0-based index or the item's guid).

      Examples:
        parallax show Corpus/idleb-2020-02/fr-quotidien.txt
        parallax show feed.xml#2 --format json
      """
  )

  @Argument(help: "Reports: paths, folders, '-', or feed.xml#ITEM.")
  var reports: [String]

  @Option(
    help: "Output format: text, markdown, html (one self-contained page) or json (the full model).")
  var format: OutputFormat = .text

  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ReportStreamer.run(
      reports, input: input, output: output,
      renderer: .show(format.format, style: output.style), transform: { $0 })
  }
}
