import ArgumentParser
import Foundation
import ParallaxCheck
import ParallaxCompare
import ParallaxCorpus
import ParallaxExchange
import ParallaxFacts
import ParallaxRender

/// `parallax check`: translation QA of a translation against its source.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a translation against its source: figures, numbers, terms, names, links.",
    discussion: """
      Aligns the two reports (parallel mode) and checks each aligned pair: figures whose \
      value, scale or qualifier changed, numbers left in the source's format, glossary \
      terms missing or forbidden, names dropped or added, links changed, paragraphs \
      missing, untranslated or identical. A bilingual XLIFF (1.2, 2.x) or TMX file holds \
      both sides: give it alone. Glossaries/*.tsv of the current folder are read when the \
      folder exists.

      Exit status: 1 when there are errors (or warnings, with --fail-on warning), 0 when \
      clean, 2 for usage errors.

      Examples:
        parallax check Corpus/idleb-2020-02/fr-quotidien.txt en-translation.txt
        parallax check story.xlf --format json
        parallax check source.html target.html --fail-on warning --glossary terms.tsv
      """
  )

  @Argument(
    help: "The source and the translation (any report Parallax reads), or one XLIFF/TMX file.")
  var inputs: [String]

  @OptionGroup var glossaries: GlossaryOptions

  @Option(help: "Output format: text, markdown, html (one self-contained page) or json.")
  var format: OutputFormat = .text

  @Option(name: .customLong("fail-on"), help: "The least severity that exits 1: error or warning.")
  var failOn: FailLevel = .error

  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions

  /// The least severity that fails the run.
  enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error
    case warning
  }

  func validate() throws {
    guard (1...2).contains(inputs.count) else {
      throw ValidationError(
        "give a source and a translation, or one bilingual XLIFF/TMX file (got \(inputs.count))")
    }
    if inputs.count == 1, !BilingualReader.isBilingual(path: inputs[0]) {
      throw ValidationError(
        "'\(inputs[0])' is not an XLIFF or TMX file: give a source and a translation")
    }
  }

  func run() throws {
    var diagnostics: [Diagnostic] = []
    let glossaries = self.glossaries.load(&diagnostics)
    var merged = Glossary()
    for loaded in glossaries { merged.merge(loaded) }
    let checker = TranslationChecker(glossary: merged)
    // The facts stage builds a language's data when a report first needs it.
    let facts = FactExtractor(glossaries: glossaries)
    let result: CheckResult
    if inputs.count == 1 {
      let document: BilingualDocument
      do {
        document = try BilingualReader.read(path: inputs[0])
      } catch {
        DiagnosticPrinter.emit(diagnostics + [error.diagnostic])
        throw ExitCode(1)
      }
      diagnostics += document.diagnostics
      let sides = CheckSide.sides(of: document, extractor: facts)
      result = checker.check(source: sides.source, target: sides.target, pairs: sides.pairs)
    } else {
      let loader = input.loader
      let reports = inputs.map { report($0, loader: loader, &diagnostics) }
      let source = side(reports[0], extractor: facts)
      let target = side(reports[1], extractor: facts)
      let pairs = CheckAlignment.pairs(source, target)
      result = checker.check(source: source, target: target, pairs: pairs)
    }
    let out = try output.open()
    switch format {
    case .text: out.write(CheckRendering.text(result, style: output.style))
    case .json: out.write(JSONRendering.encode(result) + "\n")
    case .markdown: out.write(CheckRendering.markdown(result))
    case .html: out.write(CheckRendering.html(result))
    }
    try out.commit()
    DiagnosticPrinter.emit(diagnostics)
    let threshold: Finding.Severity = failOn == .warning ? .warning : .error
    if result.has(atLeast: threshold) || diagnostics.contains(where: { $0.severity == .error }) {
      throw ExitCode(1)
    }
  }

  /// The first report `reference` names; an empty report when it names none (the checker
  /// then says the side is empty).
  private func report(
    _ reference: String, loader: ReportLoader, _ diagnostics: inout [Diagnostic]
  ) -> Report {
    let loaded = loader.load([reference])
    diagnostics += loaded.diagnostics
    if loaded.reports.count > 1 {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: reference),
          "\(loaded.reports.count) reports here; the first is checked (name one with file#N)"))
    }
    return loaded.reports.first ?? Report(id: reference, path: reference, format: .text)
  }

  /// A report with its facts; a declared language is the one expected.
  private func side(_ report: Report, extractor: FactExtractor) -> CheckSide {
    CheckSide(
      report: report, facts: extractor.extract(report),
      expectedLanguage: report.language.flatMap { $0.origin == .identified ? nil : $0.code }
        .map(LanguageTag.primary))
  }
}
