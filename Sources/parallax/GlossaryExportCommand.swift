import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxExchange
import ParallaxGlossary

/// `parallax glossary export`: a glossary in another format.
struct GlossaryExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a glossary (a TSV file or a folder of them) in another format.",
    discussion: """
      What each format cannot hold is said on standard error: OmegaT holds two languages, no \
      id, no status (forbidden terms are left out); CSV holds no subject field; TBX holds \
      everything the native glossary does.

      Examples:
        parallax glossary export Glossaries/places.tsv --format tbx3 -o places.tbx
        parallax glossary export Glossaries --format omegat --source-lang fr --target-lang en
      """
  )

  @Argument(help: "The glossary: a native TSV file, or a folder of them.")
  var glossary: String

  @Option(help: "The format to write: tsv, csv, omegat, tbx2 or tbx3.")
  var format: GlossaryFormat

  @OptionGroup var languages: GlossaryLanguageOptions

  @Option(
    name: .shortAndLong,
    help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  func validate() throws {
    if format == .omegat, languages.source == nil || languages.target == nil {
      throw ValidationError("--format omegat needs --source-lang and --target-lang")
    }
  }

  func run() throws {
    let url = URL(fileURLWithPath: glossary)
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
    let loaded: Glossary
    do {
      guard exists else { throw GlossaryError.unreadable(path: glossary, reason: "no such file") }
      loaded = isFolder.boolValue ? try Glossary(folder: url) : try Glossary(contentsOf: url)
    } catch let error as GlossaryError {
      StandardError.write(error.diagnostic.description + "\n")
      throw ExitCode(1)
    }
    DiagnosticPrinter.emit(loaded.diagnostics)
    let text: String
    var notes: [String] = []
    do {
      if format == .tsv {
        text = try loaded.tsv(path: glossary)
      } else {
        (text, notes) = try GlossaryFormats.write(
          Termbase(glossary: loaded), format: format, source: languages.source,
          target: languages.target, origin: "Parallax glossary \(url.lastPathComponent)")
      }
    } catch let error as GlossaryError {
      StandardError.write(error.diagnostic.description + "\n")
      throw ExitCode(1)
    } catch let error as GlossaryFormatError {
      StandardError.write("\(glossary): error: \(error.diagnostic.message)\n")
      throw ExitCode(1)
    }
    for note in notes { StandardError.write("\(glossary): note: \(note)\n") }
    let stream = try output.map { try OutputStream(file: $0) } ?? OutputStream()
    stream.write(text)
    try stream.commit()
    throw DiagnosticPrinter.exitCode(for: loaded.diagnostics)
  }
}
