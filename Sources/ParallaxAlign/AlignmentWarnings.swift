import ParallaxCore

/// The warnings an alignment deserves: little lexical evidence (it rests on lengths), and
/// many units left without a counterpart (sizes that differ a lot).
enum AlignmentWarnings {
  /// The mean similarity below which an alignment is said to rest on lengths alone.
  static let weakSimilarity = 0.08
  /// The share of a side's units left unmatched above which the sizes are said to differ.
  static let unmatchedShare = 0.2

  static func check(
    _ beads: [Bead], source: AlignmentSide, target: AlignmentSide, meanSimilarity: Double
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let paired = beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }.count
    if paired >= 2, meanSimilarity < weakSimilarity {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: target.name),
          "low confidence: the \(source.language) and \(target.language) units share few "
            + "words, names or numbers (mean similarity "
            + "\((meanSimilarity * 100).rounded() / 100)); the alignment rests mostly on lengths"
        ))
    }
    for (side, count, unmatched) in [
      (source, source.units.count, beads.filter { $0.target.isEmpty }.count),
      (target, target.units.count, beads.filter { $0.source.isEmpty }.count),
    ] where count > 0 && Double(unmatched) > unmatchedShare * Double(count) {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: side.name),
          "\(unmatched) of \(count) units have no counterpart on the other side "
            + "(\(source.units.count) against \(target.units.count) units); the rest is aligned"
        ))
    }
    if paired == 0, !source.units.isEmpty, !target.units.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: target.name),
          "no unit of one side could be paired with a unit of the other"))
    }
    return diagnostics
  }
}
