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
    var diagnostics = FactExtractor.setupDiagnostics
    let known = glossaries.load(&diagnostics)
    let loaded = input.loader.load([first, second])
    diagnostics += loaded.diagnostics
    guard loaded.reports.count == 2 else {
      DiagnosticPrinter.emit(diagnostics)
      StandardError.write(
        "parallax compare: error: needs two reports, found \(loaded.reports.count) in "
          + "'\(first)' and '\(second)' (name one feed item with feed.xml#N)\n")
      throw ExitCode(1)
    }
    let extractor = FactExtractor(glossaries: known)
    let a = extractor.analyze(loaded.reports[0])
    let b = extractor.analyze(loaded.reports[1])
    let alignment = Aligner().align(a, b, unit: .paragraph, mode: .auto)
    diagnostics += alignment.diagnostics
    let pairs = Self.pairs(alignment, a, b)
    let comparison = ReportComparison(
      a, b, pairs: pairs, names: GlossaryOptions.names(known), versions: versions ? true : nil)
    let text: String
    switch format {
    case .text:
      text = CompareText(style: output.style, width: width ?? TerminalSize.columns ?? 100)
        .render(comparison, first: a, second: b)
    case .markdown: text = CompareMarkdown().render(comparison, first: a, second: b)
    case .html: text = CompareHTML().render(comparison, first: a, second: b)
    case .json: text = JSONRendering.encode(comparison) + "\n"
    }
    DiagnosticPrinter.emit(diagnostics)
    let stream = try output.open()
    stream.write(text)
    try stream.commit()
    throw DiagnosticPrinter.exitCode(for: diagnostics)
  }

  /// The aligner's links as paragraph pairs in the first report's order, each paragraph
  /// with no counterpart alone where it falls in its own report's order.
  static func pairs(_ alignment: ReportAlignment, _ a: AnalyzedReport, _ b: AnalyzedReport)
    -> [ParagraphPair]
  {
    func index(_ report: AnalyzedReport, _ unit: Int) -> Int {
      unit < report.paragraphs.count ? report.paragraphs[unit].index : unit
    }
    var pairs = alignment.links.map { link in
      ParagraphPair(
        left: link.first.map { index(a, $0) }, right: link.second.map { index(b, $0) },
        score: link.score, moved: link.moved)
    }
    pairs += alignment.unmatchedFirst.map {
      ParagraphPair(left: [index(a, $0)], right: [], score: 0)
    }
    pairs.sort { ($0.left.first ?? Int.max) < ($1.left.first ?? Int.max) }
    for unit in alignment.unmatchedSecond {
      let right = index(b, unit)
      let after = pairs.lastIndex { ($0.right.max() ?? -1) < right && !$0.right.isEmpty }
      pairs.insert(ParagraphPair(left: [], right: [right], score: 0), at: after.map { $0 + 1 } ?? 0)
    }
    return pairs
  }
}
