import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxFacts

/// `parallax facts`: figures, dates, entities and attributions, paragraph by paragraph.
struct FactsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "facts",
    abstract: "Show the figures, dates, entities and attributions of reports.",
    discussion: """
      Each paragraph is printed with its evidence bracketed: [figure] {date} ⟨entity⟩
      ‹source or cue›, then one line per fact with its range in Unicode scalars.
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
      "Output format: text (bracketed evidence), markdown or html (marked text and a table of facts per paragraph; html is one self-contained page) or json (the full facts model)."
  )
  var format: OutputFormat = .text

  @Option(help: "A glossary file (TSV) of known names; repeatable.")
  var glossary: [String] = []

  @Flag(
    help: "Print the processor time spent extracting facts, and the throughput, to standard error.")
  var timing = false

  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    var diagnostics: [Diagnostic] = []
    let glossaries = loadGlossaries(&diagnostics)
    let extractor = FactExtractor(glossaries: glossaries)
    var cpu: clock_t = 0
    var bytes = 0
    func extract(_ report: Report) -> ReportFacts {
      let before = clock()
      defer {
        cpu += clock() - before
        bytes += report.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
      }
      return extractor.extract(report)
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
    var first = true
    let style = output.style
    try ReportStreamer.run(
      reports, input: input, output: output, format: format, diagnostics: diagnostics,
      views: ReportViews(
        text: { report in
          defer { first = false }
          return (first ? "" : "\n") + FactsText.render(report, extract(report), style: style)
        },
        markdown: { Markdown.facts($0, extract($0)) },
        html: { HTMLPage.facts($0, extract($0)) }, json: { JSONOutput.encode(extract($0)) },
        title: "Parallax: facts"))
  }

  /// `--glossary` files, then `Glossaries/` of the current folder when it exists.
  private func loadGlossaries(_ diagnostics: inout [Diagnostic]) -> [Glossary] {
    var result: [Glossary] = []
    for path in glossary {
      do {
        let loaded = try Glossary(contentsOf: URL(fileURLWithPath: path))
        diagnostics += loaded.diagnostics
        result.append(loaded)
      } catch {
        diagnostics.append(error.diagnostic)
      }
    }
    let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .appendingPathComponent("Glossaries")
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    {
      do {
        let loaded = try Glossary(folder: folder)
        diagnostics += loaded.diagnostics
        result.append(loaded)
      } catch {
        diagnostics.append(error.diagnostic)
      }
    }
    return result
  }
}
