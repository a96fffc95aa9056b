import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxFacts
import ParallaxRender

/// `parallax facts`: figures, dates, entities and attributions, paragraph by paragraph.
struct FactsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "facts",
    abstract: "Show the figures, dates, entities and attributions of reports.",
    discussion: """
      Each paragraph is printed with its evidence bracketed: [figure] {date} ⟨entity⟩ \
      ‹source or cue›, then one line per fact with its range in Unicode scalars. \
      Glossaries/*.tsv of the current folder are read when the folder exists.

      Examples:
        parallax facts Corpus/idleb-2020-02/fr-quotidien.txt
        parallax facts feed.xml#2 --format json --glossary Glossaries/people.tsv
      """
  )

  @Argument(help: "Reports: paths, folders, '-', or feed.xml#ITEM.")
  var reports: [String]

  @Option(
    help:
      "Output format: text (bracketed evidence), markdown or html (marked text and a table of facts per paragraph; html is one self-contained page) or json (the analyzed report: metadata, paragraphs, sentences, facts with ids)."
  )
  var format: OutputFormat = .text

  @OptionGroup var glossaries: GlossaryOptions

  @Flag(
    help: "Print the processor time spent extracting facts, and the throughput, to standard error.")
  var timing = false

  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    var diagnostics = FactExtractor.setupDiagnostics
    let extractor = FactExtractor(glossaries: glossaries.load(&diagnostics))
    var cpu: clock_t = 0
    var bytes = 0
    func analyze(_ report: Report) -> AnalyzedReport {
      let before = clock()
      defer {
        cpu += clock() - before
        bytes += report.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
      }
      return extractor.analyze(report)
    }
    defer {
      if timing {
        let seconds = Double(cpu) / Double(CLOCKS_PER_SEC)
        let megabytes = Double(bytes) / 1_000_000
        let rate = seconds > 0 ? megabytes / seconds : 0
        StandardError.write(
          "facts: \(String(format: "%.2f", megabytes)) MB in \(String(format: "%.3f", seconds)) s"
            + " (\(String(format: "%.1f", rate)) MB/s)\n")
      }
    }
    try ReportStreamer.run(
      reports, input: input, output: output, diagnostics: diagnostics,
      renderer: .facts(format.format, style: output.style),
      notes: FactExtractor.languageDiagnostic(for:), refuse: ReportSizeLimit.refusal,
      transform: analyze)
  }
}
