import Foundation
import ParallaxAlign
import ParallaxCorpus
import ParallaxFacts
import Testing

/// Comparable (auto) mode on every `align:` line of the `Corpus/` story READMEs: precision
/// and recall of the links and of the units with no counterpart, per pair and overall.
@Suite struct ComparableCorpusTests {
  /// Aligns one gold pair; nil when a report is missing.
  static func align(_ pair: AlignGold.Pair, mode: AlignmentMode, unit: AlignmentUnit = .paragraph)
    -> ReportAlignment?
  {
    guard let first = AlignGold.report(pair.first, story: pair.story),
      let second = AlignGold.report(pair.second, story: pair.story)
    else { return nil }
    return Aligner().align(
      AlignGold.extractor.analyze(first), AlignGold.extractor.analyze(second), unit: unit,
      mode: mode)
  }

  static func counts(_ pair: AlignGold.Pair, _ result: ReportAlignment) -> (LinkCounts, LinkCounts)
  {
    var links = LinkCounts()
    links.add(predicted: Set(result.pairs.map { [$0.first, $0.second] }), gold: pair.links)
    var alone = LinkCounts()
    let predictedAlone = Set(
      result.unmatchedFirst.map { [0, $0] } + result.unmatchedSecond.map { [1, $0] })
    // Units the gold line does not mention are not scored as alone.
    let mentioned = Set(pair.links.flatMap { [[0, $0[0]], [1, $0[1]]] }).union(pair.alone)
    alone.add(predicted: predictedAlone.intersection(mentioned), gold: pair.alone)
    return (links, alone)
  }

  @Test func storyPairsInAutoMode() throws {
    let pairs = AlignGold.pairs().filter { !$0.translation }
    #expect(pairs.count >= 16, "the story READMEs' align: lines were not read")
    var links = LinkCounts()
    var alone = LinkCounts()
    // The pairs the floors of 2026-12-06 were set on (all but the seed against the reports
    // other than fr-quotidien.txt and en-wire.rss#0, whose gold came later), and the seed
    // against every report of its story.
    var earlier = (links: LinkCounts(), alone: LinkCounts())
    var seed = (links: LinkCounts(), alone: LinkCounts())
    var seedPairs = 0
    for pair in pairs {
      guard let result = Self.align(pair, mode: .auto) else {
        Issue.record("\(pair.story): cannot load \(pair.first) or \(pair.second)")
        continue
      }
      let (l, a) = Self.counts(pair, result)
      links += l
      alone += a
      let isSeed = pair.first.hasPrefix("seed:")
      if !isSeed || ["fr-quotidien.txt", "en-wire.rss#0"].contains(pair.second) {
        earlier.links += l
        earlier.alone += a
      }
      if isSeed {
        seedPairs += 1
        seed.links += l
        seed.alone += a
      }
      if pair.heading.contains("UPDATE") {
        // Versions of one text must come out exactly right.
        #expect(l.f1 == 1 && a.f1 == 1, "\(pair.heading): \(l.text), alone \(a.text)")
        #expect(result.decision.versions, "\(pair.heading): \(result.decision.reason)")
      }
      print(
        "comparable \(pair.story) \(pair.first) ↔ \(pair.second): links \(l.text), alone \(a.text), "
          + "mode \(result.decision.mode.rawValue)\(result.decision.versions ? " (versions)" : "")")
      let gold = pair.links.map { "\($0[0])-\($0[1])" }.sorted()
      let got = result.pairs.map { "\($0.first)-\($0.second)" }.sorted()
      print("  \(result.decision.reason)")
      print("  gold \(gold)\n  got  \(got) moved \(result.links.filter(\.moved).map(\.first))")
    }
    print("comparable overall: links \(links.text), alone \(alone.text)")
    print(
      "comparable, pairs of 2026-12-06: links \(earlier.links.text), alone \(earlier.alone.text)")
    print(
      "comparable, seed against each report: links \(seed.links.text), alone \(seed.alone.text)")
    // Floors at the score of 2026-12-06 with the seed pairs (links F1 0.939, alone F1 0.805),
    // on the pairs they were set on.
    // Raised on 2026-12-07 (merges of units that are not adjacent, continuations): links
    // F1 0.95, alone F1 0.84.
    // Raised on 2026-12-07 (function words weigh less, weak keys never link alone, the
    // seed's lead is its summary): links F1 0.960, alone F1 0.857.
    #expect(earlier.links.f1 >= 0.95, "links \(earlier.links.text)")
    #expect(earlier.alone.f1 >= 0.85, "alone \(earlier.alone.text)")
    #expect(seedPairs >= 10, "the seed-against-report gold was not read")
    // Floors at the first score of the seed against every report (2026-12-07). The alone
    // floor was set at the exact score of the aligner's branch (0.7304: 40 of 51 units left
    // alone right); with the facts of the measures branch merged, the Russian report gains
    // entity anchors and one seed paragraph the gold leaves alone joins a link (ru 5/5/7 →
    // 4/4/7; links unchanged), so 0.72 (39/50/58). Lowered once, in the open: see the session
    // note of 2026-12-07.
    // Raised on 2026-12-07 by the same changes: seed links 0.59 → 0.661 (fr-echo.txt 0.00 →
    // 0.57, the off-story en-wire.rss#2 no longer linked), seed alone 0.72 → 0.781; overall
    // links 0.84 → 0.863, alone 0.78 → 0.820.
    #expect(seed.links.f1 >= 0.65, "seed links \(seed.links.text)")
    #expect(seed.alone.f1 >= 0.77, "seed alone \(seed.alone.text)")
    #expect(links.f1 >= 0.86, "links \(links.text)")
    #expect(alone.f1 >= 0.81, "alone \(alone.text)")
  }

