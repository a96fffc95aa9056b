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

  @Option(help: "Output format: text (bracketed evidence) or json (the full facts model).")
  var format: OutputFormat = .text

  @Option(help: "A glossary file (TSV) of known names; repeatable.")
  var glossary: [String] = []

  @OptionGroup var input: InputOptions

  func run() throws {
    var diagnostics: [Diagnostic] = []
    let glossaries = loadGlossaries(&diagnostics)
    let extractor = FactExtractor(glossaries: glossaries)
    let out = OutputStream()
    defer { out.flush() }
    var first = true
    if format == .json { out.write("[") }
    diagnostics += input.loader.forEachReport(in: reports) { report in
      let facts = extractor.extract(report)
      switch format {
      case .text:
        if !first { out.write("\n") }
        out.write(FactsText.render(report, facts))
      case .json:
        out.write((first ? "\n" : ",\n") + JSONOutput.encode(facts))
      }
      first = false
    }
    if format == .json { out.write(first ? "]\n" : "\n]\n") }
    DiagnosticPrinter.emit(diagnostics)
    throw DiagnosticPrinter.exitCode(for: diagnostics)
  }

  /// `--glossary` files, then `Glossaries/` of the current folder when it exists.
  private func loadGlossaries(_ diagnostics: inout [Diagnostic]) -> [Glossary] {
    var result: [Glossary] = []
    func record(_ error: GlossaryError, _ path: String) {
      let location: SourceLocation
      switch error {
      case .missingHeader(let at), .badColumn(let at, _): location = at
      case .unreadable: location = SourceLocation(path: path)
      }
      diagnostics.append(Diagnostic(.error, location, Self.message(error)))
    }
    for path in glossary {
      do {
        let loaded = try Glossary(contentsOf: URL(fileURLWithPath: path))
        diagnostics += loaded.diagnostics
        result.append(loaded)
      } catch {
        record(error, path)
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
        record(error, folder.path)
      }
    }
    return result
  }

  /// The message of a glossary error without its location prefix.
  private static func message(_ error: GlossaryError) -> String {
    switch error {
    case .unreadable(_, let reason): "cannot read glossary: \(reason)"
    case .missingHeader: "glossary has no header row starting with 'id'"
    case .badColumn(_, let name): "glossary column '\(name)' is not a language code or 'note'"
    }
  }
}
