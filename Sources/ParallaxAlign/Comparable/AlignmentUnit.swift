/// What one unit of an alignment is.
public enum AlignmentUnit: String, Sendable, Hashable, Codable, CaseIterable {
  /// A paragraph as `parallax show --format json` numbers them (the headline is ¶0).
  case paragraph
  /// A sentence, as the Text stage's `SentenceSplitter` cuts each paragraph.
  case sentence
  /// One input line (pre-segmented text such as evaluation sets).
  case line
}

/// How two texts are aligned.
public enum AlignmentMode: String, Sendable, Hashable, Codable, CaseIterable {
  /// Decided from the evidence (`ModeDecision` says which and why).
  case auto
  /// A translation or a light rewrite: monotonic beads of up to four units a side.
  case parallel
  /// Two outlets on one event, or two versions of one text: units may be reordered, merged
  /// or missing on either side, and links may cross.
  case comparable
}

/// The mode an alignment used and why.
public struct ModeDecision: Sendable, Hashable, Codable {
  /// The mode used: `.parallel` or `.comparable`, never `.auto`.
  public var mode: AlignmentMode
  /// Whether the two texts are versions of one text (one language, most words shared).
  public var versions: Bool
  /// Whether the mode was chosen from the evidence (`--mode auto`) or asked for.
  public var automatic: Bool
  /// Why, in a sentence a reader can check against the numbers.
  public var reason: String

  /// Creates a decision.
  public init(mode: AlignmentMode, versions: Bool, automatic: Bool, reason: String) {
    self.mode = mode
    self.versions = versions
    self.automatic = automatic
    self.reason = reason
  }
}
