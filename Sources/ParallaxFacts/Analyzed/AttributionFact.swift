import ParallaxCore

/// An attribution of an analyzed report, with its id, its sentence and the figures it backs
/// by id. In JSON its fields sit beside the attribution's own (`id`, `sentence`, `kind`,
/// `source`, `cue`, `content`, …), and `figures` holds figure ids (`p3.f1`), not indices.
public struct AttributionFact: Sendable, Hashable, Codable {
  /// `p3.a0`.
  public var id: FactID
  /// The index of the sentence (in the paragraph's `sentences`) where its content starts.
  public var sentence: Int
  /// The attribution (its `figures` are the same figures as indices into the paragraph's
  /// `figures`, as the facts stage gives them).
  public var attribution: Attribution
  /// The figures whose source this attribution names (`p3.f1`), in order.
  public var figures: [FactID]

  /// Creates an attribution fact.
  public init(id: FactID, sentence: Int, attribution: Attribution, figures: [FactID]) {
    self.id = id
    self.sentence = sentence
    self.attribution = attribution
    self.figures = figures
  }

  /// `Attribution`'s keys, with `figures` holding ids.
  private enum CodingKeys: String, CodingKey {
    case id, sentence, figures
    case kind, source, sourceRange, sourceEntity, cue, cueRange, cueTailRange, content
    case channel, channelRange, quote
  }

  /// Decodes the flat form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(FactID.self, forKey: .id)
    sentence = try container.decode(Int.self, forKey: .sentence)
    figures = try container.decode([FactID].self, forKey: .figures)
    var attribution = Attribution(
      kind: try container.decode(AttributionKind.self, forKey: .kind),
      source: try container.decodeIfPresent(String.self, forKey: .source),
      sourceRange: try container.decodeIfPresent(TextRange.self, forKey: .sourceRange),
      sourceEntity: try container.decodeIfPresent(EntityKey.self, forKey: .sourceEntity),
      cue: try container.decodeIfPresent(String.self, forKey: .cue),
      cueRange: try container.decodeIfPresent(TextRange.self, forKey: .cueRange),
      content: try container.decode(TextRange.self, forKey: .content),
      channel: try container.decodeIfPresent(String.self, forKey: .channel),
      channelRange: try container.decodeIfPresent(TextRange.self, forKey: .channelRange),
      quote: try container.decodeIfPresent(TextRange.self, forKey: .quote),
      figures: [])
    attribution.cueTailRange = try container.decodeIfPresent(
      TextRange.self, forKey: .cueTailRange)
    let paragraph = id.paragraph
    attribution.figures = figures.filter { $0.paragraph == paragraph }.map(\.number)
    self.attribution = attribution
  }

  /// Encodes the flat form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(sentence, forKey: .sentence)
    try container.encode(figures, forKey: .figures)
    try container.encode(attribution.kind, forKey: .kind)
    try container.encodeIfPresent(attribution.source, forKey: .source)
    try container.encodeIfPresent(attribution.sourceRange, forKey: .sourceRange)
    try container.encodeIfPresent(attribution.sourceEntity, forKey: .sourceEntity)
    try container.encodeIfPresent(attribution.cue, forKey: .cue)
    try container.encodeIfPresent(attribution.cueRange, forKey: .cueRange)
    try container.encodeIfPresent(attribution.cueTailRange, forKey: .cueTailRange)
    try container.encode(attribution.content, forKey: .content)
    try container.encodeIfPresent(attribution.channel, forKey: .channel)
    try container.encodeIfPresent(attribution.channelRange, forKey: .channelRange)
    try container.encodeIfPresent(attribution.quote, forKey: .quote)
  }
}
