import Foundation
import ParallaxAlign

/// `parallax-bench align --comparable`: comparable mode on two long texts of paragraphs made
/// from the Bleualign dev set: each paragraph joins three gold beads drawn at random (the
/// German sentences on one side, their French on the other), the French paragraphs are
/// shuffled and every tenth is dropped; the gold links are known, so precision and recall
/// are printed beside the time.
struct ComparableBenchmark {
  var folder = "../shared/bench/align/bleualign-dev"
  var paragraphs = 2000
  var runs = 3

  func run() throws {
    var dev = AlignBenchmark()
    dev.folder = folder
    let (source, target, gold) = try dev.load()
    // Each paragraph: three paired gold beads drawn at random (every paragraph is then
    // distinct, and shares a sentence with a few others, as reports of one story do).
    let paired = gold.filter { !$0.source.isEmpty && !$0.target.isEmpty }
    var first: [String] = []
    var second: [String] = []
    var draw: UInt64 = 0x2545_F491_4F6C_DD1D
    for _ in 0..<paragraphs {
      var picked: [BeadScore.Group] = []
      for _ in 0..<3 {
        draw = draw &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        picked.append(paired[Int(draw >> 33) % paired.count])
      }
      first.append(picked.flatMap { $0.source.map { source[$0] } }.joined(separator: " "))
      second.append(picked.flatMap { $0.target.map { target[$0] } }.joined(separator: " "))
    }
    // A deterministic shuffle of the target paragraphs, every tenth dropped.
    var order = Array(second.indices)
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for index in stride(from: order.count - 1, to: 0, by: -1) {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      order.swapAt(index, Int(seed >> 33) % (index + 1))
    }
    order = order.enumerated().filter { $0.offset % 10 != 9 }.map(\.element)
    let shuffled = order.map { second[$0] }
    var goldLinks = Set<[Int]>()
    for (position, original) in order.enumerated() { goldLinks.insert([original, position]) }
    var times: [Double] = []
    var result: ReportAlignment?
    for _ in 0..<max(runs, 1) {
      let start = BenchTools.cpuSeconds()
      result = Aligner().align(
        AlignmentSide(units: first, language: "de"), AlignmentSide(units: shuffled, language: "fr"),
        mode: .comparable)
      times.append(BenchTools.cpuSeconds() - start)
    }
    let predicted = Set((result?.pairs ?? []).map { [$0.first, $0.second] })
    let correct = predicted.intersection(goldLinks).count
    let precision = predicted.isEmpty ? 0 : Double(correct) / Double(predicted.count)
    let recall = Double(correct) / Double(max(goldLinks.count, 1))
    print(
      "align comparable \(first.count)×\(shuffled.count) paragraphs: cpu "
        + "\(BenchTools.format(BenchTools.median(times), 3)) s (median of \(times.count)), "
        + "link P/R \(BenchTools.format(precision, 3))/\(BenchTools.format(recall, 3)), "
        + "moved \(result?.links.filter(\.moved).count ?? 0), peak RSS "
        + "\(BenchTools.format(BenchTools.peakRSSMB())) MB")
  }
}
