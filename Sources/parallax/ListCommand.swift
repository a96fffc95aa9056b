import ArgumentParser
import ParallaxCorpus

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

  @Option(help: "Output format: text, markdown (a table) or json.")
  var format: OutputFormat = .text

  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let style = output.style
    try ReportStreamer.run(
      paths, input: input, output: output, format: format, markdownHeader: Markdown.listHeader,
      text: { ReportText.listLine($0, style: style) + "\n" },
      markdown: { Markdown.listRow($0) },
      json: { JSONOutput.encode(ReportSummary($0)) })
  }
}

/// What `list --format json` writes for a report: its metadata, no text.
struct ReportSummary: Encodable {
  var id: String
  var format: SourceFormat
  var language: LanguageInfo?
  var published: NewsDate?
  var updated: NewsDate?
  var outlet: String?
  var title: String?
  var url: String?
  var paragraphs: Int

  init(_ report: Report) {
    id = report.id
    format = report.format
    language = report.language
    published = report.published
    updated = report.updated
    outlet = report.outlet
    title = report.title
    url = report.url
    paragraphs = report.paragraphs.count
  }
}
