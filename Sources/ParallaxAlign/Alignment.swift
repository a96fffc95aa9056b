import ParallaxCore

/// The result of aligning two sides: beads in order, what the aligner estimated, and the
/// warnings a reader should see.
public struct Alignment: Sendable, Hashable, Codable {
  /// The beads, in the order of both sides (parallel mode is monotonic); every unit of both
  /// sides is in exactly one bead.
  public var beads: [Bead]
  /// Target characters per source character, estimated from the two texts.
  public var lengthRatio: Double
  /// How many word pairs the lexicon held in the final pass (learned, dictionary, glossary).
  public var lexiconSize: Int
  /// The mean lexical similarity of the 1-1 beads, from 0 to 1: near zero when the
  /// alignment rests on lengths alone.
  public var meanSimilarity: Double
  /// Low confidence, very different sizes, missing dictionaries.
  public var diagnostics: [Diagnostic]

  /// Creates an alignment.
  public init(
    beads: [Bead], lengthRatio: Double, lexiconSize: Int, meanSimilarity: Double,
    diagnostics: [Diagnostic]
  ) {
    self.beads = beads
    self.lengthRatio = lengthRatio
    self.lexiconSize = lexiconSize
    self.meanSimilarity = meanSimilarity
    self.diagnostics = diagnostics
  }
}
