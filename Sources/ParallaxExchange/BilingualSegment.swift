import ParallaxCore

/// One source text and its translation, as a bilingual file holds them.
public struct BilingualSegment: Sendable, Codable, Hashable {
  /// The unit's id (`trans-unit/@id`; `unit/segment` for XLIFF 2; `tu/@tuid` or the position
  /// from 1 for TMX).
  public var id: String
  /// The source text, inline codes left out, white space folded.
  public var source: String
  /// The translation; `nil` when the unit has none (a finding for the checker, not an error
  /// of the reader), empty when the target element is empty.
  public var target: String?
  /// Where the unit starts in the file.
  public var location: SourceLocation
  /// The unit's own source language, when the format says it per unit (TMX).
  public var sourceLanguage: String?
  /// The language of `target`, when the format says it per unit (TMX).
  public var targetLanguage: String?

  /// Creates a segment.
  public init(
    id: String, source: String, target: String?, location: SourceLocation,
    sourceLanguage: String? = nil, targetLanguage: String? = nil
  ) {
    self.id = id
    self.source = source
    self.target = target
    self.location = location
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
  }
}
