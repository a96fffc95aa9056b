import Foundation
import ParallaxCore

/// A glossary as comma-separated values (RFC 4180): a header row `id,fr,en,…,note` (`id` and
/// `note` optional, the other columns language tags in any case), then one concept per row;
/// cells hold variants in the native glossary's cell syntax (` | `-separated, the first
/// preferred, `term [forbidden: note]` markers, backslash escapes). Fields are quoted when
/// they hold a comma, a quote or a line break.
///
/// It holds all the native glossary holds (ids, every language and variant, statuses, term
/// and concept notes); not the subject field (the domain comes from the target file).
enum CSVGlossary {
  /// The concepts of a CSV glossary; a row whose field count is not the header's is
  /// reported at its line and skipped, the other rows are read.
  static func read(_ bytes: [UInt8], path: String) throws(GlossaryFormatError) -> Termbase {
    var termbase = Termbase()
    let text = DelimitedLines.text(bytes, path: path, into: &termbase.diagnostics)
    let records = CSVRecords.parse(text, path: path, into: &termbase.diagnostics)
    guard let header = records.first(where: { !$0.isBlank }) else {
      throw .badHeader(SourceLocation(path: path, line: 1, column: 1), "CSV has no header row")
    }
    var columns: [Column] = []
    for (index, name) in header.fields.enumerated() {
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      switch trimmed.lowercased() {
      case "id": columns.append(.id)
      case "note": columns.append(.note)
      case "domain", "subject", "subjectfield": columns.append(.subject)
      default:
        guard let tag = LanguageTag.normalize(trimmed), !trimmed.contains(" ") else {
          throw .badHeader(
            SourceLocation(path: path, line: header.line, column: index + 1),
            "CSV column \(index + 1) \"\(trimmed)\" is not id, note or a language tag")
        }
        columns.append(.language(tag))
      }
    }
    for record in records where record.line > header.line && !record.isBlank {
      let location = SourceLocation(path: path, line: record.line, column: 1)
      guard record.fields.count == columns.count else {
        termbase.diagnostics.append(
          Diagnostic(
            .error, location,
            "CSV row has \(record.fields.count) fields for \(columns.count) columns; skipped"))
        continue
      }
      var concept = TermbaseConcept(location: location)
      for (column, field) in zip(columns, record.fields) {
        let value = field.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { continue }
        switch column {
        case .id: concept.id = value
        case .note: concept.note = value
        case .subject: concept.subjectField = value
        case .language(let tag):
          for term in TableCell.terms(value) { concept.add(term, language: tag) }
        }
      }
      if concept.languages.isEmpty {
        termbase.diagnostics.append(Diagnostic(.warning, location, "CSV row has no term; skipped"))
        continue
      }
      termbase.concepts.append(concept)
    }
    return termbase
  }

  /// The CSV text of `termbase`, languages in the order given.
  static func write(_ termbase: Termbase, languages: [String]) -> String {
    let hasNote = termbase.concepts.contains { $0.note?.isEmpty == false }
    var rows: [[String]] = [["id"] + languages + (hasNote ? ["note"] : [])]
    for (index, concept) in termbase.concepts.enumerated() {
      var row = [concept.id ?? "c\(index + 1)"]
      for language in languages { row.append(TableCell.cell(concept.terms(language))) }
      if hasNote { row.append(concept.note ?? "") }
      rows.append(row)
    }
    return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  private enum Column {
    case id, note, subject
    case language(String)
  }

  /// A field, quoted when it must be.
  private static func field(_ value: String) -> String {
    let needsQuotes =
      value.contains { $0 == "," || $0 == "\"" || $0.isNewline }
      || value.first?.isWhitespace == true || value.last?.isWhitespace == true
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
