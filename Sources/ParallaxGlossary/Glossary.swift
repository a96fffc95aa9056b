import Foundation
import ParallaxCore
import ParallaxText
import Synchronization

/// Known names and terms in several languages, read from `Glossaries/*.tsv`.
///
/// One concept per row: a header `id<TAB>fr<TAB>en…` (optional `note` column), variants in a
/// cell separated by ` | `, the first preferred, `#` comments; a variant may close with a
/// status marker (`Idlib [admitted]`, `régime de Damas [forbidden: loaded term]`), and `\`
/// escapes `|`, tabs, line ends and brackets (`Glossaries/README.md` has the syntax).
/// Lookups fold case and accents, so `erdogan`, `Erdoğan` and `ERDOGAN` find the same entry.
///
/// A glossary read from one file keeps its header's column order and its comment and blank
/// lines, so `tsv()` writes it back as it was, with its changes.
///
/// Every variant in every language is indexed once, in one trie of folded tokens shared by
/// all readers and languages (`nameIndex`), built on first use.
///
/// The entries are stored in a few flat tables (`GlossaryTable`), not as one value each:
/// `entries` and `entry(id:)` make `GlossaryEntry` values on demand.
public struct Glossary: Sendable {
  /// The entries in file order, made on demand.
  public var entries: Entries { Entries(table: table) }
  /// The ids, terms and notes of the entries.
  package private(set) var table = GlossaryTable()
  /// Problems found in rows that were skipped or repaired, with their location.
  public private(set) var diagnostics: [Diagnostic] = []
  /// The header's columns after `id` (language codes and `note`), lowercased, as read; empty
  /// for a glossary not read from a file.
  public private(set) var columns: [String] = []
  /// The comment and blank lines, each with the number of entries before it (-1: before the
  /// header).
  var comments: [(before: Int, text: String)] = []
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
      let built = GlossaryNameIndex(table: table)
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
    for entry in entries { insert(entry) }
  }

  /// An empty glossary with the header `id`, then `columns` (language codes, `note`), for a
  /// new file.
  public init(columns: [String]) {
    self.columns = columns.map { $0.lowercased() }
  }

  /// Parses the text of a glossary file; `path` names it in diagnostics and errors, and its
  /// file name (without extension) becomes the entries' domain.
  public init(text: String, path: String) throws(GlossaryError) {
    let domain = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    var text = text
    var failure: GlossaryError?
    text.withUTF8 { bytes in failure = parse(bytes, path: path, domain: domain) }
    if let failure { throw failure }
  }

  /// Reads the rows of a file's bytes; the error that stops the file, if any.
  private mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String, domain: String)
    -> GlossaryError?
  {
    var header: [String]?
    var scanner = GlossaryTSV.Scanner()
    var cells: [Range<Int>] = []
    var other = 0..<0
    let string = { (range: Range<Int>) in String(decoding: bytes[range], as: UTF8.self) }
    // About a row per line: room for them at once, no growing and rehashing on the way.
    let lines = bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    // The table addresses its text with 32-bit offsets: a larger glossary is refused, not
    // cut or crashed on.
    guard table.bytes.count + bytes.count < Int(Int32.max) else {
      return .unreadable(path: path, reason: "too large: a glossary holds at most 2 GiB of text")
    }
    if table.count == 0 { table.reserve(entries: lines, bytes: bytes.count) }
    var row = GlossaryRowReader(domain: table.domainNumber(domain))
    while let line = scanner.next(bytes, cells: &cells, other: &other) {
      if cells.isEmpty {
        comments.append((header == nil ? -1 : entries.count, string(other)))
        continue
      }
      guard let header else {
        let names = cells.map(string)
        guard names[0].lowercased() == "id" else {
          return .missingHeader(SourceLocation(path: path, line: line, column: 1))
        }
        var column = names[0].count + 2
        for name in names.dropFirst() {
          if name != "note", !Self.isLanguageCode(name) {
            return .badColumn(SourceLocation(path: path, line: line, column: column), name)
          }
          column += name.count + 1
        }
        let lowered = names.map { $0.lowercased() }
        header = lowered
        columns = Array(lowered.dropFirst())
        row.slots = lowered.map { table.slot($0) }
        row.distinctColumns = Set(lowered).count == lowered.count
        continue
      }
      parseRow(bytes, cells, header: header, domain: domain, path: path, line: line, &row)
    }
    if header == nil { return .missingHeader(SourceLocation(path: path, line: 1, column: 1)) }
    return nil
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
    for entry in other.entries { insert(entry) }
    diagnostics += other.diagnostics
  }

  /// The entry with concept id `id`.
  public func entry(id: String) -> GlossaryEntry? { table.position(of: id).map(table.entry) }

  /// The id of the entry at `position` (no `GlossaryEntry` made).
  package func id(at position: Int) -> String { table.id(position) }

  /// The domain of the entry at `position` (no `GlossaryEntry` made).
  package func domain(at position: Int) -> String { table.domain(position) }

  /// The entries that have `term` as a variant, in any language or in `language`, in entry
  /// order. Case, accents, typographic apostrophes (`d’Idleb` = `d'Idleb`) and spacing
  /// between words do not matter: the term is tokenized and folded as text is, and looked up
  /// in the shared name index. The entries are made when they are read (`Matches`): a
  /// look-up that only counts them or reads their ids makes none.
  public func lookup(_ term: String, language: String? = nil) -> Matches {
    let index = nameIndex
    let keys = Tokenizer.tokens(term).map { TextFolding.fold($0.text(in: term)) }
    guard !keys.isEmpty, let node = index.node(keys) else { return Matches(table: table) }
    let slot = language.flatMap { index.languages.firstIndex(of: $0) }
    if language != nil, slot == nil { return Matches(table: table) }
    var found: [Int32] = []
    var last: Int32 = -1
    for posting in index.postings(node) where slot.map({ Int(posting.language) == $0 }) ?? true {
      // Postings are in entry order: one hit per entry.
      if posting.entry != last { found.append(posting.entry) }
      last = posting.entry
    }
    return Matches(table: table, positions: found)
  }

  /// The number of concepts.
  public var count: Int { table.count }

  /// Adds `entry`, or merges it into the entry of the same id: the other's variants that
  /// are new are added after the known ones, with their notes and marked statuses.
  public mutating func add(_ entry: GlossaryEntry) {
    indexCache = IndexCache()
    insert(entry)
  }

  /// Adds `entry` at the end, or merges it into the known entry of its id; whether it was
  /// new.
  @discardableResult
  mutating func insert(_ entry: GlossaryEntry) -> Bool {
    guard let known = table.position(of: entry.id) else {
      table.append(entry)
      return true
    }
    var target = table.entry(known)
    for language in entry.terms.keys.sorted() {
      var merged = target.variants(in: language)
      for (rank, term) in entry.variants(in: language).enumerated()
      where !merged.contains(where: { $0.text == term.text }) {
        var moved = term
        if term.status == GlossaryTerm.defaultStatus(rank: rank) {
          moved.status = GlossaryTerm.defaultStatus(rank: merged.count)
        }
        merged.append(moved)
      }
      target.setVariants(merged, in: language)
    }
    table.replace(known, with: target)
    return false
  }

  /// Replaces the entry of `entry.id` (in its place), or adds it at the end.
  public mutating func replace(_ entry: GlossaryEntry) {
    indexCache = IndexCache()
    if let known = table.position(of: entry.id) {
      table.replace(known, with: entry)
    } else {
      table.append(entry)
    }
  }

  /// Reads one row: its cells are `cells` of `bytes`, trimmed.
  private mutating func parseRow(
    _ bytes: UnsafeBufferPointer<UInt8>, _ cells: [Range<Int>], header: [String],
    domain: String, path: String, line: Int, _ row: inout GlossaryRowReader
  ) {
    let string = { (range: Range<Int>) in String(decoding: bytes[range], as: UTF8.self) }
    guard !cells[0].isEmpty else {
      diagnostics.append(
        Diagnostic(.warning, SourceLocation(path: path, line: line, column: 1), "row has no id"))
      return
    }
    let onlyNoteLeftOut = cells.count == header.count - 1 && header.last == "note"
    if cells.count > header.count || (cells.count < header.count && !onlyNoteLeftOut) {
      columnCountError(cells.map(string), header: header, path: path, line: line)
    }
    // A new plain id (the common case): the row goes straight into the table.
    let idBytes = UnsafeBufferPointer(rebasing: bytes[cells[0]])
    if row.distinctColumns, !idBytes.contains(UInt8(ascii: "\\")),
      table.position(ofUTF8: idBytes) == nil
    {
      table.appendRow(bytes, cells, header: header, &row)
      return
    }
    let id = GlossaryCell.unescaped(string(cells[0]))
    var entry = GlossaryEntry(
      id: id, terms: Dictionary(minimumCapacity: header.count), domain: domain)
    for position in 1..<min(cells.count, header.count) where !cells[position].isEmpty {
      let cell = cells[position]
      if header[position] == "note" {
        entry.note = GlossaryCell.unescaped(string(cell))
        continue
      }
      if GlossaryTSV.plainVariants(bytes, cell, into: &row.variants) {
        if !row.variants.isEmpty { entry.terms[header[position]] = row.variants.map(string) }
      } else {
        entry.setVariants(GlossaryCell.terms(string(cell)), in: header[position])
      }
    }
    if !insert(entry) {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: path, line: line, column: 1),
          "duplicate id '\(id)'; variants merged into the first row"))
    }
  }

  /// The located error of a row with more cells than the header has, or with a language
  /// cell missing (only the last column, `note`, may be left out).
  private mutating func columnCountError(
    _ cells: [String], header: [String], path: String, line: Int
  ) {
    let id = cells[0]
    if cells.count > header.count {
      let column = cells.prefix(header.count).reduce(0) { $0 + $1.count + 1 } + 1
      diagnostics.append(
        Diagnostic(
          .error, SourceLocation(path: path, line: line, column: column),
          "row '\(id)' has \(cells.count) cells for \(header.count) columns; extra cells ignored"
        ))
    } else {
      // The row is read as before, its missing cells empty.
      let column = cells.reduce(0) { $0 + $1.count + 1 }
      diagnostics.append(
        Diagnostic(
          .error, SourceLocation(path: path, line: line, column: column),
          "row '\(id)' has \(cells.count) cells for \(header.count) columns "
            + "(\(header.joined(separator: ", "))); missing cells read as empty"))
    }
  }

  /// Whether `name` reads as a language code of a header (`fr`, `pt-BR`, `ara`).
  public static func isLanguageCode(_ name: String) -> Bool {
    let parts = name.split(separator: "-")
    guard let first = parts.first, (2...3).contains(first.count) else { return false }
    return first.allSatisfy { $0.isASCII && $0.isLetter }
  }
}
