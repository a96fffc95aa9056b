import ParallaxCorpus

/// The facts of one paragraph, each with its scalar range in the paragraph's text.
public struct ParagraphFacts: Sendable, Codable, Hashable {
  /// The paragraph's index in its report.
  public var index: Int
  /// The paragraph's role (headline, lead, body, subheading).
  public var kind: Paragraph.Kind
  /// The paragraph's sentences (the text stage's `SentenceSplitter`), as scalar ranges.
  public var sentences: [TextRange]
  /// Figures: numbers with their qualifier, measure and status.
  public var figures: [Figure]
  /// Dates, resolved against the report's date where possible.
  public var dates: [DateMention]
  /// People, organizations and places.
  public var entities: [Entity]
  /// Who says what, with the figures each attribution covers.
  public var attributions: [Attribution]

  /// Creates the facts of a paragraph.
  public init(
    index: Int, kind: Paragraph.Kind, sentences: [TextRange] = [], figures: [Figure] = [],
    dates: [DateMention] = [],
    entities: [Entity] = [],
    attributions: [Attribution] = []
  ) {
    self.index = index
    self.kind = kind
    self.sentences = sentences
    self.figures = figures
    self.dates = dates
    self.entities = entities
    self.attributions = attributions
  }
}
