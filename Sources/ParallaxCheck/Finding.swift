/// One thing the checker found wrong, or doubtful, in a translation.
public struct Finding: Sendable, Codable, Hashable {
  /// How sure the checker is that something is wrong.
  public enum Severity: String, Sendable, Codable, Hashable, Comparable, CaseIterable {
    /// Style or a doubt worth a look (`one term rendered two ways`).
    case note
    /// Probably wrong, but a correct translation can do it (`a year left out`).
    case warning
    /// Wrong beyond doubt (`2,5 milliards` → `2.5 million`).
    case error

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }

    /// Orders by seriousness.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// What was found.
  public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
    /// A matched figure whose value differs.
    case figureValue
    /// A matched figure off by a power of a thousand (`milliards` → `million`).
    case figureScale
    /// A matched figure whose qualifier differs (`plus de` → `at least`).
    case figureQualifier
    /// A figure of the source with no counterpart in the translation.
    case figureDropped
    /// A figure of the translation with no counterpart in the source.
    case figureAdded
    /// A number written in the source's format inside the translation (`2,5` in English).
    case numberFormat
    /// A glossary term whose rendering in the target language is missing.
    case termMissing
    /// A rendering the glossary forbids.
    case termForbidden
    /// One glossary concept rendered in several ways in the translation.
    case termInconsistent
    /// A person, organization or place of the source missing from the translation.
    case entityDropped
    /// A person, organization or place of the translation that the source does not name.
    case entityAdded
    /// A URL or e-mail address of the source replaced by another.
    case linkChanged
    /// A URL or e-mail address of the source missing from the translation.
    case linkDropped
    /// A source paragraph or segment with no translation.
    case segmentMissing
    /// A translation paragraph with no source.
    case segmentAdded
    /// A translation in the source language.
    case untranslated
    /// A translation identical to its source.
    case identical
    /// An empty translation of a non-empty source.
    case emptyTarget
    /// One source segment translated in two ways.
    case inconsistentTranslation
    /// A side in another language than the one declared or expected.
    case wrongLanguage
    /// A side with no text at all.
    case emptyDocument
  }

  /// How sure the checker is.
  public var severity: Severity
  /// What was found.
  public var kind: Kind
  /// What is wrong, in words, naming both values.
  public var message: String
  /// The evidence in the source, when there is some.
  public var source: FindingEvidence?
  /// The evidence in the translation, when there is some.
  public var target: FindingEvidence?

  /// Creates a finding.
  public init(
    _ severity: Severity, _ kind: Kind, _ message: String, source: FindingEvidence? = nil,
    target: FindingEvidence? = nil
  ) {
    self.severity = severity
    self.kind = kind
    self.message = message
    self.source = source
    self.target = target
  }
}
