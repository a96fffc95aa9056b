/// An entity of an analyzed report, with its id and sentence. In JSON its fields sit beside
/// the entity's own (`id`, `sentence`, then `text`, `kind`, `key`, … as `Entity` writes
/// them).
public struct EntityFact: Sendable, Hashable, Codable {
  /// `p3.e2`.
  public var id: FactID
  /// The index of the sentence (in the paragraph's `sentences`) where the entity starts.
  public var sentence: Int
  /// The entity.
  public var entity: Entity

  /// Creates an entity fact.
  public init(id: FactID, sentence: Int, entity: Entity) {
    self.id = id
    self.sentence = sentence
    self.entity = entity
  }

  private enum CodingKeys: String, CodingKey {
    case id, sentence
  }

  /// Decodes the flat form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(FactID.self, forKey: .id)
    sentence = try container.decode(Int.self, forKey: .sentence)
    entity = try Entity(from: decoder)
  }

  /// Encodes the flat form.
  public func encode(to encoder: any Encoder) throws {
    try entity.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(sentence, forKey: .sentence)
  }
}
