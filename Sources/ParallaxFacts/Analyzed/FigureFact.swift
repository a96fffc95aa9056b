/// A figure of an analyzed report, with its id, its sentence and the attributions that
/// back it. In JSON its fields sit beside the figure's own (`id`, `sentence`,
/// `attributions`, then `text`, `value`, … as `Figure` writes them).
public struct FigureFact: Sendable, Hashable, Codable {
  /// `p3.f1`.
  public var id: FactID
  /// The index of the sentence (in the paragraph's `sentences`) where the figure starts.
  public var sentence: Int
  /// The figure.
  public var figure: Figure
  /// The attributions whose source is responsible for the figure (`p3.a0`), in order.
  public var attributions: [FactID]

  /// Creates a figure fact.
  public init(id: FactID, sentence: Int, figure: Figure, attributions: [FactID] = []) {
    self.id = id
    self.sentence = sentence
    self.figure = figure
    self.attributions = attributions
  }

  private enum CodingKeys: String, CodingKey {
    case id, sentence, attributions
  }

  /// Decodes the flat form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(FactID.self, forKey: .id)
    sentence = try container.decode(Int.self, forKey: .sentence)
    attributions = try container.decode([FactID].self, forKey: .attributions)
    figure = try Figure(from: decoder)
  }

  /// Encodes the flat form.
  public func encode(to encoder: any Encoder) throws {
    try figure.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(sentence, forKey: .sentence)
    try container.encode(attributions, forKey: .attributions)
  }
}
