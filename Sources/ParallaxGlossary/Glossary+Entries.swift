extension Glossary {
  /// The entries of a glossary in file order: each `GlossaryEntry` is made when it is read
  /// (the glossary stores its entries in flat tables, not as values).
  public struct Entries: RandomAccessCollection, Sendable {
    let table: GlossaryTable

    /// The position of the first entry (0).
    public var startIndex: Int { 0 }
    /// One past the position of the last entry.
    public var endIndex: Int { table.count }

    /// The entry at `position`.
    public subscript(position: Int) -> GlossaryEntry { table.entry(position) }
  }
}
