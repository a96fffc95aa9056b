import Foundation
import ParallaxCorpus
import ParallaxFacts

/// Reports loaded and analyzed with the user's glossaries: what the comparison commands
/// (`diff`, `compare`) read, with every problem found on the way.
struct AnalyzedInput {
  /// The analyzed reports, in input order.
  var reports: [AnalyzedReport]
  /// The names a comparison shows: the glossaries, then the gazetteer.
  var names: Glossary
  /// Problems with the set-up, the glossaries and the inputs.
  var diagnostics: [Diagnostic]

  /// Loads and analyzes `references`.
  init(_ references: [String], input: InputOptions, glossaries: GlossaryOptions) {
    var diagnostics = FactExtractor.setupDiagnostics
    let known = glossaries.load(&diagnostics)
    let loaded = input.loader.load(references)
    diagnostics += loaded.diagnostics
    // A report too large to analyze is left out with an error; the others are compared.
    let refusals = loaded.reports.map(ReportSizeLimit.refusal)
    diagnostics += refusals.compactMap { $0 }
    let accepted = zip(loaded.reports, refusals).filter { $0.1 == nil }.map(\.0)
    diagnostics += accepted.compactMap(FactExtractor.languageDiagnostic(for:))
    let extractor = FactExtractor(glossaries: known)
    reports = accepted.map { extractor.analyze($0) }
    names = GlossaryOptions.names(known)
    self.diagnostics = diagnostics
  }

  /// Prints the diagnostics, writes `text` where `output` says (atomically), and ends with
  /// the exit status the diagnostics call for.
  func finish(_ text: String, output: OutputOptions) throws {
    DiagnosticPrinter.emit(diagnostics)
    let stream = try output.open()
    stream.write(text)
    try stream.commit()
    throw DiagnosticPrinter.exitCode(for: diagnostics)
  }
}
