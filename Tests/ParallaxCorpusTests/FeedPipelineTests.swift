import Foundation
import Testing

@testable import ParallaxCorpus

/// The pipelined feed read (libxml2 on a worker thread, reports built on the caller's):
/// the same reports and diagnostics, in the same order, as the read on one thread; early
/// stops; broken items.
@Suite struct FeedPipelineTests {
  struct Stop: Error {}

  static func item(_ index: Int, title: String? = nil, date: String? = nil) -> String {
    let published = date.map { "<pubDate>\($0)</pubDate>" } ?? ""
    return "<item><title>\(title ?? "Item \(index)")</title><guid>g\(index)</guid>"
      + published
      + "<description>&lt;p&gt;Text of item \(index), caf&amp;eacute; cr&#232;me.&lt;/p&gt;"
      + "&lt;p&gt;PARIS (AFP) - Second paragraph of item \(index).&lt;/p&gt;</description>"
      + "</item>"
  }

  static func rss(_ items: [String]) -> String {
    "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Test feed</title>"
      + "<language>fr</language>\n" + items.joined(separator: "\n") + "\n</channel></rss>\n"
  }

  /// Reads the file at `path` with `reader`; `stopAfter` makes the sink throw at that report.
  static func read(
    _ path: String, _ reader: FeedReader, stopAfter: Int? = nil
  ) throws -> (reports: [Report], diagnostics: [Diagnostic], stopped: Bool) {
    let input = try InputFile(path: path, fileURL: URL(fileURLWithPath: path))
    var reports: [Report] = []
    var sink = ReportSink { report in
      if let stopAfter, reports.count == stopAfter { throw Stop() }
      reports.append(report)
    }
    do {
      try reader.read(input, into: &sink)
    } catch is Stop {
      return (reports, sink.diagnostics, true)
    }
    return (reports, sink.diagnostics, false)
  }

  /// A reader that always pipelines, with small chunks and a small queue (so that the
  /// parsing thread waits for the consumer again and again).
  static var pipelined: FeedReader {
    var reader = FeedReader()
    reader.pipelineThreshold = 0
    reader.queueCapacity = 4
    reader.chunkBytes = 4096
    return reader
  }

  static var single: FeedReader {
    var reader = FeedReader()
    reader.pipelineThreshold = .max
    reader.chunkBytes = 4096
    return reader
  }

  @Test func keepsTheOrderOfFiveHundredItems() throws {
    let text = try TestInput.file(Self.rss((0..<500).map { Self.item($0) }), name: "feed.xml")
    let threaded = try Self.read(text, Self.pipelined)
    let alone = try Self.read(text, Self.single)
    #expect(threaded.reports.count == 500)
    #expect(threaded.reports.map(\.item) == (0..<500).map { Optional($0) })
    #expect(threaded.reports.map(\.title) == (0..<500).map { "Item \($0)" })
    let sameReports = threaded.reports == alone.reports
    #expect(sameReports, "the reports differ")
    #expect(threaded.diagnostics == alone.diagnostics)
    let last = try #require(threaded.reports.last)
    #expect(last.paragraphs.map(\.text).contains("Text of item 499, café crème."))
    #expect(last.paragraphs.last?.text == "PARIS (AFP) - Second paragraph of item 499.")
  }

  @Test func aLargeFeedIsPipelinedByDefaultAndReadTheSame() throws {
    // Over the default threshold (256 KiB), with the default chunks and queue.
    let text = try TestInput.file(Self.rss((0..<1500).map { Self.item($0) }), name: "feed.xml")
    let size = try FileManager.default.attributesOfItem(atPath: text)[.size] as? Int
    #expect((size ?? 0) > FeedReader().pipelineThreshold)
    var alone = FeedReader()
    alone.pipelineThreshold = .max
    let threaded = try Self.read(text, FeedReader())
    let single = try Self.read(text, alone)
    #expect(threaded.reports.count == 1500)
    let sameReports = threaded.reports == single.reports
    #expect(sameReports, "the reports differ")
    #expect(threaded.diagnostics == single.diagnostics)
  }

  @Test(arguments: [0, 3, 10, 257])
  func stopsEarlyWhenTheSinkThrows(after count: Int) throws {
    let text = try TestInput.file(Self.rss((0..<2000).map { Self.item($0) }), name: "feed.xml")
    let result = try Self.read(text, Self.pipelined, stopAfter: count)
    #expect(result.stopped)
    #expect(result.reports.map(\.title) == (0..<count).map { "Item \($0)" })
    // The reader is usable again at once: the worker was joined, nothing is left waiting.
    let again = try Self.read(text, Self.pipelined, stopAfter: 5)
    #expect(again.reports.count == 5)
  }

