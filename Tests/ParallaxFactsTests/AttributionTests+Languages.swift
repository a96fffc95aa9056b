import Testing

@testable import ParallaxFacts

/// The old attribution cases scored and printed per language (issue 9 asks for the old
/// suites beside the held-out cases). The floor is all of them, as the per-case test demands.
extension AttributionTests {
  /// Whether the first attribution of a case has its source, cue and content.
  static func isRight(_ index: Int) -> Bool {
    let (language, text, source, cue, inside, outside) = cases[index]
    guard let attribution = FactsTestSupport.facts(text, language).attributions.first else {
      return false
    }
    let content = attribution.content.slice(of: text)
    return attribution.source == (source.isEmpty ? nil : source) && attribution.cue == cue
      && content.contains(inside) && !(outside.map { content.contains($0) } ?? false)
  }

  @Test func oldCasesPerLanguage() {
    var lines: [String] = []
    for language in FactExtractor.supportedLanguages {
      let mine = Self.cases.indices.filter { Self.cases[$0].0 == language }
      let right = mine.filter(Self.isRight).count
      lines.append("old attribution cases \(language): \(right)/\(mine.count) right")
      #expect(right == mine.count, "\(language): old attribution cases under their floor (all)")
    }
    print(lines.joined(separator: "\n"))
  }
}
