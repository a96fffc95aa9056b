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

extension Glossary {
  /// The entries a look-up found, in file order: each `GlossaryEntry` is made when it is read,
  /// so a look-up costs the index walk, not the values of every entry it matches.
  public struct Matches: RandomAccessCollection, Sendable {
    let table: GlossaryTable
    /// The positions of the entries found, ascending.
    var positions: [Int32] = []

    /// The position of the first match (0).
    public var startIndex: Int { 0 }
    /// One past the position of the last match.
    public var endIndex: Int { positions.count }

    /// The entry of match `position`.
    public subscript(position: Int) -> GlossaryEntry { table.entry(Int(positions[position])) }

    /// The concept ids of the matches, in order, without making their entries.
    public var ids: [String] { positions.map { table.id(Int($0)) } }
  }
}
