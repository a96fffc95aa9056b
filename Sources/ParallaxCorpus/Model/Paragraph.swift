/// One paragraph of a report, with normalized text.
public struct Paragraph: Sendable, Codable, Hashable {
  /// Position in the report, from 0.
  public var index: Int
  /// What role the paragraph plays.
  public var kind: Kind
  /// The text: NFC, whitespace folded, soft hyphens and zero-width characters removed.
  public var text: String

  /// The role of a paragraph in a report.
  public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
    /// The title, repeated as the first paragraph.
    case headline
    /// The first paragraph of the story.
    case lead
    /// An intertitle inside the body.
    case subheading
    /// Any other paragraph of the story.
    case body
  }

  /// Creates a paragraph.
  public init(index: Int, kind: Kind, text: String) {
    self.index = index
    self.kind = kind
    self.text = text
  }
}
