import ParallaxText
import Synchronization

/// The language-independent identity of a named entity, for aligning mentions across
/// reports and scripts.
///
/// A glossary concept id when the name is known; otherwise the folded Latin transliteration
/// with its consonant skeleton, compared by `similarity(_:_:)` (Erdoğan = Erdogan = Эрдоган
/// = أردوغان).
public struct EntityKey: Sendable, Codable, Hashable, CustomStringConvertible {
  /// The glossary concept id, when a glossary or the gazetteer knows the name.
  public var concept: String?
  /// The folded Latin transliteration of the name as written.
  public var latin: String
  /// The consonant skeleton of the name (`ConsonantSkeleton.of`).
  public var skeleton: String

  /// The key of `name`, tied to `concept` when known.
  public init(name: String, concept: String? = nil) {
    self.concept = concept
    if let known = EntityKey.forms.withLock({ $0[name] }) {
      (latin, skeleton) = known
      return
    }
    latin = Transliterator.latin(name)
    skeleton = ConsonantSkeleton.of(name)
    let made = (latin, skeleton)
    EntityKey.forms.withLock { forms in
      if forms.count >= EntityKey.formsLimit { forms.removeAll(keepingCapacity: true) }
      forms[name] = made
    }
  }

  /// The transliteration and skeleton of names met before, per process (names recur in
  /// every paragraph of a story): both are functions of the name alone.
  private static let forms = Mutex<[String: (String, String)]>([:])
  private static let formsLimit = 50_000

  /// `concept:sohr`, or `name:recep tayyip erdogan`.
  public var description: String { concept.map { "concept:" + $0 } ?? "name:" + latin }

  /// How likely two keys name the same entity, from 0 to 1: 1 for one concept, 0 for two
  /// different concepts, else the scored consonant-skeleton similarity. Arabic script writes
  /// `v` with the letter of `w`, a long vowel the skeleton drops (`مولوي` = Mawlawi =
  /// Мавлави): skeletons that differ only by their `F` class score 0.9 of their similarity
  /// without it.
  public static func similarity(_ first: EntityKey, _ second: EntityKey) -> Double {
    if let a = first.concept, let b = second.concept { return a == b ? 1 : 0 }
    if first.latin == second.latin { return 1 }
    let direct = ConsonantSkeleton.similarity(skeletons: first.skeleton, second.skeleton)
    guard direct < 1, first.skeleton.contains("F") != second.skeleton.contains("F") else {
      return direct
    }
    let withoutF = ConsonantSkeleton.similarity(
      skeletons: first.skeleton.replacingOccurrences(of: "F", with: ""),
      second.skeleton.replacingOccurrences(of: "F", with: ""))
    return max(direct, withoutF * 0.9)
  }

  /// Two keys are equal when they name the same concept, or, without concepts, the same
  /// transliterated name.
  public static func == (lhs: EntityKey, rhs: EntityKey) -> Bool {
    switch (lhs.concept, rhs.concept) {
    case (let a?, let b?): a == b
    case (nil, nil): lhs.latin == rhs.latin
    default: false
    }
  }

  /// Hashes the concept, or the transliterated name without one.
  public func hash(into hasher: inout Hasher) {
    if let concept {
      hasher.combine(0)
      hasher.combine(concept)
    } else {
      hasher.combine(1)
      hasher.combine(latin)
    }
  }

  /// Whether the two keys name the same entity (similarity 0.8 or more).
  public func matches(_ other: EntityKey) -> Bool { Self.similarity(self, other) >= 0.8 }
}
