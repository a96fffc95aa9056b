import Foundation
import Testing

@testable import ParallaxFacts

/// The later rounds of held-out cases of issue 9, each written by native-speaker reviewers who
/// had seen neither the rules nor the earlier rounds' sentences, scored exactly as
/// `HeldOutCaseTests` (same parser, verdict and table, through `HeldOutCaseTests.holdFloor`);
/// each fails under a floor per language. `PARALLAX_HELD_OUT=misses` lists the lines not
/// fully right.
/// - Round 2 (`HeldOutCases2/<lang>.tsv`, session 4): about 40 lines per language in the
///   styles of wires, TV sites, regional papers, live blogs, headlines and press-release
///   rewrites.
/// - Round 3 (`HeldOutCases3/<lang>.tsv`, session 5): about 70 lines per language, weighted
///   towards sources (titled people, long names of bodies, sources after the verb, oblique
///   cases, channels), never shown to the rule writers of that session.
/// - Round 4 (`HeldOutCases4/<lang>.tsv`, session 6): about 70 lines per language in many outlet
///   styles, with sources given in the sentence before and lines holding several figures;
///   written while round 3's misses were being fixed, never shown to those rule writers.
/// - Round 5 (`HeldOutCases5/<lang>.tsv`, session 7): 57–90 lines per language, about half of
///   them testing a source (sources in the sentence before, two speakers, status cues, wire
///   slugs), written while round 4's misses were being fixed, never shown to those rule writers.
/// - Round 6 (`HeldOutCases6/<lang>.tsv`, session 8): 66–71 lines per language: rising,
///   running and earlier tolls, spokespeople and long titles, acronyms, bodies named in another
///   language or script, sources after a quote, denials, and numbers beside years, ages,
///   addresses, phones and money that are not counts; written while round 5's misses were being
///   fixed, never shown to those rule writers.
@Suite struct HeldOutRoundTests {
  /// One round: its number, its folder, and its floors per language (lines fully right,
  /// numbers, measures, sources right). Floors only rise.
  struct Round: Sendable, CustomTestStringConvertible {
    var number: Int
    var folder: URL
    var floors: [String: HeldOutCaseTests.Floor]
    var testDescription: String { "round \(number)" }
  }

  static func folder(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(name)
  }

