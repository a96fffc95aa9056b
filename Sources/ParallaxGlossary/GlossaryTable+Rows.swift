/// What the reader of a TSV file keeps from row to row.
struct GlossaryRowReader {
  /// The number of the file's domain in the table.
  var domain: Int
  /// Per header column, its language slot in the table.
  var slots: [Int] = []
  /// Whether no column name is repeated (else rows take `GlossaryEntry`'s path, where the
  /// last cell of a language wins).
  var distinctColumns = true
  /// The variants of a cell, reused from cell to cell.
  var variants: [Range<Int>] = []
}

extension GlossaryTable {
  /// Appends the row of `cells` of `bytes` as a new entry: its id (`cells[0]`, without
  /// escapes) is not known yet.
  mutating func appendRow(
    _ bytes: UnsafeBufferPointer<UInt8>, _ cells: [Range<Int>], header: [String],
    _ row: inout GlossaryRowReader
  ) {
    startEntry(id: UnsafeBufferPointer(rebasing: bytes[cells[0]]), domain: row.domain)
    for position in 1..<min(cells.count, header.count) where !cells[position].isEmpty {
      let cell = cells[position]
      if header[position] == "note" {
        if bytes[cell].contains(UInt8(ascii: "\\")) {
          setNote(GlossaryCell.unescaped(String(decoding: bytes[cell], as: UTF8.self)))
        } else {
          setNote(UnsafeBufferPointer(rebasing: bytes[cell]))
        }
        continue
      }
      let slot = row.slots[position]
      if GlossaryTSV.plainVariants(bytes, cell, into: &row.variants) {
        for variant in row.variants {
          appendTerm(UnsafeBufferPointer(rebasing: bytes[variant]), slot: slot)
        }
      } else {
        appendTerms(GlossaryCell.terms(String(decoding: bytes[cell], as: UTF8.self)), slot: slot)
      }
    }
  }
}
