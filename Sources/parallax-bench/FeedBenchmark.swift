import Foundation
import ParallaxCorpus

/// `parallax-bench feed`: Parallax's feed loading against `xmllint --noout` and feedparser.
struct FeedBenchmark {
  /// The feed to load.
  var path: String
  /// How many timed runs of Parallax and xmllint.
  var runs: Int = 5
  /// How many timed runs of feedparser (0: skip).
  var feedparserRuns: Int = 3
  /// Whether to time xmllint.
  var xmllint = true
  /// The feedparser peer script.
  var feedparserScript = "Scripts/bench_feedparser.py"

  /// What one load gave.
  struct Load {
    /// Wall-clock seconds.
    var seconds: Double
    /// Reports read.
    var reports: Int
    /// Paragraphs in them.
    var paragraphs: Int
    /// Diagnostics of severity error.
    var errors: Int
    /// The first error's text, if any.
    var firstError: String?
  }

  /// Loads `path` once through `ReportLoader().forEachReport(in:)`.
  static func loadOnce(_ path: String, languageOverride: String? = nil) -> Load {
    var reports = 0
    var paragraphs = 0
    var diagnostics: [Diagnostic] = []
    let seconds = BenchTools.seconds {
      let loader = ReportLoader(options: .init(languageOverride: languageOverride))
      diagnostics = loader.forEachReport(in: [path]) { report in
        reports += 1
        paragraphs += report.paragraphs.count
      }
    }
    let errors = diagnostics.filter { $0.severity == .error }
    return Load(
      seconds: seconds, reports: reports, paragraphs: paragraphs, errors: errors.count,
      firstError: errors.first.map { "\($0)" })
  }

  /// Runs the benchmark, printing each run and a summary line.
  func run() throws {
    let bytes = BenchTools.fileSize(path)
    let megabytes = Double(bytes) / 1_000_000
    print("feed \(path): \(BenchTools.format(megabytes)) MB, \(runs) runs")
    var parallaxSeconds: [Double] = []
    var last: Load?
    for run in 1...max(runs, 1) {
      let load = Self.loadOnce(path)
      parallaxSeconds.append(load.seconds)
      last = load
      print(
        "  parallax run \(run): \(BenchTools.format(load.seconds, 3)) s, "
          + "\(BenchTools.format(megabytes / load.seconds)) MB/s, \(load.reports) reports, "
          + "\(load.paragraphs) paragraphs, \(load.errors) errors")
    }
    if let error = last?.firstError { print("  first error: \(error)") }
    let valid = (last?.errors ?? 1) == 0 && (last?.reports ?? 0) > 0
    if !valid {
      print("  INVALID: the load gave errors or no reports, so no target can be judged met")
    }
    func verdict(_ met: Bool) -> String { !valid ? "invalid load" : met ? "met" : "NOT met" }
    let parallax = megabytes / BenchTools.median(parallaxSeconds)
    print(
      "  parallax median: \(BenchTools.format(parallax)) MB/s (target >= 100: "
        + "\(verdict(parallax >= 100))); peak RSS of this process "
        + "\(BenchTools.format(BenchTools.peakRSSMB())) MB")
    var withoutIdentification: [Double] = []
    for _ in 1...max(runs / 2, 1) {
      withoutIdentification.append(Self.loadOnce(path, languageOverride: "en").seconds)
    }
    let reading = megabytes / BenchTools.median(withoutIdentification)
    print(
      "  without language identification (override, \(withoutIdentification.count) runs): "
        + "\(BenchTools.format(reading)) MB/s median")
    var line =
      "summary feed mb=\(BenchTools.format(megabytes)) parallax_mbps=\(BenchTools.format(parallax))"
    line += " no_langid_mbps=\(BenchTools.format(reading))"
    line += " reports=\(last?.reports ?? 0) paragraphs=\(last?.paragraphs ?? 0)"
    line += " errors=\(last?.errors ?? 0) valid=\(valid)"

    if xmllint, let tool = BenchTools.which("xmllint") {
      var seconds: [Double] = []
      for run in 1...max(runs, 1) {
        let result = try BenchTools.run(tool, ["--noout", path])
        guard result.status == 0 else {
          throw BenchError.peerFailed("xmllint", String(result.errors.prefix(300)))
        }
        seconds.append(result.seconds)
        print(
          "  xmllint --noout run \(run): \(BenchTools.format(result.seconds, 3)) s, "
            + "\(BenchTools.format(megabytes / result.seconds)) MB/s")
      }
      let peer = megabytes / BenchTools.median(seconds)
      let ratio = parallax / peer
      print(
        "  xmllint median: \(BenchTools.format(peer)) MB/s; parallax/xmllint = "
          + "\(BenchTools.format(ratio, 2)) (target >= 0.67: \(verdict(ratio >= 2.0 / 3)))")
      line +=
        " xmllint_mbps=\(BenchTools.format(peer)) ratio_xmllint=\(BenchTools.format(ratio, 2))"
    } else if xmllint {
      print("  xmllint not found (apt install libxml2-utils)")
    }

    if feedparserRuns > 0 {
      if let peer = try feedparser(megabytes) {
        let ratio = parallax / peer
        print(
          "  feedparser median: \(BenchTools.format(peer, 2)) MB/s; parallax/feedparser = "
            + "\(BenchTools.format(ratio))x (target >= 40x: \(verdict(ratio >= 40)))")
        line +=
          " feedparser_mbps=\(BenchTools.format(peer, 2)) ratio_feedparser=\(BenchTools.format(ratio))"
      }
    }
    print(line)
  }

  /// feedparser's median throughput in MB/s, from the peer script; nil when unavailable.
  private func feedparser(_ megabytes: Double) throws -> Double? {
    guard let python = BenchTools.which("python3") else {
      print("  python3 not found: feedparser skipped")
      return nil
    }
    guard FileManager.default.fileExists(atPath: feedparserScript) else {
      print("  \(feedparserScript) not found (run from the package root): feedparser skipped")
      return nil
    }
    let result = try BenchTools.run(
      python, [feedparserScript, path, "--runs", String(feedparserRuns)])
    guard result.status == 0 else {
      print("  feedparser skipped: \(result.errors.suffix(300))")
      return nil
    }
    var seconds: [Double] = []
    for line in result.output.split(separator: "\n") {
      print("  feedparser \(line)")
      if line.hasPrefix("run "), let value = line.split(separator: " ").dropFirst(2).first {
        if let number = Double(value) { seconds.append(number) }
      }
    }
    guard !seconds.isEmpty else { return nil }
    return megabytes / BenchTools.median(seconds)
  }
}
