import ParallaxCorpus

/// The warnings a comparable alignment deserves: an empty side, no link at all, links that
/// rest on little evidence, and a language pair with no dictionary.
enum ComparableWarnings {
  /// The mutual-best similarity below which the links are said to rest on little evidence.
  static let weakSimilarity = 0.15

  static func check(
    _ result: ComparableAligner.Result, _ first: AlignmentSide, _ second: AlignmentSide,
    dictionaryKnown: Bool
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let n = first.units.count
    let m = second.units.count
    if n == 0 || m == 0 {
      if n + m > 0 {
        diagnostics.append(
          Diagnostic(
            .warning, SourceLocation(path: n == 0 ? first.name : second.name),
            "no units to align: every unit of the other side has no counterpart"))
      }
      return diagnostics
    }
    if result.links.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: second.name),
          "no unit of one side could be linked to a unit of the other: the \(first.language) "
            + "and \(second.language) texts share no names, numbers or words the aligner knows"))
    } else if result.mutualMean < weakSimilarity {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: second.name),
          "low confidence: the linked units share few names, numbers or words (mean "
            + "similarity \((result.mutualMean * 100).rounded() / 100))"))
    }
    if !dictionaryKnown {
      diagnostics.append(
        Diagnostic(
          .note, SourceLocation(path: second.name),
          "no dictionary for \(first.language)-\(second.language): links rest on names, "
            + "numbers, cognates and the words the texts teach"))
    }
    return diagnostics
  }
}
