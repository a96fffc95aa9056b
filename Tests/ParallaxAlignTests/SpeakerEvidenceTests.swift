import ParallaxAlign
import ParallaxCorpus
import Testing

/// Who speaks is not what is said: two outlets' short reports on one invented flood, where
/// one paragraph pair shares only its speaker (the prefect, on two different matters) and
/// another shares its claim (230 people rescued in Vessac) under two different speakers.
/// Comparable mode links the claim pair and leaves the speaker pair apart.
@Suite struct SpeakerEvidenceTests {
  static let french = OffStoryTests.report(
    "fr-crue", "fr",
    [
      "Crue de la Morlaine : 230 habitants secourus à Vessac",
      "Les pompiers ont secouru 230 habitants bloqués sur les toits à Vessac après la rupture "
        + "d'une digue, a annoncé le préfet Étienne Barrault.",
      "Le préfet Étienne Barrault a déclaré que la décrue n'était pas attendue avant dimanche.",
      "Une cellule psychologique a été ouverte dans la salle des fêtes.",
    ])

  static let english = OffStoryTests.report(
    "en-flood", "en",
    [
      "Morlaine floods: 230 residents rescued in Vessac",
      "Prefect Etienne Barrault said that repairing the river banks would cost 4.5 million euros.",
      "Firefighters rescued 230 residents stranded on rooftops in Vessac after a dike gave way, "
        + "mayor Odile Ferrat told reporters.",
      "Schools in the valley will stay closed until Monday.",
    ])

  /// The rule on: the speaker's words weigh 0.3 of a claim word's weight (the default,
  /// 1, leaves it off until the corpus pairs it costs are won back; see `speakerWeight`).
  static var speakerRule: ComparableOptions {
    var options = ComparableOptions()
    options.speakerWeight = 0.3
    return options
  }

  static func links(
    _ a: Report, _ b: Report, unit: AlignmentUnit = .paragraph,
    options: ComparableOptions = speakerRule
  ) -> ReportAlignment {
    let extractor = AlignGold.extractor
    let result = Aligner().align(
      extractor.analyze(a), extractor.analyze(b), unit: unit, mode: .comparable,
      comparable: options)
    print(
      "speaker \(a.id) ↔ \(b.id) (\(unit.rawValue), speaker weight \(options.speakerWeight)): "
        + "\(result.links.map { "\($0.first)-\($0.second) \($0.score)" })")
    return result
  }

  @Test func theClaimPairIsLinkedAndTheSpeakerPairIsNot() {
    let result = Self.links(Self.french, Self.english)
    let pairs = Set(result.pairs.map { [$0.first, $0.second] })
    // 230 rescued in Vessac, said by the prefect in fr and by the mayor in en.
    #expect(pairs.contains([1, 2]))
    // The prefect on the flood's end (fr) and on the cost of repairs (en): the same speaker,
    // nothing said in common.
    #expect(!pairs.contains([2, 1]))
    #expect(!pairs.contains([1, 1]))
    #expect(result.unmatchedFirst.contains(2))
    #expect(result.unmatchedSecond.contains(1))
  }

  /// The same reports the other way round, and in sentence units (the speaker ranges are
  /// told in each sentence's own offsets).
  @Test func theSameHoldsBothWaysAndInSentences() {
    let reversed = Set(Self.links(Self.english, Self.french).pairs.map { [$0.first, $0.second] })
    #expect(reversed.contains([2, 1]))
    #expect(!reversed.contains([1, 2]))
    #expect(!reversed.contains([1, 1]))
    let sentences = Self.links(Self.french, Self.english, unit: .sentence)
    let linked = Set(sentences.pairs.map { [$0.first, $0.second] })
    #expect(linked.contains([1, 2]))
    #expect(!linked.contains([2, 1]))
  }

  /// With the speaker's words weighing as much as the claim's (`speakerWeight` 1, the rule
  /// off, today's default), the prefect's two paragraphs are linked on his name alone: the
  /// case this rule is for.
  @Test func withoutTheRuleTheSpeakerPairIsLinked() {
    let pairs = Set(
      Self.links(Self.french, Self.english, options: ComparableOptions()).pairs.map {
        [$0.first, $0.second]
      })
    #expect(pairs.contains([2, 1]))
  }
}
