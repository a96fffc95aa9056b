import ArgumentParser
import Foundation
import ParallaxAlign
import ParallaxCompare
import ParallaxCorpus
import ParallaxFacts
import ParallaxRender

/// `parallax compare`: two reports side by side, aligned, with what differs.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Show two reports side by side, aligned, with what differs.",
    discussion: """
      The reports are aligned paragraph by paragraph (comparable mode across outlets and
      languages, parallel for a translation, versions for an update: the aligner says which
      and why). What differs comes first: figures of one measure with another value,
      qualifier or source (a revision when the time differs, a disagreement when two sources
      speak at the same time), names only one report mentions; then the two columns, each
      pair's findings under it, moved and unmatched paragraphs marked, and for two versions
      of one text the words deleted [-…-] and inserted {+…+}.

      Examples:
        parallax compare Corpus/idleb-2020-02/fr-quotidien.txt Corpus/idleb-2020-02/en-wire.rss#0
        parallax compare Corpus/idleb-2020-02/en-wire.rss#0 Corpus/idleb-2020-02/en-wire.rss#1
        parallax compare a.html b.rss#2 --format html -o compare.html
      """
  )

  @Argument(help: "The first report: a path, '-', or feed.xml#ITEM.")
  var first: String

  @Argument(help: "The second report.")
  var second: String

  @Option(help: "Output format: text, markdown, html (one self-contained page) or json.")
  var format: OutputFormat = .text

  @Flag(
    help:
      "Treat the two as versions of one text (word changes per paragraph) even when they do not look like it."
  )
  var versions = false

  @Option(help: "Terminal width for text output (default: the terminal's, else 100).")
  var width: Int?

  @OptionGroup var glossaries: GlossaryOptions
  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if let width, width < 60 { throw ValidationError("--width must be at least 60") }
  }

  func run() throws {
    var loaded = AnalyzedInput([first, second], input: input, glossaries: glossaries)
    guard loaded.reports.count == 2 else {
      DiagnosticPrinter.emit(loaded.diagnostics)
      StandardError.write(
        "parallax compare: error: needs two reports, found \(loaded.reports.count) in "
          + "'\(first)' and '\(second)' (name one feed item with feed.xml#N)\n")
      throw ExitCode(1)
    }
    let (a, b) = (loaded.reports[0], loaded.reports[1])
    let alignment = Aligner().align(a, b, unit: .paragraph, mode: .auto)
    loaded.diagnostics += alignment.diagnostics
    let pairs = AlignmentPairs.pairs(
      alignment, first: a.paragraphs.map(\.index), second: b.paragraphs.map(\.index))
    let comparison = ReportComparison(
      a, b, pairs: pairs, names: loaded.names, versions: versions ? true : nil)
    let text: String
    switch format {
    case .text:
      text = CompareText(style: output.style, width: width ?? TerminalSize.columns ?? 100)
        .render(comparison, first: a, second: b)
    case .markdown: text = CompareMarkdown().render(comparison, first: a, second: b)
    case .html: text = CompareHTML().render(comparison, first: a, second: b)
    case .json: text = JSONRendering.encode(comparison) + "\n"
    }
    try loaded.finish(text, output: output)
  }
}
