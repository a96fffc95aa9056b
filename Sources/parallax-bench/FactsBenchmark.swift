import Foundation
import ParallaxCorpus

/// `parallax-bench facts`: figure and fact extraction on French news text, beside
/// ms-recognizers-text-number's French NumberRecognizer on a slice of the same text.
struct FactsBenchmark {
  /// Megabytes of text to generate when no file is given.
  var megabytes: Double = 3
  /// A text file to read instead (paragraphs separated by blank lines).
  var file: String?
  /// Folders of reports whose French paragraphs, repeated to `megabytes`, are the text
  /// instead (news copy as written, with its real density of figures).
  var copyFolders: [String] = []
  /// The language of the text (`--copy` takes the reports in it); the peer is timed on
  /// French only (the ms-recognizers-text-number model it runs is French).
  var language = "fr"
  /// Timed runs per engine.
  var runs: Int = 5
  /// Kilobytes of the text given to the Python peer (0: skip it).
  var pythonKilobytes: Int = 100
  /// The peer script.
  var script = "Scripts/bench_recognizers.py"
  /// Only the engines whose name contains this (nil: all).
  var only: String?
  /// Where generated text is written.
  var workFolder = "/tmp/parallax-bench"

  /// Runs the benchmark and prints one line per run and a summary line per engine.
  func run() throws {
    let paragraphs = try loadParagraphs()
    let bytes = paragraphs.reduce(0) { $0 + $1.utf8.count }
    let megabytes = Double(bytes) / 1_000_000
    print(
      "facts: \(paragraphs.count) paragraphs (\(language)), \(BenchTools.format(megabytes, 2)) MB")
    let slice = try writeSlice(paragraphs)
    let sliceMB = Double(slice.reduce(0) { $0 + $1.utf8.count }) / 1_000_000
    let peer = try python(sliceMB)
    let articles = Self.articles(paragraphs)
    let sliceArticles = Self.articles(slice)
    var engines: [FactsEngine] = []
    let setup = BenchTools.seconds { engines = FactsEngines.available(language: language) }
    print("  extractors built in \(BenchTools.format(setup, 3)) s (not counted below)")
    for engine in engines where only.map({ engine.name.contains($0) }) ?? true {
      _ = articles.prefix(30).reduce(0) { $0 + engine.extract($1) }
      var wall: [Double] = []
      var cpu: [Double] = []
      var found = 0
      for run in 1...max(runs, 1) {
        var count = 0
        let timing = BenchTools.timing {
          for article in articles { count += engine.extract(article) }
        }
        wall.append(timing.wall)
        cpu.append(timing.cpu)
        found = count
        print(
          "  \(engine.name) run \(run): \(BenchTools.format(timing.wall, 3)) s "
            + "(CPU \(BenchTools.format(timing.cpu, 3)) s), "
            + "\(BenchTools.format(megabytes / timing.wall, 2)) MB/s, \(count) found")
      }
      let rate = FeedBenchmark.Rate(megabytes, wall: wall, cpu: cpu)
      var sliceFound = 0
      let sliceTiming = BenchTools.timing {
        for article in sliceArticles { sliceFound += engine.extract(article) }
      }
      var line =
        "summary facts engine=\"\(engine.name)\" mb=\(BenchTools.format(megabytes, 2)) "
        + "mbps=\(BenchTools.format(rate.wall, 2)) cpu_mbps=\(BenchTools.format(rate.cpu, 2)) "
        + "found=\(found) slice_found=\(sliceFound) "
        + "slice_cpu_mbps=\(BenchTools.format(sliceMB / max(sliceTiming.cpu, 1e-9), 2))"
      print(
        "  \(engine.name) median: \(rate.text) on one core "
          + "(target >= 10: \(rate.wall >= 10 ? "met" : "NOT met"), on CPU time "
          + "\(rate.cpu >= 10 ? "met" : "NOT met"))")
      if let peer {
        let ratio = rate.wall / peer.wall
        let cpuRatio = rate.cpu / peer.cpu
        print(
          "  ratio to ms-recognizers-text-number: \(BenchTools.format(ratio, 0))x "
            + "(CPU \(BenchTools.format(cpuRatio, 0))x) (target >= 100x: "
            + "\(ratio >= 100 ? "met" : "NOT met"), on CPU time "
            + "\(cpuRatio >= 100 ? "met" : "NOT met")); on the slice "
            + "\(sliceFound) found vs \(peer.found)")
        line +=
          " peer_mbps=\(BenchTools.format(peer.wall, 4)) peer_cpu_mbps=\(BenchTools.format(peer.cpu, 4))"
        line += " ratio=\(BenchTools.format(ratio, 0)) ratio_cpu=\(BenchTools.format(cpuRatio, 0))"
      }
      print(line)
    }
  }

