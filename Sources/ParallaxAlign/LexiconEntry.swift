/// One word or term pair of a lexicon, with its score and where it came from.
public struct LexiconEntry: Sendable, Hashable, Codable {
  /// The source word (a stem or folded form).
  public var source: String
  /// The target word (a stem or folded form).
  public var target: String
  /// How strongly the two correspond, from 0 to 1.
  public var score: Double
  /// In how many aligned pairs they co-occur (0 when not learned).
  public var count: Int
  /// Where the pair comes from: `learned`, `dictionary` or `glossary`.
  public var origin: Evidence.Kind
  /// For a learned pair, Dice's coefficient of the two over the aligned pairs (0 otherwise).
  public var dice: Double

  /// Creates an entry.
  public init(
    source: String, target: String, score: Double, count: Int, origin: Evidence.Kind,
    dice: Double = 0
  ) {
    self.source = source
    self.target = target
    self.score = score
    self.count = count
    self.origin = origin
    self.dice = dice
  }
}
