import Testing

@testable import ParallaxFacts

/// The template indexes of `FigureLanguageBox`: the analyzer tries only the templates listed
/// under the key of one token (before a number; before the second number of a pair), so
/// every template that may match there must be listed, in template order.
@Suite struct TemplateIndexTests {
  static let languages = FactExtractor.supportedLanguages

  /// The positions of the one-slot (`pairs` false) or two-slot templates.
  static func positions(_ templates: [FigureTemplate], pairs: Bool) -> [Int] {
    templates.indices.filter { templates[$0].isPair == pairs }
  }

  @Test(arguments: languages)
  func everyPairTemplateIsListedUnderTheLastWordOfItsMiddle(_ language: String) {
    let box = FigureExtractor(language: language).box
    let templates = box.value.templates
    let pairs = Self.positions(templates, pairs: true)
    #expect(!pairs.isEmpty, "\(language) has no pair templates")
    let without = pairs.filter { templates[$0].middle.isEmpty }
    #expect(box.pairTemplatesWithoutMiddle == without)
    for position in pairs {
      guard let last = templates[position].middle.last else { continue }
      let listed = box.pairTemplates[last.hash, key: last.key] ?? []
      #expect(listed.contains(position), "\(language) \(position)")
      #expect(listed == listed.sorted(), "\(language) \(last.key)")
      // The list is exactly the pairs ending their middle with that word, and those
      // without a middle.
      let expected = pairs.filter {
        templates[$0].middle.isEmpty
          || (templates[$0].middle.last.map { $0.hash == last.hash && $0.key == last.key }
            ?? false)
      }
      #expect(listed == expected, "\(language) \(last.key)")
    }
  }

  @Test(arguments: languages)
  func noSingleTemplateIsListedAsAPairOrTheOtherWay(_ language: String) {
    let box = FigureExtractor(language: language).box
    let templates = box.value.templates
    let singles = Set(Self.positions(templates, pairs: false))
    for position in box.pairTemplatesWithoutMiddle { #expect(!singles.contains(position)) }
    for position in box.singleTemplatesWithoutBefore { #expect(singles.contains(position)) }
    for position in Self.positions(templates, pairs: true) {
      guard let last = templates[position].middle.last else { continue }
      for listed in box.pairTemplates[last.hash, key: last.key] ?? [] {
        #expect(!singles.contains(listed))
      }
    }
  }

  /// Ranges and changes found through the index, in the languages whose data writes them.
  @Test(arguments: [
    ("fr", "Le bilan est passé de 12 à 19 morts dans la nuit.", "12"),
    ("fr", "Entre 300 et 400 familles ont quitté le quartier.", "300"),
    ("en", "Between 40 and 55 boats were damaged in the harbour.", "40"),
    ("de", "Zwischen 20 und 30 Häuser wurden evakuiert.", "20"),
    ("es", "Entre 15 y 18 viviendas quedaron sin luz.", "15"),
  ])
  func aPairIsFoundThroughTheIndex(_ language: String, _ sentence: String, _ first: String) {
    let figures = FigureExtractor(language: language).figures(in: sentence)
    #expect(
      figures.contains { $0.text.contains(first) && ($0.upper != nil || $0.changedFrom != nil) },
      "\(figures)")
  }
}
