import ParallaxCorpus

/// One number in a paragraph: where it is and its value.
public struct NumberSpan: Sendable, Codable, Hashable {
  /// The number with its scale words, in scalars.
  public var range: TextRange
  /// Its text.
  public var text: String
  /// Its value.
  public var value: ExactNumber

  /// Creates a span.
  public init(range: TextRange, text: String, value: ExactNumber) {
    self.range = range
    self.text = text
    self.value = value
  }
}
