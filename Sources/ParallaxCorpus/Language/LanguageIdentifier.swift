/// Identifies the language of a text: script first, then per-language data.
///
/// STUB: to be replaced by the identification built on `Resources/language/`.
public struct LanguageIdentifier: Sendable {
  /// A language and how sure the identification is.
  public struct Identification: Sendable, Hashable {
    /// BCP-47 primary language code.
    public var code: String
    /// From 0 to 1.
    public var confidence: Double
  }

  /// The identifier loaded from the bundled resources.
  public static let shared = LanguageIdentifier()

  /// The most likely language of `text`, or `nil` when there is too little to tell.
  public func identify(_ text: String) -> Identification? {
    nil
  }

  /// A fuller answer, for choosing among decodings.
  struct Evaluation {
    var code: String
    var name: String
    var confidence: Double
    var bitsPerFeature: Double
  }

  func evaluate(_ text: String) -> Evaluation? { nil }

  /// The part of a report that identification reads: the first few thousand characters.
  static func sample(of report: Report) -> String {
    var sample = ""
    for paragraph in report.paragraphs {
      sample += paragraph.text
      sample += "\n"
      if sample.utf8.count > 2048 { break }
    }
    return sample
  }
}
