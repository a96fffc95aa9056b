import Testing

@testable import ParallaxCompare
@testable import ParallaxFacts

/// The compare fixes the held-out story (`Fixtures/story3`) called for, one test each.
@Suite struct HeldOutStoryFixTests {
  @Test func aPersonInsideASourcesTitleIsFoundInEveryScript() {
    var namer = SourceNamer(names: Glossary())
    let aksoy = EntityKey(name: "Selim Aksoy")
    namer.knownPeople = [aksoy, EntityKey(name: "Ferit Oral")]
    #expect(namer.knownPerson(in: "Provinzgouverneurs Selim Aksoy")?.latin == aksoy.latin)
    #expect(namer.knownPerson(in: "والي أورسونا سليم أقصوي في مؤتمر صحفي")?.latin == aksoy.latin)
    #expect(namer.knownPerson(in: "the company") == nil)
    #expect(namer.knownPerson(in: "Selim") == nil)
  }

  @Test func theGovernorIsOneSourceInTurkishGermanAndArabic() throws {
    let governor = try #require(
      HeldOutStoryTests.diff.sources.first { $0.source.id == HeldOutStoryTests.governorID })
    let languages = Set(governor.names.compactMap { $0.split(separator: " ").first })
    #expect(languages.isSuperset(of: ["tr", "de", "ar"]))
  }

  @Test func aHeadlineRepeatingItsLeadsFigureHasTheLeadsSource() throws {
    let headline = { (diff: StoryDiff) in
      diff.measures.flatMap(\.mentions).first {
        $0.report.hasSuffix("de-rheinbote.nitf.xml") && $0.evidence.paragraph == 0
      }
    }
    let repeated = try #require(headline(HeldOutStoryTests.diff))
    #expect(repeated.figure.value.doubleValue == 19)
    #expect(repeated.source.id == HeldOutStoryTests.governorID)
    // Without repeats, the headline keeps its own speaker, the word after its colon
    // (`Fährunglück vor Orsuna: Gouverneur spricht von 19 Toten`), never the words before it;
    // that bare title is the governor the lead names (`Provinzgouverneurs Selim Aksoy`).
    let plain = StoryDiff(HeldOutStoryTests.story, names: CompareTestSupport.names, repeats: false)
    let own = try #require(headline(plain))
    #expect(own.source.id == HeldOutStoryTests.governorID)
    #expect(own.sourceSurface == "Gouverneur")
    // de ¶3 `17` is the coast guard's (`Die türkische Küstenwache nannte … Zahl von 17 Toten`).
    let seventeen = HeldOutStoryTests.diff.measures.flatMap(\.mentions).first {
      $0.report.hasSuffix("de-rheinbote.nitf.xml") && $0.figure.value.doubleValue == 17
    }
    #expect(seventeen?.source.id == "body:coast-guard")
  }

  @Test func theMissingAreNotACumulativeCount() throws {
    #expect(CompareLexicon.cumulativeEvents.contains("killed"))
    #expect(!CompareLexicon.cumulativeEvents.contains("missing"))
    let missing = try #require(
      HeldOutStoryTests.diff.measures.first { $0.key.hasPrefix("missing") })
    #expect(!missing.isCumulative)
    // The coast guard, one source in every language since the bodies table, falls
    // 40 → 32 → 26 across the day (fr v1, then tr/en/de, then ar/fr v2).
    let coastGuard = try #require(missing.series.first { $0.source.id == "body:coast-guard" })
    #expect(coastGuard.values == ["40", "32", "26"])
    #expect(coastGuard.trend == .fell)
    #expect(coastGuard.reports.count >= 5)
  }
}
