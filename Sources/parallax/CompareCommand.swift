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
      The reports are aligned paragraph by paragraph (comparable mode across outlets and \
      languages, parallel for a translation, versions for an update: the aligner says which \
      and why). What differs comes first: figures of one measure with another value, \
      qualifier or source (a revision when the time differs, a disagreement when two sources \
      speak at the same time), names only one report mentions; then the two columns, each \
      pair's findings under it, moved and unmatched paragraphs marked, and for two versions \
      of one text the words deleted [-…-] and inserted {+…+}.

      Examples:
        parallax compare Corpus/idleb-2020-02/fr-quotidien.txt Corpus/idleb-2020-02/en-wire.rss#0
        parallax compare Corpus/idleb-2020-02/en-wire.rss#0 Corpus/idleb-2020-02/en-wire.rss#1
        parallax compare a.html b.rss#2 --format html -o compare.html
        parallax compare updates.rss     # the versions of one item, oldest first

      Two versions of one item are shown oldest first whatever the order they are given in.
      """
  )

  @Argument(help: "The first report: a path, '-', or feed.xml#ITEM.")
  var first: String

  @Argument(
    help:
      "The second report; leave it out to compare the versions of one feed item (one GUID or link) in time order, each with the next."
  )
  var second: String?

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
    var loaded = AnalyzedInput(
      [first] + (second.map { [$0] } ?? []), input: input, glossaries: glossaries)
    let reports = loaded.reports
    var order: [AnalyzedReport]
    if reports.count == 2 {
      order =
        ReportComparison.isEarlierVersion(reports[1], of: reports[0]) ? reports.reversed() : reports
    } else if let versions = ReportComparison.versionsInOrder(reports) {
      order = versions
    } else {
      DiagnosticPrinter.emit(loaded.diagnostics)
      StandardError.write(
        "parallax compare: error: needs two reports (or one feed item's versions), found "
          + "\(reports.count) in "
          + ([first] + (second.map { [$0] } ?? [])).map { "'\($0)'" }
          .joined(separator: " and ") + " (name one feed item with feed.xml#N)\n")
      throw ExitCode(1)
    }
    var comparisons:
      [(comparison: ReportComparison, first: AnalyzedReport, second: AnalyzedReport)] = []
    for (a, b) in zip(order, order.dropFirst()) {
      let result = ReportComparison.aligned(
        a, b, names: loaded.names, versions: versions ? true : nil)
      var comparison = result.comparison
      loaded.diagnostics += result.alignment.diagnostics
      if order.map(\.id) != reports.map(\.id) {
        comparison.versionsReason += "; versions shown oldest first"
      }
      comparisons.append((comparison, a, b))
    }
    let text: String
    switch format {
    case .text:
      let view = CompareText(style: output.style, width: width ?? TerminalSize.columns ?? 100)
      text = comparisons.map { view.render($0.comparison, first: $0.first, second: $0.second) }
        .joined(separator: "\n")
    case .markdown:
      text = comparisons.map {
        CompareMarkdown().render($0.comparison, first: $0.first, second: $0.second)
      }.joined(separator: "\n")
    case .html: text = CompareHTML().render(comparisons)
    case .json:
      text =
        (comparisons.count == 1
          ? JSONRendering.encode(comparisons[0].comparison)
          : JSONRendering.encode(comparisons.map(\.comparison))) + "\n"
    }
    try loaded.finish(text, output: output)
  }
}
