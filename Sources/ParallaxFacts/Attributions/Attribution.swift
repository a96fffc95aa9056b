import ParallaxCorpus

/// Who says what: a source, the cue that attributes, the content covered, and where named,
/// the channel (`à l'agence Anadolu`, `told Reuters`).
public struct Attribution: Sendable, Codable, Hashable {
  /// How the attribution is made.
  public var kind: AttributionKind
  /// The source as written (`le gouverneur de la province de Hatay`), when one is named.
  public var source: String?
  /// Where the source is.
  public var sourceRange: TextRange?
  /// The key of the entity the source names, when there is one (`concept:sohr`).
  public var sourceEntity: EntityKey?
  /// The cue as written (`a déclaré`, `selon`, `zufolge`); `nil` for a bare quote.
  public var cue: String?
  /// Where the cue is (its first part, for a verb in two parts such as `hält … für`).
  public var cueRange: TextRange?
  /// Where the second part of a verb in two parts is (`für` of `hält … für`).
  public var cueTailRange: TextRange?
  /// The clause or sentence the attribution covers.
  public var content: TextRange
  /// The channel the source spoke through, when named (`l'agence de presse … Anadolu`).
  public var channel: String?
  /// Where the channel is.
  public var channelRange: TextRange?
  /// A direct quote inside the content, in quotation marks.
  public var quote: TextRange?
  /// Indices (in the paragraph's `figures`) of the figures inside the content.
  public var figures: [Int]

  /// Creates an attribution.
  public init(
    kind: AttributionKind, source: String? = nil, sourceRange: TextRange? = nil,
    sourceEntity: EntityKey? = nil, cue: String? = nil, cueRange: TextRange? = nil,
    content: TextRange, channel: String? = nil, channelRange: TextRange? = nil,
    quote: TextRange? = nil, figures: [Int] = []
  ) {
    self.kind = kind
    self.source = source
    self.sourceRange = sourceRange
    self.sourceEntity = sourceEntity
    self.cue = cue
    self.cueRange = cueRange
    self.content = content
    self.channel = channel
    self.channelRange = channelRange
    self.quote = quote
    self.figures = figures
  }
}

/// How a statement is attributed.
public enum AttributionKind: String, Sendable, Codable, Hashable {
  /// A preposition before the source: `selon`, `according to`, `laut`, `بحسب`, `по данным`.
  case preposition
  /// A postposition after the source: `zufolge`, `-e göre`.
  case postposition
  /// A speech verb: `a déclaré`, `said`, `sagte`, `قال`, `заявил`.
  case verb
  /// A direct quote in quotation marks with no cue in its sentence.
  case quote
}
