/// A term known in several languages (a glossary row): when one side's unit contains one of
/// its variants and the other side's unit another, the two share an anchor.
public struct AlignmentTerm: Sendable, Hashable {
  /// The term's identifier (a glossary id).
  public var id: String
  /// Its variants by language code.
  public var variants: [String: [String]]

  /// Creates a term.
  public init(id: String, variants: [String: [String]]) {
    self.id = id
    self.variants = variants
  }
}
