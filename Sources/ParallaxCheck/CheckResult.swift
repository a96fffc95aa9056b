import ParallaxCompare

/// What a check found: both sides, the aligned pairs and the findings, most serious first.
public struct CheckResult: Sendable, Codable, Hashable {
  /// The version of this JSON shape.
  public static let schemaVersion = 1

  /// One side as the result names it.
  public struct Side: Sendable, Codable, Hashable {
    /// The report's id (its path, `path#item`, or the bilingual file's path).
    public var report: String
    /// The language checked (primary subtag).
    public var language: String
    /// How many paragraphs (or segments) it has.
    public var paragraphs: Int

    /// Creates a side.
    public init(report: String, language: String, paragraphs: Int) {
      self.report = report
      self.language = language
      self.paragraphs = paragraphs
    }
  }

  /// The version of the JSON shape (`schemaVersion`).
  public var schema: Int = CheckResult.schemaVersion
  /// The source.
  public var source: Side
  /// The translation.
  public var target: Side
  /// The aligned pairs that were checked.
  public var pairs: [ParagraphPair]
  /// The findings: errors first, then warnings, then notes; within one severity in the
  /// source's order.
  public var findings: [Finding]

  /// Creates a result; `findings` are kept in the order given.
  public init(source: Side, target: Side, pairs: [ParagraphPair], findings: [Finding]) {
    self.source = source
    self.target = target
    self.pairs = pairs
    self.findings = findings
  }

  /// How many findings of `severity`.
  public func count(_ severity: Finding.Severity) -> Int {
    findings.filter { $0.severity == severity }.count
  }

  /// Whether any finding is at least `severity`.
  public func has(atLeast severity: Finding.Severity) -> Bool {
    findings.contains { $0.severity >= severity }
  }
}
