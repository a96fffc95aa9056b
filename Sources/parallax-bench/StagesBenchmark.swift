import Foundation
import ParallaxCorpus

/// `parallax-bench stages FILE`: the corpus stage's parts timed one by one on a feed's
/// reports, to show where the feed load's time goes: normalization (and a candidate
/// replacement, checked to give the same text), language identification, and libxml2's
/// own streaming parse (`xmllint --stream --noout`) as the floor.
struct StagesBenchmark {
  /// The feed.
  var path: String
  /// Timed runs per stage.
  var runs = 5

  /// Runs the stages and prints one line each.
  func run() throws {
    var texts: [String] = []
    var samples: [String] = []
    _ = ReportLoader(options: .init(languageOverride: "en")).forEachReport(in: [path]) {
      report in
      var sample = ""
      for paragraph in report.paragraphs {
        texts.append(paragraph.text)
        if sample.utf8.count <= 2048 { sample += paragraph.text + "\n" }
      }
      samples.append(sample)
    }
    let fileMB = Double(BenchTools.fileSize(path)) / 1_000_000
    let textMB = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_000_000
    print(
      "stages \(path): \(BenchTools.format(fileMB)) MB of feed, \(texts.count) paragraphs, "
        + "\(BenchTools.format(textMB)) MB of paragraph text; \(runs) runs, medians")
    print("  (a stage's share of the feed load = its seconds / the load's seconds)")

    let same = texts.allSatisfy {
      CandidateNormalizer.normalize($0) == TextNormalizer.normalize($0)
    }
    let tricky = [
      "e\u{301}te\u{301}", " a\u{00A0}b\u{00AD}c  d\u{200B} ", "\u{FEFF}x\ty\r\nz", "ﬁ Å",
      "Ω", "\u{0627}\u{0653}", "й", "1\u{202F}000", "", "   ",
    ]
    let sameTricky = tricky.allSatisfy {
      CandidateNormalizer.normalize($0) == TextNormalizer.normalize($0)
    }
    stage("TextNormalizer.normalize", texts, textMB) { _ = TextNormalizer.normalize($0) }
    stage("candidate normalizer (CandidateNormalizer.swift)", texts, textMB) {
      _ = CandidateNormalizer.normalize($0)
    }
    print(
      "    candidate gives the same text: \(same ? "yes" : "NO") on all \(texts.count) "
        + "paragraphs, \(sameTricky ? "yes" : "NO") on \(tricky.count) tricky strings")
    let identifier = LanguageIdentifier.shared
    stage("LanguageIdentifier.identify (per report sample)", samples, textMB) {
      _ = identifier.identify($0)
    }
    if let tool = BenchTools.which("xmllint") {
      var seconds: [Double] = []
      var cpu: [Double] = []
      for _ in 1...runs {
        let result = try BenchTools.run(tool, ["--stream", "--noout", path])
        seconds.append(result.seconds)
        cpu.append(result.cpu)
      }
      let median = BenchTools.median(seconds)
      let medianCPU = BenchTools.median(cpu)
      print(
        "  xmllint --stream --noout (libxml2 floor, whole file): \(BenchTools.format(median, 3)) s "
          + "(CPU \(BenchTools.format(medianCPU, 3)) s), \(BenchTools.format(fileMB / median)) "
          + "MB/s of feed (CPU \(BenchTools.format(fileMB / medianCPU)))")
    }
  }

  /// Times `body` over `inputs` and prints seconds and MB/s of paragraph text.
  private func stage(
    _ name: String, _ inputs: [String], _ megabytes: Double, _ body: (String) -> Void
  ) {
    var wall: [Double] = []
    var cpu: [Double] = []
    for _ in 1...runs {
      let timing = BenchTools.timing { for input in inputs { body(input) } }
      wall.append(timing.wall)
      cpu.append(timing.cpu)
    }
    let rate = FeedBenchmark.Rate(megabytes, wall: wall, cpu: cpu)
    print(
      "  \(name): \(BenchTools.format(BenchTools.median(wall), 3)) s "
        + "(CPU \(BenchTools.format(BenchTools.median(cpu), 3)) s), \(rate.text) of paragraph text")
  }
}
