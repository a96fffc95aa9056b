import ParallaxCorpus

/// One number in a paragraph: where it is and its value.
package struct NumberSpan: Sendable, Codable, Hashable {
  /// The number with its scale words, in scalars.
  package var range: TextRange
  /// Its text.
  package var text: String
  /// Its value.
  package var value: ExactNumber

  /// Creates a span.
  package init(range: TextRange, text: String, value: ExactNumber) {
    self.range = range
    self.text = text
    self.value = value
  }
}
