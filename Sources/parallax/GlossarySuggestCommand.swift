import ArgumentParser
import Foundation
import ParallaxAlign
import ParallaxCorpus
import ParallaxFacts
import ParallaxRender

/// `parallax glossary suggest A B…`: ranked candidate term pairs from aligned reports.
struct GlossarySuggestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suggest",
    abstract: "Rank candidate glossary pairs from aligned reports, each with its evidence.",
    discussion: """
      Every two reports in two languages are aligned (paragraphs, mode auto). Candidates:
      the aligner's entity links (one person, organization or place across spellings and \
      scripts), names found in the aligned paragraph of another script by their consonant \
      skeleton, acronyms with their expansions and acronyms of two languages that share \
      aligned paragraphs, and word or multiword term pairs learnt from co-occurrence over the \
      aligned paragraphs by the aligner's lexicon learner (and over a memory's segments with \
      --tm), and multiword names paired by the aligned paragraphs they share across all the \
      report pairs. Each name keeps one partner per language pair; parts of a better pair are \
      left out. Pairs a --glossary already holds are left out; a pair one of whose terms it \
      already renders in the other language is ranked down. Each \
      suggestion shows its number, score, kinds and evidence (report and paragraphs). \
      --accept N… adds suggestions by number to a glossary (--into FILE, else the first \
      --glossary) through the safe writer: atomic, locked, a read-only file refused.

      Examples:
        parallax glossary suggest Corpus/idleb-2020-02/fr-echo.txt Corpus/translations/idleb-2020-02/en-from-fr-echo.txt
        parallax glossary suggest Corpus/idleb-2020-02 --glossary Glossaries/places.tsv --format json
        parallax glossary suggest Corpus/idleb-2020-02 --accept 1 3 --into new-terms.tsv
      """
  )

  /// Text or JSON.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
  }

  @Argument(help: "Report files or folders (two languages at least).")
  var inputs: [String]

  @Option(help: "A glossary (TSV) whose pairs are left out; repeatable.")
  var glossary: [String] = []

  @Option(help: "A translation memory (TMX) whose segments are aligned texts too; repeatable.")
  var tm: [String] = []

  @Option(help: "How many suggestions to show (0: all).")
  var top = 20

  @Option(
    parsing: .upToNextOption,
    help:
      "Add these suggestions (by number) to the glossary of --into, or else of the first --glossary, safely."
  )
  var accept: [Int] = []

  @Option(help: "The glossary file (TSV) --accept writes (created when missing).")
  var into: String?

  func validate() throws {
    if !accept.isEmpty, into == nil, glossary.isEmpty {
      throw ValidationError("--accept needs a glossary to write: --into FILE or --glossary FILE")
    }
    if accept.contains(where: { $0 < 1 }) {
      throw ValidationError("--accept takes suggestion numbers from 1")
    }
  }

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions

  private struct Document: Encodable {
    var reports: [String]
    var suggestions: [Numbered]
  }

  private struct Numbered: Encodable {
    var number: Int
    var suggestion: TermSuggestion
  }

  func run() throws {
    var diagnostics: [Diagnostic] = []
    var glossaries: [Glossary] = []
    for path in glossary {
      do {
        let loaded = try Glossary(contentsOf: URL(fileURLWithPath: path))
        diagnostics += loaded.diagnostics
        glossaries.append(loaded)
      } catch {
        diagnostics.append(error.diagnostic)
      }
    }
    let loaded = input.loader.load(inputs)
    diagnostics += loaded.diagnostics
    let extractor = FactExtractor(glossaries: glossaries)
    let reports = loaded.reports.map { extractor.analyze($0) }
    let terms = glossaries.flatMap(\.entries).map {
      AlignmentTerm(id: $0.id, variants: $0.terms)
    }
    let memories = MemoryInput.load(tm, &diagnostics)
    let suggester = TermSuggester(aligner: Aligner(terms: terms), known: terms)
    var suggestions = suggester.suggest(reports, extra: MemoryInput.alignedTexts(memories))
    if let path = into ?? glossary.first, !accept.isEmpty {
      let beyond = accept.filter { $0 > suggestions.count }
      guard beyond.isEmpty else {
        DiagnosticPrinter.emit(diagnostics)
        throw ValidationError(
          "no suggestion \(beyond.map(String.init).joined(separator: ", ")): "
            + "there are \(suggestions.count)")
      }
      let chosen = Array(Set(accept)).sorted().map { ($0, suggestions[$0 - 1]) }
      do {
        let lines = try Self.accept(chosen, into: path)
        for line in lines { StandardError.write(line + " in \(path)\n") }
      } catch {
        diagnostics.append(error.diagnostic)
        DiagnosticPrinter.emit(diagnostics)
        throw ExitCode(1)
      }
    }
    if top > 0 { suggestions = Array(suggestions.prefix(top)) }
    let numbered = suggestions.enumerated().map { Numbered(number: $0 + 1, suggestion: $1) }
    let stream = try output.open()
    switch format {
    case .json:
      stream.write(
        JSONRendering.encode(Document(reports: reports.map(\.id), suggestions: numbered)) + "\n")
    case .text:
      if numbered.isEmpty { stream.write("no suggestion\n") }
      for item in numbered { stream.write(Self.text(item.number, item.suggestion)) }
    }
    try stream.commit()
    DiagnosticPrinter.emit(diagnostics)
    let code = DiagnosticPrinter.exitCode(for: diagnostics)
    if code != .success { throw code }
  }

  /// One suggestion as text: `3. fr "Idleb" ↔ en "Idlib"  0.950  entity`, then its evidence.
  static func text(_ number: Int, _ suggestion: TermSuggestion) -> String {
    var out =
      "\(number). \(suggestion.firstLanguage) \"\(suggestion.first)\" ↔ "
      + "\(suggestion.secondLanguage) \"\(suggestion.second)\"  "
      + String(format: "%.3f", suggestion.score) + "  "
      + suggestion.kinds.map(\.rawValue).joined(separator: "+") + "\n"
    for evidence in suggestion.evidence {
      let units = { (list: [Int]) in list.map { "¶\($0)" }.joined(separator: ",") }
      out +=
        "     \(evidence.firstReport) \(units(evidence.firstUnits)) ↔ "
        + "\(evidence.secondReport) \(units(evidence.secondUnits)): \(evidence.note)\n"
    }
    return out
  }
}
