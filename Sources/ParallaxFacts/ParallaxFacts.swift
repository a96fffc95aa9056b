import ParallaxCorpus

/// The facts stage: figures, dates, entities and attributions per paragraph.
///
/// Placeholder namespace until the extractors land (issue "Facts").
public enum ParallaxFacts {
  /// The version of the facts model written in JSON output.
  public static let schemaVersion = 1
}