  /// Paragraphs grouped six by six into articles, as reports hold them.
  static func articles(_ paragraphs: [String]) -> [[String]] {
    stride(from: 0, to: paragraphs.count, by: 6).map {
      Array(paragraphs[$0..<min($0 + 6, paragraphs.count)])
    }
  }

  /// The paragraphs: read from `file`, or generated and written to the work folder.
  private func loadParagraphs() throws -> [String] {
    if !copyFolders.isEmpty { return try newsCopy() }
    if let file {
      let text = try String(contentsOfFile: file, encoding: .utf8)
      return text.components(separatedBy: "\n\n").map {
        $0.trimmingCharacters(in: .whitespacesAndNewlines)
      }.filter { !$0.isEmpty }
    }
    let paragraphs = FrenchNews.generate(megabytes: megabytes)
    try FileManager.default.createDirectory(
      atPath: workFolder, withIntermediateDirectories: true)
    let path = workFolder + "/fr-news.txt"
    guard
      FileManager.default.createFile(
        atPath: path, contents: Data(paragraphs.joined(separator: "\n\n").utf8))
    else { throw BenchError.cannotWrite(path) }
    print("facts: wrote \(path)")
    return paragraphs
  }

  /// The paragraphs of the French reports in `copyFolders`, in order, repeated to about
  /// `megabytes` (each pass keeps its reports' paragraphs together).
  private func newsCopy() throws -> [String] {
    let loaded = ReportLoader().load(copyFolders)
    let chosen = loaded.reports.filter { $0.language?.code == language }
    let once = chosen.flatMap { report in report.paragraphs.map(\.text) }
    let bytes = once.reduce(0) { $0 + $1.utf8.count }
    guard bytes > 0 else {
      throw BenchError.usage("no report in \(language) in \(copyFolders)")
    }
    print(
      "facts: news copy (\(language)) of \(chosen.count) reports (\(bytes) bytes): "
        + chosen.map(\.id).joined(separator: ", "))
    let passes = max(1, Int((megabytes * 1_000_000 / Double(bytes)).rounded()))
    return Array(repeating: once, count: passes).flatMap { $0 }
  }

  /// The first paragraphs up to `pythonKilobytes`, written where the peer script reads them.
  private func writeSlice(_ paragraphs: [String]) throws -> [String] {
    var slice: [String] = []
    var bytes = 0
    for paragraph in paragraphs where bytes < pythonKilobytes * 1000 {
      slice.append(paragraph)
      bytes += paragraph.utf8.count
    }
    try FileManager.default.createDirectory(
      atPath: workFolder, withIntermediateDirectories: true)
    let path = workFolder + "/fr-news-slice.txt"
    guard
      FileManager.default.createFile(
        atPath: path, contents: Data(slice.joined(separator: "\n\n").utf8))
    else { throw BenchError.cannotWrite(path) }
    return slice
  }

  /// The Python peer's throughput on the slice.
  private func python(_ sliceMB: Double) throws -> (wall: Double, cpu: Double, found: Int)? {
    guard pythonKilobytes > 0, language == "fr" else { return nil }
    guard let python = BenchTools.which("python3"), FileManager.default.fileExists(atPath: script)
    else {
      print("  python3 or \(script) missing: ms-recognizers-text-number skipped")
      return nil
    }
    let result = try BenchTools.run(python, [script, workFolder + "/fr-news-slice.txt"])
    guard result.status == 0 else {
      print("  ms-recognizers-text-number skipped: \(result.errors.suffix(300))")
      return nil
    }
    let fields = BenchTools.fields(result.output)
    guard let seconds = Double(fields["seconds"] ?? ""), seconds > 0,
      let cpu = Double(fields["cpu"] ?? ""), cpu > 0
    else { return nil }
    let found = Int(fields["results"] ?? "") ?? 0
    let mbps = sliceMB / seconds
    print(
      "  ms-recognizers-text-number (French NumberRecognizer, Python) on "
        + "\(BenchTools.format(sliceMB * 1000, 0)) kB: \(BenchTools.format(seconds, 2)) s "
        + "(CPU \(BenchTools.format(cpu, 2)) s), \(BenchTools.format(mbps, 4)) MB/s "
        + "(CPU \(BenchTools.format(sliceMB / cpu, 4))), \(found) numbers")
    return (mbps, sliceMB / cpu, found)
  }
}
