import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxFacts
import ParallaxGlossary

/// `parallax glossary add`: adds a concept, or terms to a concept, through the safe writer.
struct GlossaryAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add a concept or terms to a glossary file, safely.",
    discussion: """
      Each --term is LANG=VARIANT; the variant may carry a status marker as in the file \
      (--term "fr=régime de Damas [forbidden: name the government]"). A new concept's id is \
      made from its first Latin-script term unless --id gives it; terms for a concept that \
      exists are added after its variants (a variant already there takes the new status and \
      note). The file is created when missing (header: id, fr en de es tr ar ru, note). \
      The write is atomic, under a lock on .NAME.tsv.lock; a read-only file is refused and \
      left untouched (exit status 1).

      Example:
        parallax glossary add --glossary terms.tsv --id idlib --term fr=Idleb --term en=Idlib
      """
  )

  @Option(help: "The glossary file (TSV) to write.")
  var glossary: String

  @Option(help: "The concept id (default: made from the first Latin-script term).")
  var id: String?

  @Option(help: "A term, LANG=VARIANT (repeatable).")
  var term: [String] = []

  @Option(help: "The status of the terms without a marker: preferred, admitted or forbidden.")
  var status: GlossaryTerm.Status?

  @Option(help: "A note on each term without one.")
  var note: String?

  @Option(name: .customLong("concept-note"), help: "The note of the concept.")
  var conceptNote: String?

  func validate() throws {
    if term.isEmpty { throw ValidationError("give at least one --term LANG=VARIANT") }
    for given in term {
      guard let split = Self.split(given) else {
        throw ValidationError("--term '\(given)' is not LANG=VARIANT with a language code")
      }
      if GlossaryTerm.terms(inCell: split.variant).isEmpty {
        throw ValidationError("--term '\(given)' has no variant")
      }
    }
  }

  func run() throws {
    var added: [(String, GlossaryTerm)] = []
    for given in term {
      guard let split = Self.split(given) else { continue }
      for var parsed in GlossaryTerm.terms(inCell: split.variant) {
        // A variant read to other text than written had a marker (or escapes): kept as is.
        let marked = parsed.text != split.variant.trimmingCharacters(in: .whitespaces)
        if let status, !marked { parsed.status = status }
        if parsed.note == nil { parsed.note = note }
        added.append((split.language, parsed))
      }
    }
    guard let conceptID = id ?? Self.slug(added.map(\.1.text)) else {
      throw ValidationError("no Latin-script term to make an id from: give --id")
    }
    let url = URL(fileURLWithPath: glossary)
    let columns = FactExtractor.supportedLanguages + ["note"]
    let outcome: String
    do {
      outcome = try GlossaryStore.update(url, columns: columns) { glossary in
        var entry = glossary.entry(id: conceptID) ?? GlossaryEntry(id: conceptID, terms: [:])
        let isNew = glossary.entry(id: conceptID) == nil
        for (language, term) in added { entry.add(term, in: language) }
        if let conceptNote { entry.note = conceptNote }
        glossary.replace(entry)
        return isNew
          ? "added concept '\(conceptID)' (\(added.count) terms)"
          : "updated concept '\(conceptID)' (\(added.count) terms given)"
      }
    } catch {
      DiagnosticPrinter.emit([error.diagnostic])
      throw ExitCode(1)
    }
    print("\(outcome) in \(glossary)")
  }

  /// `LANG=VARIANT` cut in two, the language lowercased, or nil.
  static func split(_ given: String) -> (language: String, variant: String)? {
    guard let equals = given.firstIndex(of: "=") else { return nil }
    let language = given[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
    guard Glossary.isLanguageCode(language) else { return nil }
    return (language, String(given[given.index(after: equals)...]))
  }

  /// An id from the first term with Latin letters: folded, words joined by hyphens.
  static func slug(_ terms: [String]) -> String? {
    for term in terms {
      let folded = term.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
      if !words.isEmpty { return words.joined(separator: "-") }
    }
    return nil
  }
}

extension GlossaryTerm.Status: ExpressibleByArgument {}
