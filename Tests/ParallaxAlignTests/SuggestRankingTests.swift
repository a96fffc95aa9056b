import Testing

@testable import ParallaxAlign

/// The parts of `glossary suggest`'s ranking: names found across scripts, competitive
/// linking of names, sub-phrase duplicates, stopwords from the language files.
@Suite struct SuggestRankingTests {
  @Test func namesAreFoundAcrossScriptsWholeAndWithoutClitics() {
    let miner = NameMiner()
    let text = "وقالت الرئيسة التنفيذية لهيليور كلير فاسور إن صندوق الواحة كابيتال نفى. هيليور"
    let found = miner.matches(
      ["Claire Vasseur", "Al-Waha Capital", "Hélior", "Paris"], in: text, language: "ar")
    let forms = Dictionary(uniqueKeysWithValues: found.map { ($0.name, $0.form) })
    #expect(forms["Claire Vasseur"] == "كلير فاسور")
    #expect(forms["Al-Waha Capital"] == "الواحة كابيتال")
    #expect(forms["Hélior"] == "هيليور")
    #expect(forms["Paris"] == nil, "\(forms)")
  }

  @Test func inAScriptWithCapitalsANameMustBeCapitalized() {
    let miner = NameMiner()
    #expect(miner.matches(["Турции"], in: "kauft durch die Mehrheit", language: "de").isEmpty)
    let found = miner.matches(["Томас Эквалль"], in: "said Tomas Ekvall today", language: "en")
    #expect(found.map(\.form) == ["Tomas Ekvall"])
  }

  @Test func aNameKeepsOnePartnerAndPartsOfABetterPairGo() {
    var pool = SuggestionPool(maximumEvidence: 5)
    let evidence = { (a: String, b: String) in
      SuggestionEvidence(
        firstReport: a, firstUnits: [1], secondReport: b, secondUnits: [1], note: "")
    }
    pool.add(.entity, "en", "Paris", "fr", "Paris", strength: 1, evidence: evidence("a", "b"))
    pool.add(.entity, "en", "Paris", "fr", "Bourse", strength: 0.9, evidence: evidence("a", "b"))
    pool.add(.entity, "en", "Paris", "tr", "Paris", strength: 1, evidence: evidence("a", "c"))
    pool.add(
      .entity, "ar", "كارايل إنرجي", "en", "Karayel Enerji", strength: 1,
      evidence: evidence("d", "a"))
    pool.add(.entity, "ar", "كارايل", "en", "Karayel", strength: 1, evidence: evidence("d", "a"))
    let ranked = TermSuggester.withoutParts(pool.ranked())
    let pairs = ranked.map { $0.first + " ↔ " + $0.second }
    #expect(pairs.contains("Paris ↔ Paris"))
    #expect(!pairs.contains("Paris ↔ Bourse"), "\(pairs)")
    #expect(ranked.filter { $0.first == "Paris" && $0.second == "Paris" }.count == 2)
    #expect(pairs.contains("كارايل إنرجي ↔ Karayel Enerji"))
    #expect(!pairs.contains("كارايل ↔ Karayel"), "\(pairs)")
    // Spelt alike: half.
    #expect(ranked.first { $0.secondLanguage == "fr" }?.score == 0.5)
  }

  @Test func stopwordsComeFromTheLanguageFilesAndICU() {
    let french = TermStopwords.of("fr")
    #expect(french.contains("les") && french.contains("deux") && !french.contains("pompiers"))
    #expect(TermStopwords.of("ru").contains("два"))
  }

  @Test func dateScaleAndCurrencyWordsAreNoTerms() {
    let french = TermStopwords.of("fr")
    #expect(french.contains("lundi") && french.contains("milliards") && french.contains("euros"))
    #expect(TermStopwords.of("en").contains("monday") && TermStopwords.of("en").contains("billion"))
    #expect(TermStopwords.of("ru").contains("млрд") && TermStopwords.of("ru").contains("евро"))
    #expect(!french.contains("concurrence") && !TermStopwords.of("en").contains("turkish"))
  }

