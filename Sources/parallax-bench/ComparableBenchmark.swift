import Foundation
import ParallaxAlign

/// `parallax-bench align --comparable`: comparable mode on two long texts of paragraphs made
/// from the Bleualign dev set (enlarged as `AlignBenchmark` does): every three gold beads
/// make a paragraph on both sides, the target paragraphs are shuffled and every tenth is
/// dropped; the gold links are known, so precision and recall are printed beside the time.
struct ComparableBenchmark {
  var folder = "../shared/bench/align/bleualign-dev"
  var paragraphs = 2000
  var runs = 3

  func run() throws {
    var dev = AlignBenchmark()
    dev.folder = folder
    let (source, target, gold) = try dev.load()
    let large = AlignBenchmark.enlarge(source, target, gold, to: paragraphs * 4)
    var first: [String] = []
    var second: [String] = []
    var sentences: ([String], [String]) = ([], [])
    for group in large.2 where !group.source.isEmpty && !group.target.isEmpty {
      sentences.0 += group.source.map { large.0[$0] }
      sentences.1 += group.target.map { large.1[$0] }
      if sentences.0.count >= 3 {
        first.append(sentences.0.joined(separator: " "))
        second.append(sentences.1.joined(separator: " "))
        sentences = ([], [])
      }
      if first.count == paragraphs { break }
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
