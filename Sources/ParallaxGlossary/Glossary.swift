import Foundation
import ParallaxCore
import ParallaxText
import Synchronization

/// Known names and terms in several languages, read from `Glossaries/*.tsv`.
///
/// One concept per row: a header `id<TAB>fr<TAB>en…` (optional `note` column), variants in a
/// cell separated by ` | `, the first preferred, `#` comments. Lookups fold case and
/// accents, so `erdogan`, `Erdoğan` and `ERDOGAN` find the same entry.
///
/// Every variant in every language is indexed once, in one trie of folded tokens shared by
/// all readers and languages (`nameIndex`), built on first use.
public struct Glossary: Sendable {
  /// The entries in file order.
  public private(set) var entries: [GlossaryEntry] = []
  /// Problems found in rows that were skipped or repaired, with their location.
  public private(set) var diagnostics: [Diagnostic] = []
  private var byID: [String: Int] = [:]
  /// The name index of these entries, built on first use (a merge starts a new one).
  private var indexCache = IndexCache()

  /// The lazily built index, shared by the copies of a glossary that have the same entries.
  private final class IndexCache: Sendable {
    /// The index once built, and how many times it was built (tests check: once).
    let state = Mutex<(index: GlossaryNameIndex?, builds: Int)>((nil, 0))
  }

  /// The name index of every variant, shared by all languages: built once, on first use,
  /// whichever thread asks first.
  package var nameIndex: GlossaryNameIndex {
    indexCache.state.withLock { state in
      if let cached = state.index { return cached }
      let built = GlossaryNameIndex(entries: entries)
      state = (built, state.builds + 1)
      return built
    }
  }

  /// How many times the name index of these entries was built (1 once used, whatever the
  /// number of languages and readers).
  package var nameIndexBuilds: Int { indexCache.state.withLock { $0.builds } }

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
    for row in GlossaryTSV.rows(text) {
      let cells = row.cells
      guard let header = columns else {
        guard cells.first?.lowercased() == "id" else {
          throw .missingHeader(SourceLocation(path: path, line: row.line, column: 1))
        }
        var column = cells[0].count + 2
        for name in cells.dropFirst() {
          if name != "note", !Self.isLanguageCode(name) {
            throw .badColumn(SourceLocation(path: path, line: row.line, column: column), name)
          }
          column += name.count + 1
        }
        columns = cells.map { $0.lowercased() }
        continue
      }
      parseRow(cells, header: header, domain: domain, path: path, line: row.line)
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
    indexCache = IndexCache()
    for entry in other.entries { add(entry) }
    diagnostics += other.diagnostics
  }

  /// The entry with concept id `id`.
  public func entry(id: String) -> GlossaryEntry? { byID[id].map { entries[$0] } }

  /// The entries that have `term` as a variant, in any language or in `language`, in entry
  /// order. Case, accents, typographic apostrophes (`d’Idleb` = `d'Idleb`) and spacing
  /// between words do not matter: the term is tokenized and folded as text is, and looked up
  /// in the shared name index.
  public func lookup(_ term: String, language: String? = nil) -> [GlossaryEntry] {
    let index = nameIndex
    let keys = Tokenizer.tokens(term).map { TextFolding.fold($0.text(in: term)) }
    guard !keys.isEmpty, let node = index.node(keys) else { return [] }
    let slot = language.flatMap { index.languages.firstIndex(of: $0) }
    if language != nil, slot == nil { return [] }
    var found: [GlossaryEntry] = []
    var last: Int32 = -1
    for posting in index.postings(node) where slot.map({ Int(posting.language) == $0 }) ?? true {
      // Postings are in entry order: one hit per entry.
      if posting.entry != last { found.append(entries[Int(posting.entry)]) }
      last = posting.entry
    }
    return found
  }

  /// The number of concepts.
  public var count: Int { entries.count }

  private mutating func add(_ entry: GlossaryEntry) {
    if let known = byID[entry.id] {
      for (language, variants) in entry.terms {
        var merged = entries[known].terms[language] ?? []
        for variant in variants where !merged.contains(variant) { merged.append(variant) }
        entries[known].terms[language] = merged
      }
    } else {
      byID[entry.id] = entries.count
      entries.append(entry)
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
    entry.terms.reserveCapacity(header.count)
    for (position, cell) in cells.enumerated().dropFirst() where position < header.count {
      guard !cell.isEmpty else { continue }
      if header[position] == "note" {
        entry.note = cell
        continue
      }
      let variants = GlossaryTSV.variants(cell)
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
