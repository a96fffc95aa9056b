import Foundation
import ParallaxAlign
import Testing

/// Each part of the score earns its place: on the Bleualign dev set, dropping it lowers the
/// strict F1 (the numbers are printed; README and AlignerOptions quote them).
@Suite struct WeightTests {
  static let folder = "../shared/bench/align/bleualign-dev/"

  static func f1(_ options: AlignerOptions) throws -> Double {
    func lines(_ name: String) throws -> [String] {
      var lines = try String(contentsOfFile: folder + name, encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if lines.last == "" { lines.removeLast() }
      return lines
    }
    let gold = try #require(
      BeadScore.parse(try String(contentsOfFile: folder + "dev.defr", encoding: .utf8)))
    let alignment = Aligner(options: options).align(
      AlignmentSide(units: try lines("dev.de"), language: "de"),
      AlignmentSide(units: try lines("dev.fr"), language: "fr"))
    return BeadScore(predicted: alignment.beads.map { ($0.source, $0.target) }, gold: gold)
      .strictF1
  }

  @Test func everyTermHelpsOnTheDevSet() throws {
    let full = try Self.f1(AlignerOptions())
    var ablations: [(String, AlignerOptions)] = []
    var options = AlignerOptions()
    options.minimumLearningBeads = .max
    ablations.append(("no learned lexicon", options))
    options = AlignerOptions()
    options.lengthWeight = 0
    ablations.append(("no length term", options))
    options = AlignerOptions()
    options.similarityWeight = 0
    ablations.append(("no similarity term", options))
    options = AlignerOptions()
    options.unmatchableShare = 1
    ablations.append(("unmatchable words dilute fully", options))
    print("weights: full strict F1 \(String(format: "%.3f", full))")
    for (label, options) in ablations {
      let score = try Self.f1(options)
      print("weights: \(label): strict F1 \(String(format: "%.3f", score))")
      #expect(score < full, "\(label)")
    }
  }
}
