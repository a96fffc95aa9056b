import Foundation
import ParallaxCore

/// OmegaT's glossary: one line per term pair, `source<TAB>target<TAB>comment`, UTF-8, lines
/// starting with `#` are comments.
///
/// The format holds two languages (given by the caller: the file does not say) and no id,
/// status or subject field. Written: per concept, the preferred source term with each target
/// term (the preferred first), then each other source term with the preferred target; the
/// concept note as the comment of the first line. Forbidden terms are left out: OmegaT would
/// offer them as renderings. Read back: consecutive lines that share a source or a target
/// term are one concept, the first target preferred.
enum OmegaTGlossary {
  /// The concepts of an OmegaT glossary in `source` and `target`.
  static func read(_ bytes: [UInt8], path: String, source: String, target: String) -> Termbase {
    var termbase = Termbase()
    var groupSources: Set<String> = []
    var groupTargets: Set<String> = []
    for (number, line) in DelimitedLines.lines(bytes, path: path, into: &termbase.diagnostics) {
      if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      let location = SourceLocation(path: path, line: number, column: 1)
      guard cells.count >= 2, !cells[0].isEmpty, !cells[1].isEmpty else {
        termbase.diagnostics.append(
          Diagnostic(
            .error, location,
            "OmegaT line has \(cells.count) tab-separated cell(s) and needs a source and a "
              + "target term; skipped"))
        continue
      }
      if cells.count > 3 {
        termbase.diagnostics.append(
          Diagnostic(
            .warning, location,
            "OmegaT line has \(cells.count) cells; those after the third ignored"))
      }
      let comment = cells.count > 2 && !cells[2].isEmpty ? cells[2] : nil
      let joins = groupSources.contains(cells[0]) || groupTargets.contains(cells[1])
      if !joins || termbase.concepts.isEmpty {
        termbase.concepts.append(TermbaseConcept(location: location))
        groupSources = []
        groupTargets = []
      }
      groupSources.insert(cells[0])
      groupTargets.insert(cells[1])
      let last = termbase.concepts.count - 1
      termbase.concepts[last].add(TermbaseTerm(cells[0]), language: source)
      termbase.concepts[last].add(TermbaseTerm(cells[1]), language: target)
      if let comment {
        let known = termbase.concepts[last].note
        if known == nil {
          termbase.concepts[last].note = comment
        } else if let known, !known.components(separatedBy: "; ").contains(comment) {
          termbase.concepts[last].note = known + "; " + comment
        }
      }
    }
    return termbase
  }

  /// The OmegaT lines of `termbase` for `source` → `target`; concepts without a usable term
  /// in either language are left out, and counted in `skipped`.
  static func write(_ termbase: Termbase, source: String, target: String) -> (
    text: String, skipped: Int
  ) {
    var out = "# OmegaT glossary written by Parallax: source\ttarget\tcomment\n"
    var skipped = 0
    for concept in termbase.concepts {
      let sources = usable(concept.terms(source))
      let targets = usable(concept.terms(target))
      guard let first = sources.first, let preferred = targets.first else {
        skipped += 1
        continue
      }
      for (index, term) in targets.enumerated() {
        out += cell(first) + "\t" + cell(term)
        if index == 0, let note = concept.note, !note.isEmpty { out += "\t" + cell(note) }
        out += "\n"
      }
      for term in sources.dropFirst() { out += cell(term) + "\t" + cell(preferred) + "\n" }
    }
    return (out, skipped)
  }

  /// The terms that may be offered, preferred first.
  private static func usable(_ terms: [TermbaseTerm]) -> [String] {
    let allowed = terms.filter { $0.status != .forbidden }
    let preferred = allowed.filter { $0.status == .preferred }
    return (preferred + allowed.filter { $0.status != .preferred }).map(\.text)
  }

  /// A value on one line without tabs (replaced by a space).
  private static func cell(_ value: String) -> String {
    String(value.map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }
}
