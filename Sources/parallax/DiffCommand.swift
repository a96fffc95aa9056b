import ArgumentParser
import Foundation
import ParallaxCompare
import ParallaxCorpus
import ParallaxFacts
import ParallaxRender

/// `parallax diff`: many reports of one story as one report — who says what number.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare the figures, sources and names of many reports of one story.",
    discussion: """
      Figures are grouped by what they count (killed × soldiers × Turkish); for each measure, \
      what every source said over time, where sources disagree at the same time, and every \
      figure with its report, time, source and evidence (paragraph, fact id, text). Then the \
      sources under all their names, the names only some reports mention, reprints of one \
      text, and the timeline in UTC. A report that shares nothing with the others is flagged.

      Examples:
        parallax diff Corpus/idleb-2020-02/
        parallax diff Corpus/idleb-2020-02/ ../shared/seeds/ --format html -o idleb.html
        parallax diff wire.rss fr.atom report.html --format json
      """
  )

  @Argument(help: "Reports of one story: paths, folders, feeds, '-', or feed.xml#ITEM.")
  var reports: [String]

  @Option(
    help:
      "Output format: text (for a terminal), markdown (for a ticket or a CMS), html (one self-contained page, every value linked to its highlighted evidence) or json (every finding with its evidence ranges and fact ids)."
  )
  var format: OutputFormat = .text

  @Option(help: "Terminal width for text output (default: the terminal's, else 100).")
  var width: Int?

  @OptionGroup var glossaries: GlossaryOptions
  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if let width, width < 40 { throw ValidationError("--width must be at least 40") }
  }

  func run() throws {
    let loaded = AnalyzedInput(reports, input: input, glossaries: glossaries)
    let diff = StoryDiff(loaded.reports, names: loaded.names)
    let text: String
    switch format {
    case .text:
      text = DiffText(style: output.style, width: width ?? TerminalSize.columns ?? 100).render(diff)
    case .markdown: text = DiffMarkdown().render(diff)
    case .html: text = DiffHTML().render(diff, reports: loaded.reports)
    case .json: text = JSONRendering.encode(diff) + "\n"
    }
    try loaded.finish(text, output: output)
  }
}
