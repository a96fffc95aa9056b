import Foundation
import ParallaxTestSupport
import Testing

@testable import ParallaxCorpus

/// feedparser's conformance corpus (../shared/bench/feeds/feedparser): every well-formed
/// feed loads without error and the `Expect:` clauses Parallax can answer are scored by
/// Scripts/feedparser_conformance.py; the hostile folders never crash the reader.
@Suite struct FeedConformanceTests {
  /// The score may only go up.
  static let floor = 97.5

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let corpus = packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/bench/feeds/feedparser")

  struct Loaded: Encodable {
    var path: String
    var errors: [String]
    var feed: FeedInfo
    var reports: [Report]
  }

  static func files(in folder: String) -> [String] {
    let root = corpus.appendingPathComponent(folder)
    guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
    var out: [String] = []
    for case let relative as String in walker where relative.hasSuffix(".xml") {
      out.append(folder + "/" + relative)
    }
    return out.sorted()
  }

  static func load(_ relative: String) throws -> (FeedInfo, [Report], [Diagnostic]) {
    let url = corpus.appendingPathComponent(relative)
    let input = try InputFile(path: relative, fileURL: url)
    var reports: [Report] = []
    var sink = ReportSink { reports.append($0) }
    let info =
      try ReportLoader.reader(for: input) is FeedReader
      ? FeedReader().readFeed(input, into: &sink)
      : {
        try ReportLoader.reader(for: input).read(input, into: &sink); return FeedInfo()
      }()
    for index in reports.indices {
      _ = LanguageResolver.resolve(&reports[index], override: nil)
    }
    return (info, reports, sink.diagnostics)
  }

  @Test func wellformedFeedsLoadWithoutErrorAndMatchFeedparser() throws {
    let files = Self.files(in: "wellformed")
    #expect(files.count == 1749)
    var loaded: [Loaded] = []
    var failing: [String] = []
    for relative in files {
      let (info, reports, diagnostics) = try Self.load(relative)
      let errors = diagnostics.filter { $0.severity == .error }
      if !errors.isEmpty { failing.append(errors.map(\.description).joined(separator: "; ")) }
      loaded.append(
        Loaded(
          path: String(relative.dropFirst("wellformed/".count)),
          errors: errors.map(\.message), feed: info, reports: reports))
    }
    #expect(failing.isEmpty, "\(failing.count) feeds with errors: \(failing.prefix(5))")
    // FEED_JSON=path keeps Parallax's JSON for running the script by hand.
    let kept = ProcessInfo.processInfo.environment["FEED_JSON"].map(URL.init(fileURLWithPath:))
    let output =
      kept
      ?? FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-feedparser-\(UUID().uuidString).json")
    defer { if kept == nil { try? FileManager.default.removeItem(at: output) } }
    try JSONEncoder().encode(loaded).write(to: output)
    let result = try PythonCheckers.run(
      script: "feedparser_conformance.py",
      [
        output.path, Self.corpus.appendingPathComponent("wellformed").path,
        "--failures", ProcessInfo.processInfo.environment["FEED_FAILURES"] ?? "0",
      ])
    let text = result.stdout
    print(text, terminator: "")
    let line = text.split(separator: "\n").first { $0.hasPrefix("feedparser conformance:") }
    let percent = line.flatMap { line -> Double? in
      guard let open = line.lastIndex(of: "("), let space = line.lastIndex(of: " ") else {
        return nil
      }
      return Double(line[line.index(after: open)..<space])
    }
    #expect(result.status == 0, "feedparser_conformance.py: \(result.stderr)")
    #expect((percent ?? 0) >= Self.floor, "conformance \(percent ?? 0) % under \(Self.floor) %")
  }

  @Test(arguments: ["illformed", "entities", "encoding"])
  func hostileFeedsLoadOrGiveLocatedDiagnostics(folder: String) throws {
    let files = Self.files(in: folder)
    #expect(!files.isEmpty)
    var unlocated: [String] = []
    var loadedCount = 0
    for relative in files {
      let (_, reports, diagnostics) = try Self.load(relative)
      let errors = diagnostics.filter { $0.severity == .error }
      if errors.isEmpty {
        loadedCount += 1
      } else if !errors.contains(where: { $0.location.line != nil }) {
        unlocated.append(relative)
      }
      _ = reports
    }
    print("\(folder): \(files.count) feeds, \(loadedCount) loaded without error")
    #expect(unlocated.isEmpty, "errors without a location: \(unlocated)")
  }
}
