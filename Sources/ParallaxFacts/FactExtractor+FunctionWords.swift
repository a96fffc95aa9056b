import ParallaxText

extension FactExtractor {
  /// The function words of `language` (articles, prepositions, pronouns…): the
  /// `[function-words]` of its entity lexicon (`Resources/entities/<language>.txt`), folded;
  /// empty for a language without one. The glossary suggestions keep terms from starting or
  /// ending with one.
  public static func functionWords(_ language: String) -> Set<String> {
    guard supportedLanguages.contains(language) else { return [] }
    let data = LexiconFile(bundle: "Parallax_ParallaxFacts", "entities/\(language).txt")
    return Set(data.words("function-words").map { TextFolding.fold($0) })
  }
}
