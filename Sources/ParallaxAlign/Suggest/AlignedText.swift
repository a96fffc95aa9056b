/// Two aligned texts: units of two reports an alignment linked, or a source segment of a
/// translation memory and its translation. What `TermSuggester` learns term pairs from.
public struct AlignedText: Sendable, Hashable {
  /// The first text's report (or memory file).
  public var firstReport: String
  /// The first text's language.
  public var firstLanguage: String
  /// The first text's units (paragraphs, or the memory unit's position).
  public var firstUnits: [Int]
  /// The first text.
  public var firstText: String
  /// The second text's report.
  public var secondReport: String
  /// The second text's language.
  public var secondLanguage: String
  /// The second text's units.
  public var secondUnits: [Int]
  /// The second text.
  public var secondText: String

  /// Creates a pair of aligned texts.
  public init(
    firstReport: String, firstLanguage: String, firstUnits: [Int], firstText: String,
    secondReport: String, secondLanguage: String, secondUnits: [Int], secondText: String
  ) {
    self.firstReport = firstReport
    self.firstLanguage = firstLanguage
    self.firstUnits = firstUnits
    self.firstText = firstText
    self.secondReport = secondReport
    self.secondLanguage = secondLanguage
    self.secondUnits = secondUnits
    self.secondText = secondText
  }

  /// The same pair read the other way round.
  var swapped: AlignedText {
    AlignedText(
      firstReport: secondReport, firstLanguage: secondLanguage, firstUnits: secondUnits,
      firstText: secondText, secondReport: firstReport, secondLanguage: firstLanguage,
      secondUnits: firstUnits, secondText: firstText)
  }
}
