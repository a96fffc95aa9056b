/// One side of an alignment: its units (paragraphs, sentences or lines) in order, and their
/// language.
public struct AlignmentSide: Sendable, Hashable {
  /// The text of each unit, in order; a unit's index is its position here.
  public var units: [String]
  /// The ISO 639-1 code of the units' language (`fr`, `de`, `ar`…); it chooses the stemmer.
  public var language: String
  /// Where the units come from (a path), for diagnostics.
  public var name: String

  /// Creates a side from its units and their language.
  public init(units: [String], language: String, name: String = "") {
    self.units = units
    self.language = language
    self.name = name
  }
}
