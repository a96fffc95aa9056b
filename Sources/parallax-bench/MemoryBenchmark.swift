import Foundation
import ParallaxCorpus

/// `parallax-bench memory FILE`: loads a (large) feed in a child process and reports its
/// peak resident memory (the child's VmHWM), so the parent's own allocations do not count.
struct MemoryBenchmark {
  /// The feed to load.
  var path: String
  /// The limit to check against, in MB.
  var limitMB: Double = 100

  /// Runs `parallax-bench feed-once` as a child and prints its figures.
  func run() throws {
    let megabytes = Double(BenchTools.fileSize(path)) / 1_000_000
    let result = try BenchTools.run(BenchTools.selfPath, ["feed-once", path])
    guard result.status == 0 else {
      throw BenchError.peerFailed("feed-once", String(result.errors.prefix(300)))
    }
    let fields = BenchTools.fields(result.output)
    let peak = Double(fields["peak_rss_mb"] ?? "") ?? 0
    let seconds = Double(fields["seconds"] ?? "") ?? 0
    print(
      "memory \(path): \(BenchTools.format(megabytes)) MB, \(fields["reports"] ?? "?") reports "
        + "in \(BenchTools.format(seconds, 2)) s (\(BenchTools.format(megabytes / max(seconds, 1e-9))) "
        + "MB/s), peak RSS \(BenchTools.format(peak)) MB (limit \(BenchTools.format(limitMB, 0)) MB: "
        + "\(peak < limitMB ? "met" : "NOT met"))")
    print(
      "summary memory mb=\(BenchTools.format(megabytes)) peak_rss_mb=\(BenchTools.format(peak)) "
        + "seconds=\(BenchTools.format(seconds, 2)) reports=\(fields["reports"] ?? "0") "
        + "errors=\(fields["errors"] ?? "0")")
  }

  /// `parallax-bench feed-once FILE`: one load, then `key=value` figures on one line.
  /// `--single` reads on one thread; `--digest` prints a checksum of every report and
  /// diagnostic instead of timing (to compare two ways of reading).
  static func once(_ path: String, single: Bool = false, digest: Bool = false) {
    if digest {
      print(Self.digest(path, single: single))
      return
    }
    let load = FeedBenchmark.loadOnce(path, pipelined: !single)
    print(
      "reports=\(load.reports) paragraphs=\(load.paragraphs) errors=\(load.errors) "
        + "seconds=\(BenchTools.format(load.seconds, 3)) "
        + "peak_rss_mb=\(BenchTools.format(BenchTools.peakRSSMB()))")
  }

  /// FNV-1a of the JSON of every report, in order, and of the diagnostics.
  static func digest(_ path: String, single: Bool) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ data: some Sequence<UInt8>) {
      for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    var count = 0
    let loader = ReportLoader(options: .init(pipelinesFeeds: !single))
    let diagnostics = loader.forEachReport(in: [path]) { report in
      count += 1
      mix((try? encoder.encode(report)) ?? Data())
    }
    for diagnostic in diagnostics { mix(Array("\(diagnostic)\n".utf8)) }
    return "reports=\(count) diagnostics=\(diagnostics.count) digest=\(String(hash, radix: 16))"
  }
}
