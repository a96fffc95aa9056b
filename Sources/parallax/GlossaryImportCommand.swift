import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxExchange
import ParallaxGlossary

/// `parallax glossary import`: terms from other tools' files added to a native glossary.
struct GlossaryImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Add the terms of TBX, OmegaT, CSV or TSV files to a native glossary.",
    discussion: """
      The format of each file is taken from --format, else guessed from its extension and \
      content, and said on standard error. A concept joins the entry with its id, else the \
      entry that already has one of its terms; else it becomes a new entry. The glossary is \
      written safely (checked writable, locked, a temporary file renamed over it): a failed \
      or interrupted import leaves it as it was. Errors in an input file are reported with \
      their line and the rest of it is imported; the exit status is then 1.

      Examples:
        parallax glossary import terms.tbx --into Glossaries/organizations.tsv
        parallax glossary import omegat.txt --into new.tsv --source-lang fr --target-lang en
      """
  )

  @Argument(help: "The files to import.")
  var files: [String]

  @Option(help: "The glossary to add them to (a native TSV file, made when missing).")
  var into: String

  @Option(help: "The format of the files (default: guessed): tsv, csv, omegat, tbx2 or tbx3.")
  var format: GlossaryFormat?

  @OptionGroup var languages: GlossaryLanguageOptions

  func run() throws {
    var termbases: [Termbase] = []
    var failed = false
    for path in files {
      do {
        let (termbase, guess) = try GlossaryFormats.read(
          path: path, format: format, source: languages.source, target: languages.target)
        StandardError.write("\(path): note: read as \(guess.format.name) (\(guess.reason))\n")
        DiagnosticPrinter.emit(termbase.diagnostics)
        if termbase.diagnostics.contains(where: { $0.severity == .error }) { failed = true }
        termbases.append(termbase)
      } catch {
        StandardError.write(describe(error, path: path) + "\n")
        failed = true
      }
    }
    guard !termbases.isEmpty else {
      StandardError.write("\(into): note: nothing read; the glossary is unchanged\n")
      throw ExitCode(1)
    }
    let url = URL(fileURLWithPath: into)
    let domain = url.deletingPathExtension().lastPathComponent
    var columns: [String] = []
    for termbase in termbases {
      for language in termbase.languages where !columns.contains(language.lowercased()) {
        columns.append(language.lowercased())
      }
    }
    var summary = GlossaryImport.Summary()
    do {
      try GlossaryStore.update(url, columns: columns) { glossary in
        summary = Self.merge(termbases, into: &glossary, domain: domain)
      }
    } catch {
      StandardError.write(error.diagnostic.description + "\n")
      throw ExitCode(1)
    }
    StandardError.write(
      "\(into): \(summary.added) concept(s) added, \(summary.merged) merged, "
        + "\(summary.variants) term(s) added\n")
    if failed { throw ExitCode(1) }
  }

  /// Adds every termbase to `glossary`; what changed, in total.
  private static func merge(_ termbases: [Termbase], into glossary: inout Glossary, domain: String)
    -> GlossaryImport.Summary
  {
    var total = GlossaryImport.Summary()
    for termbase in termbases {
      let one = GlossaryImport.merge(termbase, into: &glossary, domain: domain)
      total.added += one.added
      total.merged += one.merged
      total.variants += one.variants
    }
    return total
  }

  private func describe(_ error: Error, path: String) -> String {
    switch error {
    case let error as GlossaryFormatError:
      let diagnostic = error.diagnostic
      if diagnostic.location.path == "-" {
        return "\(path): error: \(diagnostic.message)"
      }
      return diagnostic.description
    default:
      return "\(path): error: \(error)"
    }
  }
}