  @Test func aNameIsCutToTheWordsTwoSpellingsShare() {
    #expect(
      TermSuggester.sharedPart("Ökostromerzeugers Karayel Enerji", "Karayel Enerji")
        == ("Karayel Enerji", "Karayel Enerji"))
    #expect(
      TermSuggester.sharedPart("KARAYEL", "Karayel Enerji") == ("KARAYEL", "Karayel"))
    #expect(TermSuggester.sharedPart("Rheinland Bank", "Banco") == ("Rheinland Bank", "Banco"))
    #expect(TermSuggester.sharedPart("Idleb", "Idlib") == ("Idleb", "Idlib"))
  }

  @Test func multiwordNamesArePairedByTheUnitsTheyShare() {
    var names = CooccurringNames()
    let unit = { (a: String, b: String) in
      SuggestionEvidence(
        firstReport: a, firstUnits: [7], secondReport: b, secondUnits: [3], note: "")
    }
    let authority = "Autorité turque de la concurrence"
    for report in ["fr1", "fr2", "fr3"] {
      names.count(
        [authority, "Rekabet Kurumu", "Ökostromerzeuger Karayel"], "fr",
        ["Turkish Competition Authority", "Karayel Enerji"], "en", evidence: unit(report, "en1"))
    }
    names.count(
      ["Rekabet Kurumu", "Banco del Duero"], "fr", ["Hélior"], "en", evidence: unit("fr4", "en2"))
    let pairs = names.pairs()
    #expect(pairs.map { $0.a + " ↔ " + $0.b } == [authority + " ↔ Turkish Competition Authority"])
    #expect(pairs.first?.evidence.count == 3 && pairs.first?.value == 1)
    // A name a known glossary renders in the other language is paired with nothing.
    var pool = SuggestionPool(maximumEvidence: 5)
    var evidence = NameEvidence()
    evidence.cooccurring = names
    var known = KnownTerms([
      AlignmentTerm(id: "tca", variants: ["en": ["Turkish Competition Authority"], "fr": ["x"]])
    ])
    evidence.add(to: &pool, weight: 1, known: &known)
    #expect(pool.ranked().isEmpty)
    // Seen together in one unit only: no pair.
    var once = CooccurringNames()
    once.count([authority], "fr", ["Turkish Competition Authority"], "en", evidence: unit("a", "b"))
    #expect(once.pairs().isEmpty)
  }

  @Test func aPairOfATermTheGlossaryRendersIsRankedDown() throws {
    let pairs = [
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
    let council = { (suggestions: [TermSuggestion]) in
      suggestions.first { $0.first == "council" && $0.second == "conseil" }?.score
    }
    let plain = try #require(council(TermSuggester().suggest([], extra: texts)))
    let known = [AlignmentTerm(id: "council", variants: ["fr": ["assemblée"], "en": ["council"]])]
    let ranked = try #require(council(TermSuggester(known: known).suggest([], extra: texts)))
    #expect(abs(ranked - plain * 0.5) < 0.002, "\(plain) → \(ranked)")
  }

  @Test func aPairSeenInOnePassageOfASideIsLeftOut() {
    // Two versions of one French report, each aligned with the same English paragraph.
    let copies = ["v1", "v2"].map { report in
      AlignedText(
        firstReport: report, firstLanguage: "fr", firstUnits: [0],
        firstText: "Le conseil condamne la frappe.", secondReport: "b", secondLanguage: "en",
        secondUnits: [0], secondText: "The council condemns the strike.")
    }
    let council = { (suggestions: [TermSuggestion]) in
      suggestions.contains { $0.first == "council" && $0.second == "conseil" }
    }
    #expect(!council(TermSuggester().suggest([], extra: copies)))
    let more =
      copies + [
        AlignedText(
          firstReport: "v1", firstLanguage: "fr", firstUnits: [1],
          firstText: "Le conseil vote.", secondReport: "b", secondLanguage: "en",
          secondUnits: [1], secondText: "The council votes.")
      ]
    #expect(council(TermSuggester().suggest([], extra: more)))
  }
}
