import ParallaxAlign
import Testing

/// The lexicon learner over texts (the one lexicon code of the aligner, `align --tm` and
/// `glossary suggest`): multiword terms, function words kept off a term's edges, Dice.
@Suite struct TermLearningTests {
  static let texts: [(source: String, target: String)] = [
    ("Les forces armées ont tiré.", "The armed forces fired."),
    ("Les forces armées reculent.", "The armed forces retreat."),
    ("Le conseil de sécurité se réunit.", "The security council meets."),
    ("Le conseil de sécurité a voté.", "The security council voted."),
    ("Les forces armées et le conseil de sécurité.", "The armed forces and the security council."),
  ]

  @Test func learnsMultiwordTermsWithTheirWrittenForm() {
    let entries = LexiconLearner().learn(
      texts: Self.texts, sourceLanguage: "fr", targetLanguage: "en", phraseLength: 3,
      foldedForms: false, functionWords: (["les", "le", "de", "et", "a", "se"], ["the", "and"]))
    let pairs = Set(entries.map { $0.source + " ↔ " + $0.target })
    #expect(entries.contains { $0.source.contains(" ") || $0.target.contains(" ") })
    #expect(!entries.contains { $0.source.hasPrefix("Les ") || $0.target.hasPrefix("The ") })
    #expect(!entries.contains { $0.source == "de" || $0.target == "the" })
    let council = entries.first { $0.source == "conseil de sécurité" }
    #expect(council != nil, "\(pairs.sorted())")
    #expect(entries.allSatisfy { $0.dice > 0 && $0.dice <= 1 && $0.count >= 2 })
  }

  @Test func foldedFormsKeyTheAlignersLexicon() {
    let entries = LexiconLearner().learn(
      texts: Self.texts, sourceLanguage: "fr", targetLanguage: "en")
    #expect(entries.allSatisfy { !$0.source.contains(" ") && $0.source == $0.source.lowercased() })
    #expect(entries.contains { $0.source == "securite" || $0.source == "sécurité" })
  }

  @Test func diceIsOneForPairsAlwaysTogether() {
    let entries = LexiconLearner().learn([
      (["chat", "noir"], ["black", "cat"]), (["chat", "blanc"], ["white", "cat"]),
      (["chien", "noir"], ["black", "dog"]),
    ])
    let cat = entries.first { $0.source == "chat" && $0.target == "cat" }
    #expect(cat?.dice == 1)
  }

  @Test func suggesterLeavesKnownPairsOut() throws {
    let pairs = [
      ("Damas répond vite.", "Damascus replies quickly."),
      ("Le conseil condamne Damas.", "The council condemns Damascus."),
      ("Ankara accuse Damas.", "Ankara accuses Damascus."),
      ("Moscou soutient Damas.", "Moscow supports Damascus."),
      ("Le conseil se réunit.", "The council meets."),
      ("Le conseil vote.", "The council votes."),
    ]
    let texts = pairs.enumerated().map { index, pair in
      AlignedText(
        firstReport: "a", firstLanguage: "fr", firstUnits: [index], firstText: pair.0,
        secondReport: "b", secondLanguage: "en", secondUnits: [index], secondText: pair.1)
    }
    let all = TermSuggester().suggest([], extra: texts)
    // Languages in order: English first.
    let damascus = try #require(
      all.first { $0.first == "Damascus" && $0.second == "Damas" },
      "\(all.map { $0.first + " ↔ " + $0.second })")
    #expect(damascus.kinds == [.term])
    #expect(damascus.evidence.count == 4)
    #expect(all.contains { $0.first == "council" && $0.second == "conseil" })
    let known = [AlignmentTerm(id: "damascus", variants: ["fr": ["Damas"], "en": ["Damascus"]])]
    let left = TermSuggester(known: known).suggest([], extra: texts)
    #expect(!left.contains { $0.first == "Damascus" && $0.second == "Damas" })
    #expect(left.contains { $0.first == "council" && $0.second == "conseil" })
  }
}
