/// Settles a report's language: the user's override, else the declaration, else the text.
///
/// A declaration the text contradicts with confidence is replaced by what the text says, the
/// declaration kept beside it and a warning given: feeds often declare one language for
/// items in several.
enum LanguageResolver {
  /// How much text identification needs before it may overrule a declaration.
  static let minimumCharacters = 100
  /// How sure identification must be to overrule a declaration. On snippets of 30–80
  /// characters of the test paragraphs, every answer at or above 0.9 was right (586 of 586);
  /// text in a language outside the model (Polish, Czech) stays far below it.
  static let overruleConfidence = 0.9

  /// Sets `report.language`; returns a diagnostic when the declaration was contradicted.
  static func resolve(_ report: inout Report, override: String?) -> Diagnostic? {
    resolve(&report, overrideCode: override.flatMap { LanguageTag.normalize($0) })
  }

  /// `resolve(_:override:)` with the override already normalized (once per load, not once
  /// per report).
  static func resolve(_ report: inout Report, overrideCode: String?) -> Diagnostic? {
    if let code = overrideCode {
      report.language = LanguageInfo(
        code: code, origin: .override, confidence: 1, declared: report.language?.declared)
      return nil
    }
    let (identified, sampleLength) = LanguageIdentifier.shared.identifySample(of: report)
    guard let declared = report.language else {
      if let identified {
        report.language = LanguageInfo(
          code: identified.code, origin: .identified, confidence: identified.confidence)
      }
      return nil
    }
    // A declared language the identifier has no profile for (Catalan, Bulgarian) is kept:
    // its text would read as the nearest language it knows (Spanish, Russian).
    let declaredPrimary = LanguageTag.primary(declared.code)
    guard let identified, sampleLength >= minimumCharacters,
      identified.confidence >= overruleConfidence, identified.code != declaredPrimary,
      LanguageIdentifier.shared.languages.contains(declaredPrimary)
    else { return nil }
    let where_ = SourceLocation(path: report.path)
    let item = report.item.map { " (item \($0))" } ?? ""
    report.language = LanguageInfo(
      code: identified.code, origin: .identified, confidence: identified.confidence,
      declared: declared.declared ?? declared.code)
    return Diagnostic(
      .warning, where_,
      "declared language '\(declared.declared ?? declared.code)' but the text reads as "
        + "'\(identified.code)'\(item); using '\(identified.code)'")
  }
}
