import ParallaxAlign
import Testing

/// The lexicon learner finds word pairs from aligned units, keeps function words that
/// co-occur with everything out, and is deterministic.
@Suite struct LexiconLearnerTests {
  static let pairs: [(source: [String], target: [String])] = [
    (["le", "chat", "dort"], ["the", "cat", "sleeps"]),
    (["le", "chien", "dort"], ["the", "dog", "sleeps"]),
    (["le", "chat", "mange"], ["the", "cat", "eats"]),
    (["le", "chien", "mange"], ["the", "dog", "eats"]),
    (["un", "chat", "noir"], ["a", "black", "cat"]),
    (["un", "chien", "noir"], ["a", "black", "dog"]),
    (["le", "chat", "noir", "dort"], ["the", "black", "cat", "sleeps"]),
  ]

  @Test func learnsTheWordPairs() {
    let entries = LexiconLearner().learn(Self.pairs)
    let best = Dictionary(grouping: entries, by: \.source).mapValues {
      $0.max { $0.score < $1.score }?.target
    }
    #expect(best["chat"] == "cat")
    #expect(best["chien"] == "dog")
    #expect(best["noir"] == "black")
    #expect(best["dort"] == "sleeps")
    #expect(entries.allSatisfy { $0.origin == .learned && $0.count >= 2 && $0.score <= 1 })
    #expect(!entries.contains { $0.source == "chat" && $0.target == "the" && $0.score > 0.5 })
  }

  @Test func isDeterministicAndSortedByScore() {
    let first = LexiconLearner().learn(Self.pairs)
    let second = LexiconLearner().learn(Self.pairs.reversed())
    #expect(first.map(\.source) == second.map(\.source))
    #expect(zip(first, first.dropFirst()).allSatisfy { $0.score >= $1.score })
  }

  @Test func nothingFromNothing() {
    #expect(LexiconLearner().learn([]).isEmpty)
    #expect(LexiconLearner().learn([([], ["a"])]).isEmpty)
  }
}
