import ParallaxCorpus

extension FactExtractor {
  /// A warning when `report` is in a language Parallax has no facts data for (`sw`, or a
  /// `--lang` no lexicon knows): its facts are read with the rules of the closest supported
  /// language, so number words, reporting verbs and names in it are missed; `nil` otherwise.
  public static func languageDiagnostic(for report: Report) -> Diagnostic? {
    guard let code = report.language?.code, !code.isEmpty else { return nil }
    let primary = LanguageTag.primary(code)
    guard !supportedLanguages.contains(primary) else { return nil }
    return Diagnostic(
      .warning, SourceLocation(path: report.id),
      "no facts data for language '\(code)' (Parallax has "
        + supportedLanguages.sorted().joined(separator: " ")
        + "): read with the rules of the closest one; number words, reporting verbs and names "
        + "in '\(primary)' are missed (--lang xx overrides the language)")
  }
}
