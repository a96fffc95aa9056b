import Foundation
import ParallaxCore
import ParallaxText

/// Known names and terms in several languages, read from `Glossaries/*.tsv`.
///
/// One concept per row: a header `id<TAB>fr<TAB>en…` (optional `note` column), variants in a
/// cell separated by ` | `, the first preferred, `#` comments. Lookups fold case and
/// accents, so `erdogan`, `Erdoğan` and `ERDOGAN` find the same entry.
public struct Glossary: Sendable {
  /// The entries in file order.
  public private(set) var entries: [GlossaryEntry] = []
  /// Problems found in rows that were skipped or repaired, with their location.
  public private(set) var diagnostics: [Diagnostic] = []
  private var index: [String: [Int]] = [:]
  private var byID: [String: Int] = [:]

  /// An empty glossary.
  public init() {}

  /// A glossary of the given entries.
  public init(entries: [GlossaryEntry]) {
    for entry in entries { add(entry) }
  }

  /// Parses the text of a glossary file; `path` names it in diagnostics and errors, and its
  /// file name (without extension) becomes the entries' domain.
  public init(text: String, path: String) throws(GlossaryError) {
    let domain = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    var columns: [String]?
    var lineNumber = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard let header = columns else {
        guard cells.first?.lowercased() == "id" else {
          throw .missingHeader(SourceLocation(path: path, line: lineNumber, column: 1))
        }
        var column = cells[0].count + 2
        for name in cells.dropFirst() {
          if name != "note", !Self.isLanguageCode(name) {
            throw .badColumn(SourceLocation(path: path, line: lineNumber, column: column), name)
          }
          column += name.count + 1
        }
        columns = cells.map { $0.lowercased() }
        continue
      }
      parseRow(cells, header: header, domain: domain, path: path, line: lineNumber)
    }
    if columns == nil { throw .missingHeader(SourceLocation(path: path, line: 1, column: 1)) }
  }

  /// Reads a glossary file.
  public init(contentsOf url: URL) throws(GlossaryError) {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(path: url.relativePath, reason: "no such file or not readable")
    }
    try self.init(text: String(decoding: data, as: UTF8.self), path: url.relativePath)
  }

  /// Reads every `*.tsv` file of `folder`, in name order, into one glossary.
  public init(folder: URL) throws(GlossaryError) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    } catch {
      throw .unreadable(path: folder.path, reason: "not a readable folder")
    }
    for name in names.sorted() where name.hasSuffix(".tsv") {
      merge(try Glossary(contentsOf: folder.appendingPathComponent(name)))
    }
  }

  /// Adds the entries and diagnostics of `other`; an id already known gains the other's
  /// variants.
  public mutating func merge(_ other: Glossary) {
    for entry in other.entries { add(entry) }
    diagnostics += other.diagnostics
  }

  /// The entry with concept id `id`.
  public func entry(id: String) -> GlossaryEntry? { byID[id].map { entries[$0] } }

  /// The entries that have `term` as a variant (folded), in any language or in `language`.
  public func lookup(_ term: String, language: String? = nil) -> [GlossaryEntry] {
    let hits = (index[TextFolding.fold(term)] ?? []).map { entries[$0] }
    guard let language else { return hits }
    return hits.filter { entry in
      (entry.terms[language] ?? []).contains { TextFolding.fold($0) == TextFolding.fold(term) }
    }
  }

  /// The number of concepts.
  public var count: Int { entries.count }

  private mutating func add(_ entry: GlossaryEntry) {
    let position: Int
    if let known = byID[entry.id] {
      position = known
      for (language, variants) in entry.terms {
        var merged = entries[known].terms[language] ?? []
        for variant in variants where !merged.contains(variant) { merged.append(variant) }
        entries[known].terms[language] = merged
      }
    } else {
      position = entries.count
      byID[entry.id] = position
      entries.append(entry)
    }
    for (_, term) in entry.allVariants {
      let key = TextFolding.fold(term)
      if !(index[key] ?? []).contains(position) { index[key, default: []].append(position) }
    }
  }

  private mutating func parseRow(
    _ cells: [String], header: [String], domain: String, path: String, line: Int
  ) {
    let id = cells[0]
    guard !id.isEmpty else {
      diagnostics.append(
        Diagnostic(.warning, SourceLocation(path: path, line: line, column: 1), "row has no id"))
      return
    }
    if cells.count > header.count {
      let column = cells.prefix(header.count).reduce(0) { $0 + $1.count + 1 } + 1
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: path, line: line, column: column),
          "row '\(id)' has \(cells.count) cells for \(header.count) columns; extra cells ignored"
        ))
    }
    var entry = GlossaryEntry(id: id, terms: [:], domain: domain)
    for (position, cell) in cells.enumerated().dropFirst() where position < header.count {
      guard !cell.isEmpty else { continue }
      if header[position] == "note" {
        entry.note = cell
        continue
      }
      let variants = cell.components(separatedBy: "|").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      if !variants.isEmpty { entry.terms[header[position]] = variants }
    }
    if byID[id] != nil, entries.firstIndex(where: { $0.id == id }) != nil, domain == entry.domain {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: path, line: line, column: 1),
          "duplicate id '\(id)'; variants merged into the first row"))
    }
    add(entry)
  }

  private static func isLanguageCode(_ name: String) -> Bool {
    let parts = name.split(separator: "-")
    guard let first = parts.first, (2...3).contains(first.count) else { return false }
    return first.allSatisfy { $0.isASCII && $0.isLetter }
  }
}
