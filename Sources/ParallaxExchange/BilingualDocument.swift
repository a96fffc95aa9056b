import ParallaxCore

/// A bilingual file read from a translators' format: its languages and its segment pairs.
///
/// XLIFF 1.2 and 2.0 and TMX 1.4b are read into this one shape, so the checker sees the same
/// thing whatever tool wrote the file. Problems that did not stop the reading (a unit without
/// an id, a language tag that could not be read) are kept in `diagnostics`.
public struct BilingualDocument: Sendable, Codable, Hashable {
  /// The format a bilingual file was written in.
  public enum Format: String, Sendable, Codable, Hashable {
    /// XLIFF 1.2 (`trans-unit`).
    case xliff12
    /// XLIFF 2.0 or 2.1 (`unit` / `segment`).
    case xliff20
    /// TMX 1.4b (`tu` / `tuv`).
    case tmx
  }

  /// The file as the user named it.
  public var path: String
  /// The format it was read as.
  public var format: Format
  /// The source language (BCP 47, normalized: `En-uS` → `en-US`), when declared.
  public var sourceLanguage: String?
  /// The target language, when declared or found.
  public var targetLanguage: String?
  /// The segment pairs, in document order.
  public var segments: [BilingualSegment]
  /// Problems found while reading, with their location.
  public var diagnostics: [Diagnostic]

  /// Creates a document.
  public init(
    path: String, format: Format, sourceLanguage: String? = nil, targetLanguage: String? = nil,
    segments: [BilingualSegment] = [], diagnostics: [Diagnostic] = []
  ) {
    self.path = path
    self.format = format
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.segments = segments
    self.diagnostics = diagnostics
  }
}
