import Foundation
import Testing

@testable import ParallaxFacts

/// Our own Recognizers-Text-format cases for Turkish, Arabic and Russian
/// (Tests/ParallaxFactsTests/Numbers/<Language>/<Model>.json), written for Parallax: digits
/// with each language's separators and digit scripts, number words of every size and
/// inflection, digits with scale words, fractions, negatives, percent forms, clitics and
/// suffixes left outside the span, and non-numbers (dates, phone numbers, references) that
/// must yield nothing. Scored like the bench (`RecognizersTextScorer`), with floors.
@Suite struct NumberCaseSpecTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Numbers")

  static let discovered = RecognizersTextScorer.discover(folder)

  /// "Language/Model" to floor %: the scores reached; they only go up.
  static let floors: [String: Double] = [
    "Turkish/NumberModel": 100,
    "Turkish/PercentModel": 100,
    "Arabic/NumberModel": 100,
    "Arabic/PercentModel": 100,
    "Russian/NumberModel": 100,
    "Russian/PercentModel": 100,
    // Cases written after the rules (issue 9, factseast), of the kinds the held-out specs hold.
    "Turkish/NumberModel2": 100,
    "Turkish/PercentModel2": 100,
    "Arabic/NumberModel2": 100,
    "Arabic/PercentModel2": 100,
    "Russian/NumberModel2": 100,
    "Russian/PercentModel2": 100,
    // Held-out cases (session 6), written by a native-speaker reviewer who had seen neither the
    // rules nor the earlier cases; first measured on main at 4bb136e: tr 128/136, ar 123/132,
    // ru 118/126; raised to session 6's merged number rules (numbers4, which never saw them):
    // 129, 124, 119. Read and fixed by class in session 7 (numbers5; NumberModel3 is spent as a
    // held-out measure): 136, 130, 125. Session 8 (numbers6) settled the span convention on
    // NumberModel4's (Arabic proclitics and the article outside the span, Russian "тыс."
    // without its dot): Arabic 132. The Russian miss left is a case of this file that puts
    // the dot of "тыс." inside, against that convention.
    "Turkish/NumberModel3": 100,
    "Arabic/NumberModel3": 100,
    "Russian/NumberModel3": 99.2,
    // Held-out cases (session 7), written by a native-speaker reviewer who had seen neither the
    // rules nor the earlier cases (Numbers/README-NumberModel4.md); first measured on main at
    // cec8c2a, before session 7's number rules: tr 153/178, ar 156/171, ru 141/155; raised to
    // the merge of session 7's number rules (numbers5, which never saw them): 159, 157, 144.
    // Read and fixed by class in session 8 (numbers6; NumberModel4 is spent as a held-out
    // measure): 176, 171, 155.
    "Turkish/NumberModel4": 98.8,
    "Arabic/NumberModel4": 100,
    "Russian/NumberModel4": 100,
    // Held-out cases (session 8), written by a native-speaker reviewer who had seen neither the
    // rules nor the earlier cases (Numbers/README-NumberModel5.md), while NumberModel4's misses
    // were being fixed; first measured on main at ccb2fda, before session 8's number rules:
    // tr 145/158, ar 139/158, ru 137/151; raised to the merge of session 8's number rules
    // (numbers6, which never saw them): 148, 152, 145.
    "Turkish/NumberModel5": 93.6,
    "Arabic/NumberModel5": 96.2,
    "Russian/NumberModel5": 96.0,
  ]

  /// Minimum case counts per model, so that a truncated file cannot pass.
  static let minimumCases = [
    "NumberModel": 120, "PercentModel": 40, "NumberModel2": 40, "PercentModel2": 12,
    "NumberModel3": 120, "NumberModel4": 150, "NumberModel5": 140,
  ]

  @Test func everyLanguageHasBothModels() {
    let found = Set(NumberCaseSpecTests.discovered.specs.map { "\($0.folder)/\($0.name)" })
    #expect(NumberCaseSpecTests.discovered.unknown.isEmpty)
    for key in NumberCaseSpecTests.floors.keys { #expect(found.contains(key), "missing \(key)") }
  }

  @Test(arguments: NumberCaseSpecTests.discovered.specs)
  func accuracy(_ spec: RecognizersTextScorer.Spec) throws {
    let score = try RecognizersTextScorer.score(spec, excluding: [])
    RecognizersTextScorer.report("own number cases", spec, score)
    let floor = NumberCaseSpecTests.floors["\(spec.folder)/\(spec.name)"] ?? 97
    #expect(score.total >= NumberCaseSpecTests.minimumCases[spec.name] ?? 1)
    #expect(score.percent >= floor, "\(spec.folder) \(spec.name) under its floor \(floor) %")
  }
}
