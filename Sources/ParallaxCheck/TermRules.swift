import Foundation
import ParallaxGlossary
import ParallaxText
import Synchronization

/// What a glossary says about the renderings of its concepts: which variants a translation
/// may use and which it must not, from each variant's status in the glossary
/// (`GlossaryTerm.Status`: preferred and admitted variants are allowed, forbidden ones not).
public struct TermRules: Sendable {
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
      for language in entry.terms.keys.sorted() {
        for term in entry.variants(in: language) where term.status == .forbidden {
          forbidden[language, default: []].append(
            (entry.id, term.text, TextFolding.fold(term.text)))
        }
      }
    }
    self.forbidden = forbidden
  }

  /// The allowed variants of concept `id` in `language`.
  func allowed(_ id: String, language: String) -> [String] {
    (glossary.entry(id: id)?.variants(in: language) ?? []).filter { $0.status != .forbidden }
      .map(\.text)
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