  static let rounds = [
    // First measured with main at 62db1e9 (the cases were written before session 4's facts
    // rules, which never saw them), raised to the merged main of that session; then to
    // session 5's source rules (srcwest de/en/es/fr, srceast ar/ru/tr, which fixed classes
    // these lines showed); de, en, ru to session 6's factswest4 and factseast4.
    Round(
      number: 2, folder: folder("HeldOutCases2"),
      floors: [
        "ar": .init(full: 40, numbers: 42, measures: 33, sources: 34),
        "de": .init(full: 38, numbers: 40, measures: 27, sources: 35),
        "en": .init(full: 41, numbers: 44, measures: 34, sources: 39),
        "es": .init(full: 39, numbers: 41, measures: 28, sources: 35),
        "fr": .init(full: 41, numbers: 42, measures: 32, sources: 38),
        "ru": .init(full: 40, numbers: 40, measures: 30, sources: 34),
        "tr": .init(full: 40, numbers: 41, measures: 27, sources: 33),
      ]),
    // First measured with main at b3aa583 (ar 41, de 35, en 46, es 38, fr 44, ru 43, tr 40
    // fully right), raised to the merged main of session 5, whose rules never saw them; then to
    // session 6's factswest4 (de, en, es, fr) and factseast4 (ar, ru, tr), whose rules were
    // written after reading them: from then on these lines are rule cases, no longer held out.
    Round(
      number: 3, folder: folder("HeldOutCases3"),
      floors: [
        "ar": .init(full: 53, numbers: 64, measures: 46, sources: 52),
        "de": .init(full: 54, numbers: 66, measures: 48, sources: 50),
        "en": .init(full: 62, numbers: 70, measures: 54, sources: 61),
        "es": .init(full: 56, numbers: 62, measures: 48, sources: 53),
        "fr": .init(full: 59, numbers: 65, measures: 48, sources: 54),
        "ru": .init(full: 57, numbers: 66, measures: 47, sources: 55),
        "tr": .init(full: 51, numbers: 65, measures: 43, sources: 51),
      ]),
    // First measured with main at 4bb136e (ar 34, de 31, en 39, es 36, fr 33, ru 47, tr 35 fully
    // right), raised to the merge of session 6's rules, written for round 3's classes without
    // seeing these lines; ar and tr raised to session 7's factseast5 (written from this round's
    // misses listing: from then on these lines are rule cases, no longer held out); de, en, es, fr
    // to session 7's factswest5 (rules written from this round's misses listing likewise); ar, ru,
    // tr raised to session 8's factseast6 (rules written from round 5's misses listing).
    Round(
      number: 4, folder: folder("HeldOutCases4"),
      floors: [
        "ar": .init(full: 48, numbers: 71, measures: 46, sources: 51),
        "de": .init(full: 40, numbers: 65, measures: 45, sources: 36),
        "en": .init(full: 43, numbers: 64, measures: 42, sources: 44),
        "es": .init(full: 41, numbers: 61, measures: 46, sources: 43),
        "fr": .init(full: 44, numbers: 60, measures: 45, sources: 46),
        "ru": .init(full: 54, numbers: 74, measures: 47, sources: 59),
        "tr": .init(full: 45, numbers: 66, measures: 43, sources: 41),
      ]),
    // First measured with main at 79f6245 (the end of session 6), before session 7's rules,
    // whose writers never saw these lines. Session 7's numbers5 (tr/ar/ru number classes, from
    // NumberModel3's misses) raised tr here and tr in rounds 3 and 4, ar in round 4; its clone
    // held this round and its misses listing (which names no round) showed these lines' misses
    // beside rounds 2-4's, so round 5's number lines in tr/ar/ru are not strictly unseen. Raised to the merge of
    // session 7 (fully right ar 54, de 35 -> 37, en 41 -> 42, es 35 -> 36, fr 33, ru 62 -> 63,
    // tr 46 -> 48); de, en, es, fr raised to session 8's factswest6 (data written from this round's
    // misses listing: from then on these lines are rule cases, no longer held out): fully right de 43,
    // en 48, es 45, fr 43. Rounds 2-4 en, es, fr raised with it (measure phrases of several words).
    // Then ar, ru, tr to session 8's factseast6, written from this round's misses
    // listing (ar 61, ru 69, tr 51): from then on these lines are rule cases, no longer held out.
    Round(
      number: 5, folder: folder("HeldOutCases5"),
      floors: [
        "ar": .init(full: 61, numbers: 87, measures: 68, sources: 40),
        "de": .init(full: 43, numbers: 54, measures: 47, sources: 41),
        "en": .init(full: 48, numbers: 56, measures: 47, sources: 41),
        "es": .init(full: 45, numbers: 53, measures: 46, sources: 43),
        "fr": .init(full: 43, numbers: 59, measures: 43, sources: 37),
        "ru": .init(full: 69, numbers: 86, measures: 64, sources: 36),
        "tr": .init(full: 51, numbers: 80, measures: 57, sources: 34),
      ]),
    // First measured with main at d27626d (the end of session 7), before session 8's rules,
    // whose writers never saw these lines (their clones were made before the round existed):
    // fully right ar 37, de 46, en 45, es 42, fr 48, ru 38, tr 32. Raised to the merge of session 8
    // (factswest6, factseast6, numbers6, story11): ar 38, de 47, en 47, es 45, fr 49, ru 41, tr 34.
    Round(
      number: 6, folder: folder("HeldOutCases6"),
      floors: [
        "ar": .init(full: 38, numbers: 68, measures: 43, sources: 42),
        "de": .init(full: 47, numbers: 62, measures: 47, sources: 42),
        "en": .init(full: 47, numbers: 64, measures: 46, sources: 39),
        "es": .init(full: 45, numbers: 60, measures: 43, sources: 44),
        "fr": .init(full: 49, numbers: 66, measures: 48, sources: 44),
        "ru": .init(full: 41, numbers: 65, measures: 45, sources: 45),
        "tr": .init(full: 34, numbers: 65, measures: 40, sources: 37),
      ]),
  ]

  @Test(arguments: rounds) func everyLanguageHasAFileAndAFloor(round: Round) throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: round.folder.path)
      .filter { $0.hasSuffix(".tsv") }.map { String($0.dropLast(4)) }.sorted()
    #expect(files == HeldOutCaseTests.languages)
    #expect(Set(round.floors.keys) == Set(HeldOutCaseTests.languages))
  }

  @Test(arguments: rounds, HeldOutCaseTests.languages)
  func casesHoldTheirFloor(round: Round, language: String) throws {
    try HeldOutCaseTests.holdFloor(
      language, folder: round.folder, floors: round.floors,
      title: "held-out cases round \(round.number)")
  }
}
