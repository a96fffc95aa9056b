import ParallaxCore
import ParallaxXML

/// Reads TBX: v2 (`martif` › `text` › `body` › `termEntry` › `langSet` › `tig` or `ntig`)
/// and v3 (`tbx` › `text` › `body` › `conceptEntry` › `langSec` › `termSec`, DCA or DCT
/// style), through the project's one safe libxml2 layer.
///
/// Kept: the concept id, subject field and note; per term its text, administrative status
/// (`termNote type="administrativeStatus"` or `normativeAuthorization`, or a DCT
/// `administrativeStatus` element) and note. Language tags are read without regard to case
/// (`En-uS` is `en-US`). Other data categories (definitions, contexts, transactions) are
/// passed over.
enum TBXReader {
  /// Reads the bytes of a TBX file; `path` names it in diagnostics.
  static func read(_ bytes: [UInt8], path: String) throws(GlossaryFormatError) -> Termbase {
    let (repaired, firstBad) = UTF8Repair.repair(bytes)
    let locator = ElementLocator(bytes: repaired, path: path)
    // Entries are read as the parser closes them (children of root › text › body), so
    // neither libxml2's tree nor the Swift one ever holds the whole file.
    var concepts: [TermbaseConcept] = []
    var entryDiagnostics: [Diagnostic] = []
    // Each declared language tag normalized once.
    var tags: [String: String?] = [:]
    let document = MarkupDocument(xml: repaired, streaming: ["text", "body"]) { entry in
      guard entry.name == "termEntry" || entry.name == "conceptEntry" else { return }
      if let concept = concept(entry, locator: locator, tags: &tags, into: &entryDiagnostics) {
        concepts.append(concept)
      }
    }
    guard let root = document.root else {
      let problem = document.firstFatal ?? document.problems.first
      throw .notWellFormed(
        SourceLocation(path: path, line: problem?.line ?? 1, column: problem?.column ?? 1),
        problem?.message ?? "empty document")
    }
    guard root.name == "martif" || root.name == "tbx" else {
      throw .notTBX(locator.location(of: root), root: root.name)
    }
    var termbase = Termbase()
    if let firstBad {
      termbase.diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: path, line: firstBad.line, column: firstBad.column),
          "bytes that are not UTF-8 were replaced by U+FFFD"))
    }
    if let fatal = document.firstFatal {
      termbase.diagnostics.append(
        Diagnostic(
          .error, SourceLocation(path: path, line: fatal.line, column: fatal.column),
          "not well-formed XML: \(fatal.message); the entries before it were read"))
    }
    guard let body = root.path("text", "body") else {
      termbase.diagnostics.append(
        Diagnostic(.error, locator.location(of: root), "<\(root.name)> has no <text><body>"))
      return termbase
    }
    // What is left in the tree: entries never closed (a file cut short).
    for entry in body.elements where entry.name == "termEntry" || entry.name == "conceptEntry" {
      if let concept = concept(entry, locator: locator, tags: &tags, into: &entryDiagnostics) {
        concepts.append(concept)
      }
    }
    termbase.concepts = concepts
    termbase.diagnostics += entryDiagnostics
    return termbase
  }

  private static func concept(
    _ entry: MarkupElement, locator: ElementLocator, tags: inout [String: String?],
    into diagnostics: inout [Diagnostic]
  ) -> TermbaseConcept? {
    let location = locator.location(of: entry)
    var concept = TermbaseConcept(id: entry[attribute: "id"], location: location)
    var notes: [String] = []
    for child in entry.elements {
      switch child.name {
      case "descrip" where child[attribute: "type"] == "subjectField", "subjectField":
        concept.subjectField = child.trimmedText
      case "descripGrp":
        if let descrip = child.first("descrip"), descrip[attribute: "type"] == "subjectField" {
          concept.subjectField = descrip.trimmedText
        }
      case "note":
        if let text = child.trimmedText { notes.append(text) }
      case "langSet", "langSec":
        let declared = child[attribute: "xml:lang"] ?? child[attribute: "lang"] ?? ""
        let language: String?
        if let known = tags[declared] {
          language = known
        } else {
          language = LanguageTag.normalize(declared)
          tags[declared] = language
        }
        guard let language else {
          diagnostics.append(
            Diagnostic(
              .error, locator.location(of: child),
              "<\(child.name)> has no usable xml:lang (\"\(declared)\"); its terms are skipped"))
          continue
        }
        for term in terms(child, locator: locator, into: &diagnostics) {
          concept.add(term, language: language)
        }
      default:
        break
      }
    }
    if !notes.isEmpty { concept.note = notes.joined(separator: "; ") }
    guard !concept.languages.isEmpty else {
      diagnostics.append(
        Diagnostic(.warning, location, "<\(entry.name)> has no term; skipped"))
      return nil
    }
    return concept
  }

  /// The terms of a language section: `tig` and `ntig` (v2), `termSec` (v3).
  private static func terms(
    _ section: MarkupElement, locator: ElementLocator, into diagnostics: inout [Diagnostic]
  ) -> [TermbaseTerm] {
    var out: [TermbaseTerm] = []
    for group in section.elements {
      // ntig keeps its term and term notes inside termGrp.
      let holder: MarkupElement
      var outer: [MarkupElement] = []
      switch group.name {
      case "tig", "termSec": holder = group
      case "ntig":
        holder = group.first("termGrp") ?? group
        outer = group.elements.filter { $0.name != "termGrp" }
      default: continue
      }
      guard let text = holder.first("term")?.trimmedText else {
        diagnostics.append(
          Diagnostic(.warning, locator.location(of: group), "<\(group.name)> without a term"))
        continue
      }
      var term = TermbaseTerm(text)
      var notes: [String] = []
      for element in holder.elements + outer {
        let note = element.name == "termNoteGrp" ? element.first("termNote") : element
        guard let note else { continue }
        let type = note.name == "termNote" ? note[attribute: "type"] : note.name
        switch type {
        case "administrativeStatus", "normativeAuthorization":
          let value = note.trimmedText ?? ""
          if let status = TermStatus(tbxValue: value) {
            term.status = status
          } else {
            diagnostics.append(
              Diagnostic(
                .warning, locator.location(of: note),
                "\(type ?? "status") value \"\(value)\" is not a known status; ignored"))
          }
        case "note":
          if let text = note.trimmedText { notes.append(text) }
        default:
          break
        }
      }
      if !notes.isEmpty { term.note = notes.joined(separator: "; ") }
      out.append(term)
    }
    return out
  }
}