  @Test(arguments: ["Fish & chips < 5", "Unclosed <b>bold", "Stray </p> end"])
  func aBrokenItemIsIsolatedOnTheParsingThread(broken: String) throws {
    // Item 101 of 200 (index 100) is broken.
    let items = (0..<200).map { Self.item($0, title: $0 == 100 ? broken : nil) }
    let text = try TestInput.file(Self.rss(items), name: "feed.xml")
    let threaded = try Self.read(text, Self.pipelined)
    let alone = try Self.read(text, Self.single)
    let titles = threaded.reports.compactMap(\.title)
    let intact = (0..<200).filter { $0 != 100 }.map { "Item \($0)" }
    #expect(intact.allSatisfy(titles.contains), "lost: \(intact.filter { !titles.contains($0) })")
    let sameReports = threaded.reports == alone.reports
    #expect(sameReports, "the reports differ")
    #expect(threaded.diagnostics == alone.diagnostics)
    let error = try #require(threaded.diagnostics.first { $0.severity == .error })
    #expect(error.message.hasPrefix("ill-formed XML:"))
    // Item 101 is on line 103: the declaration and the channel take lines 1 and 2.
    #expect(error.location.line == 103)
  }

  @Test func diagnosticsAreLocatedOnTheParsingThread() throws {
    let items = (0..<300).map {
      Self.item($0, date: $0 == 150 ? "the day after" : "Thu, 27 Feb 2020 23:40:00 +0100")
    }
    let text = try TestInput.file(Self.rss(items), name: "feed.xml")
    let threaded = try Self.read(text, Self.pipelined)
    let alone = try Self.read(text, Self.single)
    #expect(threaded.reports.count == 300)
    #expect(threaded.diagnostics == alone.diagnostics)
    let warning = try #require(
      threaded.diagnostics.first { $0.message.contains("cannot read the date") })
    #expect(warning.severity == .warning)
    #expect(warning.location.line == 153)
    #expect(threaded.reports[150].published == nil)
    #expect(threaded.reports[151].published?.iso == "2020-02-27T23:40:00+01:00")
  }

  @Test func aCutFeedKeepsItsItemsAndTheError() throws {
    let full = Self.rss((0..<400).map { Self.item($0) })
    let cut = full.range(of: "<item><title>Item 350")?.upperBound ?? full.endIndex
    let text = try TestInput.file(String(full[..<cut]), name: "feed.xml")
    let threaded = try Self.read(text, Self.pipelined)
    let alone = try Self.read(text, Self.single)
    let sameReports = threaded.reports == alone.reports
    #expect(sameReports, "the reports differ")
    #expect(threaded.diagnostics == alone.diagnostics)
    #expect(Array(threaded.reports.prefix(350).map(\.title)) == (0..<350).map { "Item \($0)" })
    #expect(threaded.diagnostics.contains { $0.severity == .error && $0.location.line == 353 })
  }

  @Test func thePipeBlocksAtCapacityAndEndsWhenCancelled() {
    let pipe = FeedPipe<Int, Bool>(capacity: 3, batch: 2)
    let producer = FeedWorkerThread {
      var index = 0
      while pipe.put(index) { index += 1 }
      pipe.finish(true)
    }
    var taken: [Int] = []
    var batch: [Int] = []
    while taken.count < 10 {
      _ = pipe.take(into: &batch)
      #expect(batch.count <= 3)
      taken += batch
      batch.removeAll()
    }
    pipe.cancel()
    producer?.join()
    #expect(producer != nil)
    #expect(Array(taken.prefix(10)) == Array(0..<10))
  }
}

/// Reading in small chunks gives what reading the file whole gives: the byte filter's
/// held-back bytes and the resynchronisation buffer carry across chunk boundaries.
@Suite struct FeedChunkingTests {
  static func feeds() -> [String] {
    let items = (0..<120).map { index -> String in
      let title = index == 60 ? "Fish & chips < 5" : "Caf&eacute; &amp; cr&#232;me \(index)"
      return "<item><title>\(title)</title><guid>g\(index)</guid>"
        + "<description><![CDATA[<p>Para &nbsp; \(index)</p>]]> &lt;b&gt;x&lt;/b&gt;"
        + "\u{01}</description><!-- note \(index) --></item>"
    }
    let whole = FeedPipelineTests.rss(items)
    let cut = String(whole.prefix(whole.utf8.count * 2 / 3))
    return [whole, cut, FeedPipelineTests.rss((0..<50).map { FeedPipelineTests.item($0) })]
  }

  @Test(arguments: [64, 100, 777, 4096])
  func smallChunksReadLikeOneChunk(size: Int) throws {
    for (index, text) in Self.feeds().enumerated() {
      let path = try TestInput.file(text, name: "chunks-\(index).xml")
      var whole = FeedReader()
      whole.pipelineThreshold = .max
      var small = whole
      small.chunkBytes = size
      let expected = try FeedPipelineTests.read(path, whole)
      let found = try FeedPipelineTests.read(path, small)
      let same = found.reports == expected.reports
      #expect(same, "feed \(index): the reports differ with \(size)-byte chunks")
      #expect(found.diagnostics == expected.diagnostics, "feed \(index)")
      #expect(!expected.reports.isEmpty)
      if index == 0 {
        // The broken item, the control characters and the HTML entities are all met.
        let messages = expected.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("ill-formed XML") })
        #expect(messages.contains { $0.contains("control character") })
        #expect(expected.reports.contains { $0.title == "Café & crème 7" })
        #expect(expected.reports.count >= 119)
      }
    }
  }
}
