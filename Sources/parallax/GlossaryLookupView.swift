import Foundation
import ParallaxFacts
import ParallaxGlossary

/// The text and JSON of `parallax glossary lookup`.
enum GlossaryLookupView {
  /// One block per concept: its id, domain and note, how the term matched, then a line per
  /// language with the variants, their statuses and notes.
  static func text(_ matches: [GlossaryLookup.Match], term: String, languages: [String])
    -> String
  {
    var text = ""
    for match in matches {
      let entry = match.entry
      text += entry.id
      if !entry.domain.isEmpty { text += " (\(entry.domain))" }
      if let note = entry.note { text += ": \(note)" }
      text += "\n"
      if let language = match.language {
        text += "  «\(term)» read as «\(match.matched)» by the \(language) rules\n"
      }
      for language in languages {
        let variants = entry.variants(in: language)
        guard !variants.isEmpty else { continue }
        let cells = variants.map { term in
          term.text + " [\(term.status.rawValue)" + (term.note.map { ": \($0)" } ?? "") + "]"
        }
        text += "  \(language)  " + cells.joined(separator: " | ") + "\n"
      }
    }
    return text
  }

  /// `{"term": …, "concepts": [{"id", "domain", "note", "match": {"language", "matched",
  /// "inflected"}, "terms": {"fr": [{"text", "status", "note"}]}}]}`, keys sorted.
  static func json(_ matches: [GlossaryLookup.Match], term: String, languages: [String])
    throws -> String
  {
    let concepts = matches.map { match in
      Concept(
        id: match.entry.id, domain: match.entry.domain, note: match.entry.note,
        match: MatchInfo(
          language: match.language, matched: match.matched, inflected: match.inflected),
        terms: Dictionary(
          uniqueKeysWithValues: languages.compactMap { language in
            let variants = match.entry.variants(in: language)
            return variants.isEmpty ? nil : (language, variants)
          }))
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(Output(term: term, concepts: concepts))
    return String(decoding: data, as: UTF8.self)
  }

  private struct Output: Encodable {
    var term: String
    var concepts: [Concept]
  }

  private struct Concept: Encodable {
    var id: String
    var domain: String
    var note: String?
    var match: MatchInfo
    var terms: [String: [GlossaryTerm]]
  }

  private struct MatchInfo: Encodable {
    var language: String?
    var matched: String
    var inflected: Bool
  }
}
