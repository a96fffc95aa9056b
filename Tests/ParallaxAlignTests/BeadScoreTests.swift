import ParallaxAlign
import Testing

/// The scorer follows the bench README's definitions of strict and lax P/R/F1.
@Suite struct BeadScoreTests {
  @Test func parsesBeadLinesWithAndWithoutScores() throws {
    let groups = try #require(BeadScore.parse("[0, 1]:[2]:0.83\n[]:[3]\n[2]:[]:0.00\n"))
    #expect(groups.map(\.source) == [[0, 1], [], [2]])
    #expect(groups.map(\.target) == [[2], [3], []])
    #expect(BeadScore.parse("[0]-[1]") == nil)
    #expect(BeadScore.parse("[x]:[1]") == nil)
  }

  @Test func strictCountsEqualGroupsAndLaxCountsOverlaps() {
    let gold: [BeadScore.Group] = [([0], [0]), ([1, 2], [1]), ([], [2]), ([3], [3])]
    let predicted: [BeadScore.Group] = [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3])]
    let score = BeadScore(predicted: predicted, gold: gold)
    // Precision: [0]:[0] and [3]:[3] strict; [1]:[1] lax too; [2]:[2] neither.
    #expect(score.strictPrecision == 0.5)
    #expect(score.laxPrecision == 0.75)
    // Recall ignores the gold insertion: 2 of 3 strict, 3 of 3 lax.
    #expect(abs(score.strictRecall - 2.0 / 3.0) < 1e-9)
    #expect(score.laxRecall == 1)
  }

  @Test func anInsertionCountsInPrecisionOnly() {
    let gold: [BeadScore.Group] = [([0], [0]), ([], [1])]
    let right = BeadScore(predicted: [([0], [0]), ([], [1])], gold: gold)
    #expect(right.strictPrecision == 1 && right.strictRecall == 1)
    let wrong = BeadScore(predicted: [([0], [0, 1])], gold: gold)
    #expect(wrong.strictPrecision == 0)
    #expect(wrong.laxPrecision == 1)
    #expect(wrong.strictF1 == 0)
  }
}
