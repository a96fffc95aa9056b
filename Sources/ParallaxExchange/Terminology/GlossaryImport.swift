import Foundation
import ParallaxCore
import ParallaxGlossary

/// Adds the concepts of a termbase to a glossary.
///
/// A concept joins the entry with its id; without an id, the entry that already has one of
/// its terms in the same language (case aside); else it becomes a new entry, with its own id
/// or one made from its preferred term (`recep-tayyip-erdogan`), kept unique. Variants
/// already there are not repeated; a note is added when the entry has none.
public enum GlossaryImport {
  /// What an import changed.
  public struct Summary: Sendable, Hashable {
    /// Concepts that became new entries.
    public var added = 0
    /// Concepts merged into an entry already there.
    public var merged = 0
    /// Variants added (to new or existing entries).
    public var variants = 0
  }

  /// `glossary` with the concepts of `termbase` added; new entries get `domain`.
  public static func merge(_ termbase: Termbase, into glossary: Glossary, domain: String)
    -> (glossary: Glossary, summary: Summary)
  {
    var entries = glossary.entries
    var byID: [String: Int] = [:]
    var byTerm: [String: Int] = [:]
    for (index, entry) in entries.enumerated() {
      byID[entry.id] = index
      for (language, variant) in entry.allVariants { byTerm[key(language, variant)] = index }
    }
    var summary = Summary()
    for concept in termbase.concepts {
      var cells: [(String, [String])] = []
      for section in concept.languages {
        let variants = Termbase.variants(section.terms)
        if !variants.isEmpty { cells.append((section.language.lowercased(), variants)) }
      }
      guard !cells.isEmpty else { continue }
      let known =
        concept.id.flatMap { byID[$0] }
        ?? (concept.id == nil
          ? cells.lazy.flatMap { cell in cell.1.lazy.compactMap { byTerm[key(cell.0, $0)] } }.first
          : nil)
      let index: Int
      if let known {
        index = known
        summary.merged += 1
      } else {
        let id = uniqueID(concept.id ?? slug(concept, cells), taken: byID)
        entries.append(GlossaryEntry(id: id, terms: [:], note: nil, domain: domain))
        index = entries.count - 1
        byID[id] = index
        summary.added += 1
      }
      for (language, variants) in cells {
        var merged = entries[index].terms[language] ?? []
        for variant in variants where !merged.contains(variant) {
          merged.append(variant)
          byTerm[key(language, variant)] = index
          summary.variants += 1
        }
        entries[index].terms[language] = merged
      }
      if entries[index].note == nil, let note = concept.note, !note.isEmpty {
        entries[index].note = note
      }
    }
    let result = Glossary(entries: entries)
    return (result, summary)
  }

  private static func key(_ language: String, _ variant: String) -> String {
    language.lowercased() + "\t" + variant.lowercased()
  }

  /// An id made from the preferred term: English first, else the first language.
  private static func slug(_ concept: TermbaseConcept, _ cells: [(String, [String])]) -> String {
    let term =
      cells.first { LanguageTag.primary($0.0) == "en" }?.1.first ?? cells.first?.1.first ?? "c"
    let latin = term.applyingTransform(.toLatin, reverse: false) ?? term
    let folded = latin.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var out = ""
    for character in folded {
      if character.isASCII && (character.isLetter || character.isNumber) {
        out.append(character)
      } else if !out.isEmpty && out.last != "-" {
        out.append("-")
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "c" : out
  }

  private static func uniqueID(_ base: String, taken: [String: Int]) -> String {
    var id = base
    var suffix = 2
    while taken[id] != nil {
      id = "\(base)-\(suffix)"
      suffix += 1
    }
    return id
  }
}
