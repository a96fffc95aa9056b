import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxFacts
import ParallaxGlossary

/// `parallax glossary lookup TERM`: the concepts a term names, with all their renderings.
struct GlossaryLookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "Show the concept a term names and all its renderings.",
    discussion: """
      Case, accents and apostrophes do not matter, and inflected forms are read back to the \
      glossary's variant with each language's data: d’Idleb, İdlib'de, بإدلب, в Идлибе all \
      find idlib. Exit status 1 when no concept matches.
      """
  )

  @Argument(help: "The term to look up.")
  var term: String

  @Option(help: "Only this language's variants and inflections (fr, en, de, es, tr, ar, ru).")
  var lang: String?

  @Option(
    help: "A glossary file or folder (repeatable); default: Glossaries/ of the current folder.")
  var glossary: [String] = []

  @Option(help: "Output format: text or json.")
  var format: LookupFormat = .text

  /// The formats of the look-up.
  enum LookupFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  func run() throws {
    var diagnostics: [Diagnostic] = []
    let loaded = GlossarySelection.load(glossary, &diagnostics)
    DiagnosticPrinter.emit(diagnostics)
    guard let loaded else { throw ExitCode(1) }
    let matches = GlossaryLookup(glossary: loaded).lookup(term, language: lang?.lowercased())
    let languages = GlossarySelection.languageOrder(loaded)
    switch format {
    case .text:
      print(GlossaryLookupView.text(matches, term: term, languages: languages), terminator: "")
    case .json:
      print(try GlossaryLookupView.json(matches, term: term, languages: languages))
    }
    if matches.isEmpty {
      StandardError.write("no concept matches «\(term)»\n")
      throw ExitCode(1)
    }
  }
}

/// The glossaries a glossary command reads.
enum GlossarySelection {
  /// The named files and folders merged, or `Glossaries/` of the current folder; nil (with
  /// the reason in `diagnostics`) when there is none.
  static func load(_ paths: [String], _ diagnostics: inout [Diagnostic]) -> Glossary? {
    let named = paths.isEmpty ? ["Glossaries"] : paths
    var merged = Glossary()
    var any = false
    for path in named {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      if paths.isEmpty, !exists {
        diagnostics.append(
          Diagnostic(
            .error, SourceLocation(path: path),
            "no glossary: name one with --glossary FILE, or run in a folder with Glossaries/"))
        return nil
      }
      do {
        let url = URL(fileURLWithPath: path)
        let glossary =
          isFolder.boolValue ? try Glossary(folder: url) : try Glossary(contentsOf: url)
        diagnostics += glossary.diagnostics
        merged.merge(glossary)
        any = true
      } catch {
        diagnostics.append(error.diagnostic)
      }
    }
    return any ? merged : nil
  }

  /// The languages of `glossary`: Parallax's seven first, in their order, then the others.
  static func languageOrder(_ glossary: Glossary) -> [String] {
    var present = Set<String>()
    for entry in glossary.entries { present.formUnion(entry.terms.keys) }
    let known = FactExtractor.supportedLanguages.filter { present.contains($0) }
    return known + present.subtracting(known).sorted()
  }
}
