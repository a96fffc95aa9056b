import Testing

@testable import ParallaxAlign

/// `glossary suggest` finds multiword terms whose head is lowercase (`the coast guard` ↔ `la
/// garde côtière`), paired by the aligned units they recur in; a pair of phrases seen
/// together in one passage only is a coincidence and is left out. The texts are written
/// for this test (three English reports of a storm and their French versions).
@Suite struct PhraseSuggestTests {
  static let reports: [[(String, String)]] = [
    [
      (
        "The coast guard rescued sailors near the harbour.",
        "La garde côtière a secouru des marins près du port."
      ),
      (
        "The health ministry opened a crisis unit in the town hall.",
        "Le ministère de la santé a ouvert une cellule de crise à la mairie."
      ),
      (
        "A fishing boat sank off the cape during the storm.",
        "Un bateau de pêche a coulé au large du cap pendant la tempête."
      ),
    ],
    [
      (
        "The coast guard searched the bay all night.",
        "La garde côtière a fouillé la baie toute la nuit."
      ),
      (
        "The health ministry said the water was safe to drink.",
        "Le ministère de la santé a déclaré que l'eau était potable."
      ),
    ],
    [
      (
        "Divers sent by the coast guard found the wreck at dawn.",
        "Des plongeurs envoyés par la garde côtière ont retrouvé l'épave à l'aube."
      ),
      (
        "According to the health ministry, dozens of people were treated.",
        "Selon le ministère de la santé, des dizaines de personnes ont été soignées."
      ),
    ],
  ]

  static var texts: [AlignedText] {
    reports.enumerated().flatMap { report, units in
      units.enumerated().map { index, unit in
        AlignedText(
          firstReport: "en\(report)", firstLanguage: "en", firstUnits: [index],
          firstText: unit.0, secondReport: "fr\(report)", secondLanguage: "fr",
          secondUnits: [index], secondText: unit.1)
      }
    }
  }

  @Test func lowercaseTermPairsAreInTheTopTen() {
    let suggestions = TermSuggester().suggest([], extra: Self.texts)
    let top = suggestions.prefix(10).map { $0.first + " ↔ " + $0.second }
    #expect(top.contains("coast guard ↔ garde côtière"), "\(top)")
    #expect(top.contains("health ministry ↔ ministère de la santé"), "\(top)")
    let all = suggestions.map { $0.first + " ↔ " + $0.second }
    // One passage: a coincidence, whatever else it holds.
    #expect(
      !all.contains { $0.contains("fishing boat") || $0.contains("bateau de pêche") }, "\(all)")
    #expect(!all.contains("coast guard ↔ ministère de la santé"), "\(all)")
  }

  @Test func aPhraseOnlyInsideALongerOneIsNoTerm() {
    let pairs = RecurringPhrases().pairs(Self.texts, lexicon: [])
    let found = pairs.map { $0.first + " ↔ " + $0.second }
    #expect(found.contains("health ministry ↔ ministère de la santé"), "\(found)")
    #expect(!found.contains { $0.hasSuffix("↔ ministère de la") || $0.hasSuffix("↔ santé") })
    #expect(pairs.allSatisfy { $0.texts.count == 3 && $0.consistency == 1 }, "\(found)")
  }

  @Test func aPhraseSeenInOnePassageOfASideIsNoTerm() {
    // The first report pair twice (two versions of one French report): one passage each.
    let copies = Self.texts.filter { $0.firstReport == "en0" }.flatMap { text in
      ["fr0", "fr0-v2"].map { report in
        var copy = text
        copy.secondReport = report
        return copy
      }
    }
    #expect(RecurringPhrases().pairs(copies, lexicon: []).isEmpty)
  }

  @Test func aLowercaseTermPairsWithANameOfCommonWords() {
    let units = [
      (
        "The competition authority must approve the Norlis deal.",
        "L'Autorité de la concurrence doit approuver l'accord Norlis."
      ),
      (
        "Norlis shares rose after the competition authority ruled.",
        "Les actions Norlis ont monté après l'avis de l'Autorité de la concurrence."
      ),
    ]
    let texts = units.enumerated().map { index, unit in
      AlignedText(
        firstReport: "en\(index)", firstLanguage: "en", firstUnits: [0], firstText: unit.0,
        secondReport: "fr\(index)", secondLanguage: "fr", secondUnits: [0], secondText: unit.1)
    }
    let found = RecurringPhrases().pairs(texts, lexicon: [], names: (["norlis"], ["norlis"]))
      .map { $0.first + " ↔ " + $0.second }
    #expect(found == ["competition authority ↔ Autorité de la concurrence"], "\(found)")
    // Both sides capitalized: names, paired elsewhere.
    let capitalized = texts.map { text in
      var copy = text
      copy.firstText = text.firstText.replacingOccurrences(
        of: "competition authority", with: "Competition Authority")
      return copy
    }
    #expect(RecurringPhrases().pairs(capitalized, lexicon: [], names: ([], [])).isEmpty)
  }
}
