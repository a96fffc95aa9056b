import ParallaxText

/// What the figure scanner needs of one distinct token as written, computed once per word
/// (the facts stage memoises it with the word's folded form), so that a paragraph's figure
/// tokens are built from its shared tokens (`FigureView`).
struct FigureWord: Sendable {
  /// The figure token's kind.
  var kind: FigureToken.Kind
  /// The figure token's key and its hash.
  var key: String
  var hash: UInt64
  var nonASCIIDigits: Bool
  var capitalized: Bool
  var punct: UInt32
  /// The measure concepts of a word (`kind == .word`; empty for other kinds).
  var concepts: [MeasureLexicon.Concept] = []
  /// `FigureToken.flags` for a word (`flagsKnown` with what the scanner asks of it).
  var flags: UInt8 = 0
}
