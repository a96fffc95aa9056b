import Foundation
import ParallaxText
import Synchronization

/// Sources that are pronouns, per language: a personal pronoun (`il`, `he`, `он`, `هو`, `o`,
/// the `[personal-pronouns]` of `Resources/cues/<language>.txt`) or a speech verb alone whose
/// inflection holds its subject (Arabic `أعلنها`, he announced it). Such a source is no one of
/// its own but the person cited before it, which the comparison stage resolves across the
/// report's paragraphs.
public enum SourcePronouns {
  /// The cue lexicons of the languages asked about so far.
  private static let lexicons = Mutex<[String: CueLexicon]>([:])

  /// Whether the source `surface` of a report in `language` is a pronoun.
  public static func isPronoun(_ surface: String, language: String) -> Bool {
    let trimmed = surface.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty, trimmed.count <= 16,
      let lexicon = lexicon(of: language)
    else { return false }
    let folded = TextFolding.fold(trimmed)
    if lexicon.personalPronouns.contains(folded) { return true }
    return !folded.contains(" ") && lexicon.isVerbWithObject(folded)
  }

  /// The cue lexicon of `language`, read once; `nil` for a language without one.
  private static func lexicon(of language: String) -> CueLexicon? {
    guard FactExtractor.supportedLanguages.contains(language) else { return nil }
    return lexicons.withLock { lexicons in
      if let known = lexicons[language] { return known }
      let made = CueLexicon(language: language)
      lexicons[language] = made
      return made
    }
  }
}
