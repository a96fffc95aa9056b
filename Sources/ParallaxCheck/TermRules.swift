import Foundation
import ParallaxGlossary
import ParallaxText
import Synchronization

/// What a glossary says about the renderings of its concepts: which variants a translation
/// may use and which it must not.
///
/// The glossary gains a status per variant (preferred, admitted, forbidden) with the
/// glossary issue; until then a variant is forbidden when it ends in `[forbidden]`
/// (`régime de Damas [forbidden]`), the hook `status(of:)` reads, and only here.
public struct TermRules: Sendable {
  /// A variant's standing.
  public enum Status: String, Sendable, Codable, Hashable {
    /// May be used (the first one is preferred).
    case allowed
    /// Must not be used.
    case forbidden
  }

  /// The marker that makes a variant forbidden in a glossary without statuses.
  public static let forbiddenMarker = "[forbidden]"

  /// The glossary the rules come from.
  public let glossary: Glossary
  /// Forbidden variants per language: (concept id, variant as written, folded variant).
  let forbidden: [String: [(concept: String, term: String, folded: String)]]
  /// The folded words of allowed variants, per `concept<TAB>language`.
  private let wordCache = WordCache()

  /// The rules of `glossary`.
  public init(glossary: Glossary) {
    self.glossary = glossary
    var forbidden: [String: [(String, String, String)]] = [:]
    for entry in glossary.entries {
      for (language, term) in entry.allVariants where Self.status(of: term) == .forbidden {
        let clean = Self.clean(term)
        forbidden[language, default: []].append((entry.id, clean, TextFolding.fold(clean)))
      }
    }
    self.forbidden = forbidden
  }

  /// A variant's status as the glossary writes it.
  public static func status(of variant: String) -> Status {
    variant.hasSuffix(forbiddenMarker) ? .forbidden : .allowed
  }

  /// The variant without its status marker.
  static func clean(_ variant: String) -> String {
    guard status(of: variant) == .forbidden else { return variant }
    return String(variant.dropLast(forbiddenMarker.count)).trimmingCharacters(in: .whitespaces)
  }

  /// The allowed variants of concept `id` in `language`.
  func allowed(_ id: String, language: String) -> [String] {
    (glossary.entry(id: id)?.terms[language] ?? []).filter { Self.status(of: $0) == .allowed }
  }

  /// The allowed variants of concept `id` in `language` with their folded words, made once
  /// per variant and kept.
  func allowedWords(_ id: String, language: String) -> [(term: String, words: [String])] {
    let key = id + "\t" + language
    if let known = wordCache.words.withLock({ $0[key] }) { return known }
    let made = allowed(id, language: language).map { ($0, TermMatcher.words(of: $0)) }
    wordCache.words.withLock { $0[key] = made }
    return made
  }

  /// The folded words of variants, shared by the copies of the rules.
  private final class WordCache: Sendable {
    let words = Mutex<[String: [(term: String, words: [String])]]>([:])
  }
}
