import ParallaxGlossary
import ParallaxText
import Synchronization

/// Finds the concepts of a glossary that a term names, as the facts stage reads names:
/// case, accents and typographic apostrophes do not matter, and the inflected forms each
/// language's data describes are read back to the written variant: an elided article
/// (`d’Idleb`), a preposition (`в Идлибе`), a case ending (`Идлибе`), a glued clitic
/// (`بإدلب`), a suffix after an apostrophe (`İdlib'de`).
///
/// The plain folded phrase is looked up first (`Glossary.lookup`); when nothing has it, each
/// language's name view (the one `facts` uses, over the glossary's shared index) is asked
/// from the first word that is not a leading article or preposition.
public struct GlossaryLookup: Sendable {
  /// One concept found.
  public struct Match: Sendable, Hashable {
    /// The concept.
    public var entry: GlossaryEntry
    /// The language whose rules read the term (nil: the term is a variant as written).
    public var language: String?
    /// The words of the term that name the concept (the whole term for a plain match).
    public var matched: String
    /// Whether the term is a variant as written (case and accents aside) or an inflection.
    public var inflected: Bool
  }

  /// The glossary looked in.
  public let glossary: Glossary
  /// The language views, built on first use.
  private let views = Views()

  /// The name views of the languages asked so far.
  private final class Views: Sendable {
    let byLanguage = Mutex<[String: NameIndex]>([:])
  }

  /// A look-up in `glossary`.
  public init(glossary: Glossary) {
    self.glossary = glossary
  }

  /// The concepts `term` names, in `language` only when given (a concept that has terms in
  /// that language), else in every language Parallax has data for; in glossary order.
  public func lookup(_ term: String, language: String? = nil) -> [Match] {
    let plain = glossary.lookup(term, language: language)
    if !plain.isEmpty {
      return plain.map { Match(entry: $0, language: nil, matched: term, inflected: false) }
    }
    let tokens = Tokenizer.tokens(term)
    let keys = tokens.map { TextFolding.fold($0.text(in: term)) }
    guard tokens.contains(where: { $0.kind == .word }) else { return [] }
    let languages =
      language.map { [$0] }
      ?? FactExtractor.supportedLanguages.filter { glossary.nameIndex.languages.contains($0) }
    var found: [Match] = []
    var seen = Set<String>()
    for code in languages where FactExtractor.supportedLanguages.contains(code) {
      let names = view(code)
      guard let hit = Self.match(tokens, keys, names) else { continue }
      guard let entry = glossary.entry(id: hit.concept), seen.insert(hit.concept).inserted,
        language == nil || entry.terms[code] != nil
      else { continue }
      let bytes = Array(term.utf8)[hit.bytes]
      let text = String(decoding: bytes, as: UTF8.self)
      found.append(Match(entry: entry, language: code, matched: text, inflected: true))
    }
    return found
  }

  /// The concept a language's view reads in the whole term, and the scalars that name it:
  /// the name must start after leading elided articles and prepositions only, and end the
  /// term, or be followed by a suffix after an apostrophe where the language has those.
  private static func match(_ tokens: [Token], _ keys: [String], _ names: NameIndex)
    -> (concept: String, bytes: Range<Int>)?
  {
    let lexicon = names.lexicon
    var start = 0
    while start < tokens.count {
      if tokens[start].kind == .word,
        let known = names.match(
          tokens, keys, at: start, limit: tokens.count, ignoringCase: true),
        endsTerm(tokens, keys, after: known.end, lexicon)
      {
        return (
          known.name.concept,
          tokens[start].utf8Range.lowerBound..<tokens[known.end - 1].utf8Range.upperBound
        )
      }
      // Only an elided article (`d '`), a preposition or punctuation may come first.
      let key = keys[start]
      if tokens[start].kind != .word {
        start += 1
      } else if lexicon.elisions.contains(key), start + 1 < keys.count, keys[start + 1] == "'" {
        start += 2
      } else if lexicon.placePrepositions.contains(key) || lexicon.functionWords.contains(key) {
        start += 1
      } else {
        return nil
      }
    }
    return nil
  }

  /// Whether nothing but punctuation follows token `end - 1`, or, where the language glues
  /// case suffixes after an apostrophe, an apostrophe and one word.
  private static func endsTerm(
    _ tokens: [Token], _ keys: [String], after end: Int, _ lexicon: EntityLexicon
  ) -> Bool {
    var rest = tokens[end...].filter { $0.kind == .word }
    if rest.isEmpty { return true }
    guard lexicon.apostropheSuffixes, end + 1 < tokens.count, keys[end] == "'",
      !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore
    else { return false }
    rest.removeFirst()
    return rest.isEmpty
  }

  private func view(_ language: String) -> NameIndex {
    views.byLanguage.withLock { views in
      if let known = views[language] { return known }
      let lexicon = EntityLexicon(language: language)
      let made = NameIndex(
        language: language, lexicon: lexicon, sources: [(glossary, .glossary)])
      views[language] = made
      return made
    }
  }
}
