import ArgumentParser
import Foundation
import ParallaxAlign
import ParallaxCorpus
import ParallaxFacts
import ParallaxGlossary

extension GlossarySuggestCommand {
  /// Adds the chosen suggestions to the glossary at `path` in one safe write (the glossary
  /// store: writable check, lock, temporary file, rename): each pair joins the concept that
  /// already has one of its terms, else becomes a new concept (id from its first
  /// Latin-script term). Returns one line per suggestion saying what was done.
  static func accept(_ chosen: [(Int, TermSuggestion)], into path: String) throws(GlossaryError)
    -> [String]
  {
    let columns = FactExtractor.supportedLanguages + ["note"]
    return try GlossaryStore.update(URL(fileURLWithPath: path), columns: columns) { glossary in
      var lines: [String] = []
      for (number, suggestion) in chosen {
        let terms = [
          (suggestion.firstLanguage, suggestion.first),
          (suggestion.secondLanguage, suggestion.second),
        ]
        let holder = glossary.entries.first { entry in
          terms.contains { language, text in
            entry.variants(in: language).contains { $0.text.lowercased() == text.lowercased() }
          }
        }
        var entry: GlossaryEntry
        if let holder {
          entry = holder
        } else {
          let base = GlossaryAddCommand.slug(terms.map(\.1)) ?? "concept-\(number)"
          var id = base
          var counter = 2
          while glossary.entry(id: id) != nil {
            id = "\(base)-\(counter)"
            counter += 1
          }
          entry = GlossaryEntry(id: id, terms: [:])
          entry.note =
            "from glossary suggest (\(suggestion.kinds.map(\.rawValue).joined(separator: "+")))"
        }
        var added = 0
        for (language, text) in terms
        where !entry.variants(in: language).contains(where: {
          $0.text.lowercased() == text.lowercased()
        }) {
          let rank = entry.variants(in: language).count
          entry.add(
            GlossaryTerm(text, status: GlossaryTerm.defaultStatus(rank: rank)), in: language)
          added += 1
        }
        glossary.replace(entry)
        lines.append(
          holder == nil
            ? "\(number): added concept '\(entry.id)'"
            : "\(number): \(added) term(s) added to concept '\(entry.id)'")
      }
      return lines
    }
  }
}
