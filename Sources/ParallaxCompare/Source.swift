import ParallaxCore

/// Who a figure is attributed to, as one identity across reports, languages and scripts.
public struct Source: Sendable, Codable, Hashable, Comparable {
  /// The identity: `concept:sohr`, `name:rahmi dogan`, `body:coast-guard` (a body cited by
  /// its common noun), `text:his office`, or `none` for the outlet's own voice.
  public var id: String
  /// The name to show: the glossary's preferred form when known, else the most used surface.
  public var name: String

  /// The outlet's own voice: no source named.
  public static let none = Source(id: "none", name: "—")

  /// Creates a source.
  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }

  /// Whether a source is named at all.
  public var isNamed: Bool { id != Self.none.id }

  /// Whether the source is an identity that can be met in other reports: a concept, a
  /// person's or body's name, a body cited by its common noun — not a description (`his
  /// office`, `officials`).
  public var isKnown: Bool {
    id.hasPrefix("concept:") || id.hasPrefix("name:") || id.hasPrefix("body:")
  }

  /// One identity is one source, whatever name it was met under.
  public static func == (lhs: Source, rhs: Source) -> Bool { lhs.id == rhs.id }

  /// Hashes the identity.
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }

  /// Orders by id.
  public static func < (lhs: Source, rhs: Source) -> Bool { lhs.id < rhs.id }
}
