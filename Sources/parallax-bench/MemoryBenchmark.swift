import Foundation

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
  static func once(_ path: String) {
    let load = FeedBenchmark.loadOnce(path)
    print(
      "reports=\(load.reports) paragraphs=\(load.paragraphs) errors=\(load.errors) "
        + "seconds=\(BenchTools.format(load.seconds, 3)) "
        + "peak_rss_mb=\(BenchTools.format(BenchTools.peakRSSMB()))")
  }
}