  /// A bead that joins units that are not adjacent: en-wire.rss#1 tells the toll (¶1) and the
  /// wounded (¶3) apart, ru-vestnik.html retells both in its ¶3; and a continuation: the
  /// earlier tolls ar-almasdar.html gives in a paragraph of their own (¶2) join the link of
  /// en-wire.rss#1 ¶1.
  @Test func mergesOfUnitsThatAreNotAdjacent() throws {
    let pairs = AlignGold.pairs()
    let russian = try #require(pairs.first { $0.heading.hasPrefix("en-wire.rss#1 ↔ ru-vestnik") })
    let result = try #require(Self.align(russian, mode: .auto))
    let merged = result.links.first { $0.second == [3] }
    print("en-wire.rss#1 ↔ ru-vestnik.html: ru ¶3 linked with en \(merged?.first ?? [])")
    #expect(merged?.first == [1, 3])
    let arabic = try #require(pairs.first { $0.heading.hasPrefix("en-wire.rss#1 ↔ ar-almasdar") })
    let continued = try #require(Self.align(arabic, mode: .auto)).links.first { $0.first == [1] }
    #expect(continued?.second == [1, 2])
  }

  @Test func translationsInParallelMode() throws {
    let pairs = AlignGold.pairs().filter(\.translation)
    #expect(pairs.count >= 4, "the README translation sections were not read")
    var links = LinkCounts()
    for pair in pairs {
      guard let result = Self.align(pair, mode: .parallel) else {
        Issue.record("\(pair.story): cannot load \(pair.first) or \(pair.second)")
        continue
      }
      let (l, _) = Self.counts(pair, result)
      links += l
      print("translation \(pair.first) ↔ \(pair.second): links \(l.text)")
      let auto = Self.align(pair, mode: .auto)
      print("  auto: \(auto?.decision.reason ?? "-")")
    }
    print("translation overall: links \(links.text)")
    #expect(links.f1 >= 0.9, "links \(links.text)")
  }
}

/// Sentence units: the splitter's sentences of each paragraph, numbered across the report,
/// each mapped to its paragraph.
@Suite struct SentenceUnitTests {
  @Test func sentenceLinksOfAnUpdateFallInTheGoldParagraphPairs() throws {
    let pairs = AlignGold.pairs().filter { $0.heading.contains("UPDATE") }
    #expect(pairs.count >= 2)
    for pair in pairs {
      let result = try #require(ComparableCorpusTests.align(pair, mode: .auto, unit: .sentence))
      #expect(result.unit == .sentence)
      #expect(result.firstParagraphs.count == result.firstCount)
      #expect(result.secondParagraphs.count == result.secondCount)
      #expect(result.firstCount >= Set(result.firstParagraphs).count && result.firstCount >= 7)
      let paragraphPairs = result.pairs.map {
        [result.firstParagraphs[$0.first], result.secondParagraphs[$0.second]]
      }
      let inGold = paragraphPairs.filter { pair.links.contains($0) }.count
      let precision = Double(inGold) / Double(max(paragraphPairs.count, 1))
      print(
        "sentences \(pair.first) ↔ \(pair.second): \(result.firstCount) × \(result.secondCount), "
          + "\(paragraphPairs.count) links, \(inGold) in gold paragraph pairs")
      #expect(precision >= 0.9)
      #expect(paragraphPairs.count >= result.firstCount / 2)
    }
  }
}
