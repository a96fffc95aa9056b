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
    /// CPU seconds of this process during the load.
    var cpu: Double
    /// CPU seconds of the calling thread alone (the rest is the feed reader's parsing thread).
    var callerCPU: Double
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
  static func loadOnce(_ path: String, languageOverride: String? = nil, pipelined: Bool = true)
    -> Load
  {
    var reports = 0
    var paragraphs = 0
    var diagnostics: [Diagnostic] = []
    let callerStart = BenchTools.threadCPUSeconds()
    let timing = BenchTools.timing {
      let loader = ReportLoader(
        options: .init(languageOverride: languageOverride, pipelinesFeeds: pipelined))
      diagnostics = loader.forEachReport(in: [path]) { report in
        reports += 1
        paragraphs += report.paragraphs.count
      }
    }
    let callerCPU = BenchTools.threadCPUSeconds() - callerStart
    let errors = diagnostics.filter { $0.severity == .error }
    return Load(
      seconds: timing.wall, cpu: timing.cpu, callerCPU: callerCPU, reports: reports,
      paragraphs: paragraphs,
      errors: errors.count, firstError: errors.first.map { "\($0)" })
  }

  /// Medians of wall-clock and CPU throughput, in MB/s.
  struct Rate {
    /// MB per wall-clock second.
    var wall: Double
    /// MB per CPU second.
    var cpu: Double

    /// `wall` and `cpu` as `12.3 MB/s (CPU 14.5)`.
    var text: String { "\(BenchTools.format(wall)) MB/s (CPU \(BenchTools.format(cpu)))" }

    /// The rate from timings of `megabytes`.
    init(_ megabytes: Double, wall: [Double], cpu: [Double]) {
      self.wall = megabytes / BenchTools.median(wall)
      self.cpu = megabytes / max(BenchTools.median(cpu), 1e-9)
    }
  }

  /// Runs the benchmark, printing each run and a summary line.
  func run() throws {
    let bytes = BenchTools.fileSize(path)
    let megabytes = Double(bytes) / 1_000_000
    print("feed \(path): \(BenchTools.format(megabytes)) MB, \(runs) runs")
    print("  load average before: \(BenchTools.loadAverage())")
    var wall: [Double] = []
    var cpu: [Double] = []
    var callerCPU: [Double] = []
    var last: Load?
    for run in 1...max(runs, 1) {
      let load = Self.loadOnce(path)
      wall.append(load.seconds)
      cpu.append(load.cpu)
      callerCPU.append(load.callerCPU)
      last = load
      print(
        "  parallax run \(run): \(BenchTools.format(load.seconds, 3)) s "
          + "(CPU \(BenchTools.format(load.cpu, 3)) s: calling thread "
          + "\(BenchTools.format(load.callerCPU, 3)), parsing thread "
          + "\(BenchTools.format(load.cpu - load.callerCPU, 3))), "
          + "\(BenchTools.format(megabytes / load.seconds)) MB/s, \(load.reports) reports, "
          + "\(load.paragraphs) paragraphs, \(load.errors) errors")
    }
    if let error = last?.firstError { print("  first error: \(error)") }
    let valid = (last?.errors ?? 1) == 0 && (last?.reports ?? 0) > 0
    if !valid {
      print("  INVALID: the load gave errors or no reports, so no target can be judged met")
    }
    func verdict(_ met: Bool) -> String { !valid ? "invalid load" : met ? "met" : "NOT met" }
    let parallax = Rate(megabytes, wall: wall, cpu: cpu)
    print(
      "  parallax median: \(parallax.text) (target >= 100: \(verdict(parallax.wall >= 100))"
        + ", on CPU time \(verdict(parallax.cpu >= 100))); peak RSS of this process "
        + "\(BenchTools.format(BenchTools.peakRSSMB())) MB")
    let busiest = max(
      BenchTools.median(callerCPU), BenchTools.median(zip(cpu, callerCPU).map { $0 - $1 }))
    print(
      "  CPU of the busier of the two threads (median): \(BenchTools.format(busiest, 3)) s, "
        + "\(BenchTools.format(megabytes / max(busiest, 1e-9))) MB/s: the wall-clock rate of "
        + "a load with two idle cores")
    var plainWall: [Double] = []
    var plainCPU: [Double] = []
    for _ in 1...max(runs / 2, 1) {
      let load = Self.loadOnce(path, languageOverride: "en")
      plainWall.append(load.seconds)
      plainCPU.append(load.cpu)
    }
    let plain = Rate(megabytes, wall: plainWall, cpu: plainCPU)
    print(
      "  without language identification (override, \(plainWall.count) runs): \(plain.text)")
    var line = "summary feed mb=\(BenchTools.format(megabytes))"
    line += " parallax_mbps=\(BenchTools.format(parallax.wall))"
    line += " parallax_cpu_mbps=\(BenchTools.format(parallax.cpu))"
    line += " busier_thread_mbps=\(BenchTools.format(megabytes / max(busiest, 1e-9)))"
    line += " no_langid_mbps=\(BenchTools.format(plain.wall))"
    line += " reports=\(last?.reports ?? 0) paragraphs=\(last?.paragraphs ?? 0)"
    line += " errors=\(last?.errors ?? 0) valid=\(valid)"

    if xmllint, let tool = BenchTools.which("xmllint") {
      var peerWall: [Double] = []
      var peerCPU: [Double] = []
      for run in 1...max(runs, 1) {
        let result = try BenchTools.run(tool, ["--noout", path])
        guard result.status == 0 else {
          throw BenchError.peerFailed("xmllint", String(result.errors.prefix(300)))
        }
        peerWall.append(result.seconds)
        peerCPU.append(result.cpu)
        print(
          "  xmllint --noout run \(run): \(BenchTools.format(result.seconds, 3)) s "
            + "(CPU \(BenchTools.format(result.cpu, 3)) s), "
            + "\(BenchTools.format(megabytes / result.seconds)) MB/s")
      }
      let peer = Rate(megabytes, wall: peerWall, cpu: peerCPU)
      let ratio = parallax.wall / peer.wall
      let cpuRatio = parallax.cpu / peer.cpu
      print(
        "  xmllint median: \(peer.text); parallax/xmllint = \(BenchTools.format(ratio, 2)) "
          + "(CPU \(BenchTools.format(cpuRatio, 2))) (target >= 0.67: \(verdict(ratio >= 2.0 / 3))"
          + ", on CPU time \(verdict(cpuRatio >= 2.0 / 3)))")
      line +=
        " xmllint_mbps=\(BenchTools.format(peer.wall)) ratio_xmllint=\(BenchTools.format(ratio, 2))"
      line += " ratio_xmllint_cpu=\(BenchTools.format(cpuRatio, 2))"
    } else if xmllint {
      print("  xmllint not found (apt install libxml2-utils)")
    }

    if feedparserRuns > 0, let peer = try feedparser(megabytes) {
      let ratio = parallax.wall / peer.wall
      let cpuRatio = parallax.cpu / peer.cpu
      print(
        "  feedparser median: \(peer.text); parallax/feedparser = "
          + "\(BenchTools.format(ratio))x (CPU \(BenchTools.format(cpuRatio))x) "
          + "(target >= 40x: \(verdict(ratio >= 40)), on CPU time \(verdict(cpuRatio >= 40)))")
      line += " feedparser_mbps=\(BenchTools.format(peer.wall, 2))"
      line +=
        " ratio_feedparser=\(BenchTools.format(ratio)) ratio_feedparser_cpu=\(BenchTools.format(cpuRatio))"
    }
    print(line)
  }

  /// feedparser's median throughput in MB/s, from the peer script; nil when unavailable.
  private func feedparser(_ megabytes: Double) throws -> Rate? {
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
    var wall: [Double] = []
    var cpu: [Double] = []
    for line in result.output.split(separator: "\n") {
      print("  feedparser \(line)")
      let fields = BenchTools.fields(String(line))
      if let seconds = Double(fields["wall"] ?? ""), let used = Double(fields["cpu"] ?? "") {
        wall.append(seconds)
        cpu.append(used)
      }
    }
    guard !wall.isEmpty else { return nil }
    return Rate(megabytes, wall: wall, cpu: cpu)
  }
}
