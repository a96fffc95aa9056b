extension Glossary {
  /// The glossary as native TSV: the header (`id`, then `columns`, then the languages of
  /// the entries not in it, sorted, and `note` when an entry has one), the comment and blank
  /// lines where they were read, one row per concept in entry order. `Glossary(text:path:)`
  /// reads it back to the same entries, statuses and notes. `path` names the file in errors.
  public func tsv(path: String = "") throws(GlossaryError) -> String {
    let header = headerColumns()
    var text = ""
    for comment in comments where comment.before < 0 { text += comment.text + "\n" }
    text += (["id"] + header).joined(separator: "\t") + "\n"
    var nextComment = comments.firstIndex { $0.before >= 0 } ?? comments.count
    for (position, entry) in entries.enumerated() {
      while nextComment < comments.count, comments[nextComment].before <= position {
        text += comments[nextComment].text + "\n"
        nextComment += 1
      }
      text += try Self.row(entry, header, path: path) + "\n"
    }
    for comment in comments[nextComment...] { text += comment.text + "\n" }
    return text
  }

  /// The columns after `id` that `tsv()` writes.
  func headerColumns() -> [String] {
    var header = columns
    let languages = Set(table.usedLanguages().map { table.languages[$0] })
    let hasNote = (0..<table.count).contains { table.hasNote($0) }
    let missing = languages.subtracting(header).sorted()
    if !missing.isEmpty {
      let at = header.last == "note" ? header.count - 1 : header.count
      header.insert(contentsOf: missing, at: at)
    }
    if hasNote, !header.contains("note") { header.append("note") }
    return header
  }

  private static func row(_ entry: GlossaryEntry, _ header: [String], path: String)
    throws(GlossaryError) -> String
  {
    if let problem = GlossaryCell.problem(entry.id) {
      throw .unwritable(path: path, concept: entry.id, reason: "its id \(problem)")
    }
    var cells = [GlossaryCell.escaped(entry.id, brackets: false)]
    for column in header {
      if column == "note" {
        guard let note = entry.note, !note.isEmpty else {
          cells.append("")
          continue
        }
        if let problem = GlossaryCell.problem(note) {
          throw .unwritable(path: path, concept: entry.id, reason: "its note \(problem)")
        }
        cells.append(GlossaryCell.escaped(note, brackets: false))
        continue
      }
      let terms = entry.variants(in: column)
      for term in terms {
        if let problem = GlossaryCell.problem(term.text) {
          throw .unwritable(
            path: path, concept: entry.id, reason: "a \(column) term «\(term.text)» \(problem)")
        }
        if let note = term.note, let problem = GlossaryCell.problem(note) {
          throw .unwritable(
            path: path, concept: entry.id, reason: "the note of «\(term.text)» \(problem)")
        }
      }
      cells.append(GlossaryCell.format(terms))
    }
    return cells.joined(separator: "\t")
  }
}
