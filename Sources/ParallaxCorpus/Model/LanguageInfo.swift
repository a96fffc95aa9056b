/// The language of a report and how Parallax knows it.
public struct LanguageInfo: Sendable, Codable, Hashable {
  /// BCP-47 language code (`fr`, `en`, `tr`, `pt-BR`).
  public var code: String
  /// Where the code comes from.
  public var origin: Origin
  /// How sure the identification is, from 0 to 1 (1 for a declaration the text agrees with).
  public var confidence: Double
  /// The declaration as written in the input (`en-us`, `French`), when there was one.
  public var declared: String?

  /// Where a language code comes from.
  public enum Origin: String, Sendable, Codable, Hashable {
    /// Declared by the input (`xml:lang`, `<html lang>`, `dc:language`, `lang` line).
    case declared
    /// Identified from the text.
    case identified
    /// Set by the user with `--lang`.
    case override
  }

  /// Creates language information.
  public init(code: String, origin: Origin, confidence: Double, declared: String? = nil) {
    self.code = code
    self.origin = origin
    self.confidence = confidence
    self.declared = declared
  }
}
