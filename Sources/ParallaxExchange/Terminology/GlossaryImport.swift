import Foundation
import ParallaxCore
import ParallaxGlossary

/// Adds the concepts of a termbase to a glossary.
///
/// A concept joins the entry with its id; without an id, the entry that already has one of
/// its terms in the same language (case aside); else it becomes a new entry, with its own id
/// or one made from its preferred term (`recep-tayyip-erdogan`), kept unique. New variants
/// are added after the known ones; a known variant takes the status and note the file gives
/// it; the concept note is set when the entry has none.
public enum GlossaryImport {
  /// What an import changed.
  public struct Summary: Sendable, Hashable {
    /// Concepts that became new entries.
    public var added = 0
    /// Concepts merged into an entry already there.
    public var merged = 0
    /// Variants added (to new or existing entries).
    public var variants = 0

    /// Nothing changed yet.
    public init() {}
  }

  /// Adds the concepts of `termbase` to `glossary`; new entries get `domain`.
  @discardableResult
  public static func merge(_ termbase: Termbase, into glossary: inout Glossary, domain: String)
    -> Summary
  {
    var byID: [String: Int] = [:]
    var byTerm: [String: String] = [:]
    for (index, entry) in glossary.entries.enumerated() {
      byID[entry.id] = index
      for (language, variant) in entry.allVariants { byTerm[key(language, variant)] = entry.id }
    }
    var summary = Summary()
    for concept in termbase.concepts {
      var sections: [(String, [TermbaseTerm])] = []
      for section in concept.languages where !section.terms.isEmpty {
        sections.append((section.language.lowercased(), section.terms))
      }
      guard !sections.isEmpty else { continue }
      let knownID: String?
      if let id = concept.id {
        knownID = byID[id] != nil ? id : nil
      } else {
        knownID =
          sections.lazy.flatMap { section in
            section.1.lazy.compactMap { byTerm[key(section.0, $0.text)] }
          }.first
      }
      var entry: GlossaryEntry
      if let knownID, let found = glossary.entry(id: knownID) {
        entry = found
        summary.merged += 1
      } else {
        let id = uniqueID(concept.id ?? slug(sections), taken: byID)
        entry = GlossaryEntry(id: id, terms: [:], note: nil, domain: domain)
        byID[id] = byID.count
        summary.added += 1
      }
      for (language, terms) in sections {
        var list = entry.variants(in: language)
        for term in terms {
          if let known = list.firstIndex(where: { $0.text == term.text }) {
            if let status = term.status { list[known].status = status }
            if let note = term.note { list[known].note = note }
            continue
          }
          let status = term.status ?? GlossaryTerm.defaultStatus(rank: list.count)
          list.append(GlossaryTerm(term.text, status: status, note: term.note))
          byTerm[key(language, term.text)] = entry.id
          summary.variants += 1
        }
        entry.setVariants(list, in: language)
      }
      if entry.note == nil, let note = concept.note, !note.isEmpty { entry.note = note }
      glossary.replace(entry)
    }
    return summary
  }

  private static func key(_ language: String, _ variant: String) -> String {
    language.lowercased() + "\t" + variant.lowercased()
  }

  /// An id made from the preferred term: English first, else the first language.
  private static func slug(_ sections: [(String, [TermbaseTerm])]) -> String {
    let section = sections.first { LanguageTag.primary($0.0) == "en" } ?? sections.first
    let terms = section?.1 ?? []
    let term = (terms.first { $0.status == .preferred } ?? terms.first)?.text ?? "c"
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
