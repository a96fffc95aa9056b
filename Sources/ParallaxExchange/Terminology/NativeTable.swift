/// The native glossary table (`Glossaries/*.tsv`) of a termbase: header `id<TAB>langs…
/// <TAB>note`, one concept per row, variants ` | `-separated as `VariantCell` writes them.
///
/// Tabs and line breaks inside a value become spaces (a cell cannot hold them).
enum NativeTable {
  /// The TSV text.
  static func write(_ termbase: Termbase, languages: [String]) -> String {
    let hasNote = termbase.concepts.contains { $0.note?.isEmpty == false }
    var out =
      (["id"] + languages.map { $0.lowercased() } + (hasNote ? ["note"] : []))
      .joined(separator: "\t") + "\n"
    for (index, concept) in termbase.concepts.enumerated() {
      var row = [concept.id ?? "c\(index + 1)"]
      for language in languages { row.append(VariantCell.cell(concept.terms(language))) }
      if hasNote { row.append(concept.note ?? "") }
      out += row.map(clean).joined(separator: "\t") + "\n"
    }
    return out
  }

  private static func clean(_ value: String) -> String {
    String(value.map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }
}
