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
}
