/// A date mention of an analyzed report, with its id and sentence. In JSON its fields sit
/// beside the mention's own (`id`, `sentence`, then `text`, `range`, … as `DateMention`
/// writes them).
public struct DateFact: Sendable, Hashable, Codable {
  /// `p3.d0`.
  public var id: FactID
  /// The index of the sentence (in the paragraph's `sentences`) where the date starts.
  public var sentence: Int
  /// The date mention.
  public var date: DateMention

  /// Creates a date fact.
  public init(id: FactID, sentence: Int, date: DateMention) {
    self.id = id
    self.sentence = sentence
    self.date = date
  }

  private enum CodingKeys: String, CodingKey {
    case id, sentence
  }

  /// Decodes the flat form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(FactID.self, forKey: .id)
    sentence = try container.decode(Int.self, forKey: .sentence)
    date = try DateMention(from: decoder)
  }

  /// Encodes the flat form.
  public func encode(to encoder: any Encoder) throws {
    try date.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(sentence, forKey: .sentence)
  }
}
