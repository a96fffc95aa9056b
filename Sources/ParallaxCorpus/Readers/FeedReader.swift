import ParallaxXML

/// Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and CDF feeds: one report per item.
///
/// Streams: the file is read in chunks into libxml2's push parser (SAX2, recover mode) and
/// each item is handed on as soon as it ends, so memory stays bounded whatever the size.
/// Ill-formed XML is read on in recover mode, every item that could be read is returned,
/// and the errors are reported with their line and column. Safe: no network, no DTD, no
/// external entities; entity bombs are refused; HTML named entities are decoded.
struct FeedReader: ReportReader {
  /// The size of the chunks read from the file.
  static let chunkSize = 1 << 20
  /// The largest file decoded whole when it is not UTF-8 and declares no encoding.
  static let largestDecodedFile = 256 << 20
  /// How many XML errors are reported one by one.
  static let reportedErrors = 10

  /// Feeds at least this large are parsed on a second thread while this one builds the
  /// reports (smaller ones are not worth a thread).
  var pipelineThreshold = 256 << 10
  /// How many finished items may wait between the parsing thread and this one.
  var queueCapacity = 128
  /// The size of the chunks read from the file (tests make it small).
  var chunkBytes = Self.chunkSize

  func read(_ input: InputFile, into sink: inout ReportSink) throws {
    _ = try readFeed(input, into: &sink)
  }

  /// Reads every item of `input` into `sink` and returns the channel's metadata (also for
  /// a feed without items).
  @discardableResult
  func readFeed(_ input: InputFile, into sink: inout ReportSink) throws -> FeedInfo {
    guard input.size > 0 else {
      sink.diagnose(.error, input.path, line: 1, column: 1, "empty file: no feed to read")
      return FeedInfo()
    }
    let plan = FeedInputPlan(head: input.head, size: input.size)
    var drafts: [FeedItemDraft?] = []
    var itemDiagnostics: [Diagnostic] = []
    if plan.action != .stream {
      guard input.size <= Self.largestDecodedFile else {
        sink.diagnose(
          .error, input.path, "not UTF-8 and too large to decode whole; not read")
        return FeedInfo()
      }
      let bytes = try decodeWhole(input, plan, into: &sink)
      let stream = FeedStream(path: input.path) { draft in
        drafts.append(draft)
        return true
      }
      var start = 0
      while start < bytes.count {
        let end = min(bytes.count, start + chunkBytes)
        bytes[start..<end].withUnsafeBytes { stream.push($0, final: false) }
        try Self.hand(&drafts, to: &sink, diagnostics: &itemDiagnostics)
        start = end
      }
      stream.push(UnsafeRawBufferPointer(start: nil, count: 0), final: true)
      try Self.hand(&drafts, to: &sink, diagnostics: &itemDiagnostics)
      let outcome = stream.outcome()
      sink.diagnostics += outcome.diagnostics(items: itemDiagnostics)
      return outcome.feed
    }
    if input.size >= pipelineThreshold, let feed = try readPipelined(input, plan, into: &sink) {
      return feed
    }
    let stream = FeedStream(path: input.path) { draft in
      drafts.append(draft)
      return true
    }
    try Self.stream(input, plan, chunkSize: chunkBytes, into: stream) {
      try Self.hand(&drafts, to: &sink, diagnostics: &itemDiagnostics)
      return true
    }
    let outcome = stream.outcome()
    sink.diagnostics += outcome.diagnostics(items: itemDiagnostics)
    return outcome.feed
  }

  /// Builds the reports of `drafts` and hands them to `sink`, in order; `drafts` is emptied.
  /// Each draft is moved out of the array (`take`), not copied: a copy would retain and
  /// release every string of the item.
  private static func hand(
    _ drafts: inout [FeedItemDraft?], to sink: inout ReportSink,
    diagnostics: inout [Diagnostic]
  ) throws {
    defer { drafts.removeAll(keepingCapacity: true) }
    for index in drafts.indices {
      guard var draft = drafts[index].take() else { continue }
      var report = draft.report(diagnostics: &diagnostics)
      try sink.add(inPlace: &report)
    }
  }

  /// Streams the file into `stream` in chunks (the first with its declared encoding
  /// rewritten), calling `afterChunk` after each and after the end of the document;
  /// stops early when `afterChunk` returns `false` or the stream stops.
  static func stream(
    _ input: InputFile, _ plan: FeedInputPlan, chunkSize: Int, into stream: FeedStream,
    afterChunk: () throws -> Bool
  ) throws {
    var first = true
    try input.readChunks(size: chunkSize) { chunk in
      if first, let rewrite = plan.rewrite, rewrite.range.upperBound <= chunk.count {
        var bytes = Array(chunk)
        bytes.replaceSubrange(rewrite.range, with: Array(rewrite.encoding.utf8))
        bytes.withUnsafeBytes { stream.push($0, final: false) }
      } else {
        stream.push(chunk, final: false)
      }
      first = false
      return try afterChunk() && !stream.isStopped
    }
    guard !stream.isStopped else { return }
    stream.push(UnsafeRawBufferPointer(start: nil, count: 0), final: true)
    _ = try afterChunk()
  }

  /// Reads a large feed on two threads: a worker parses (filter, libxml2, handler) and
  /// queues the finished items; this thread builds their reports and hands them to `sink`
  /// in order. When the sink throws, the worker is cancelled and joined before the error
  /// goes on. `nil` when no thread could be started (the caller reads on one thread).
  private func readPipelined(
    _ input: InputFile, _ plan: FeedInputPlan, into sink: inout ReportSink
  ) throws -> FeedInfo? {
    _ = LibXML2Setup.ready
    typealias Outcome = Result<FeedStream.Outcome, any Error>
    let pipe = FeedPipe<FeedItemDraft?, Outcome>(
      capacity: queueCapacity, batch: max(queueCapacity / 4, 1))
    let path = input.path
    let chunkSize = chunkBytes
    let worker = FeedWorkerThread {
      let stream = FeedStream(path: path) { pipe.put($0) }
      let outcome = Outcome {
        try Self.stream(input, plan, chunkSize: chunkSize, into: stream) { !pipe.isCancelled }
        return stream.outcome()
      }
      pipe.finish(outcome)
    }
    guard let worker else { return nil }
    defer {
      pipe.cancel()
      worker.join()
    }
    var batch: [FeedItemDraft?] = []
    var itemDiagnostics: [Diagnostic] = []
    batch.reserveCapacity(queueCapacity)
    while true {
      let end = pipe.take(into: &batch)
      try Self.hand(&batch, to: &sink, diagnostics: &itemDiagnostics)
      if let end {
        let outcome = try end.get()
        sink.diagnostics += outcome.diagnostics(items: itemDiagnostics)
        return outcome.feed
      }
    }
  }

  /// The feed as UTF-8, for the inputs that cannot be streamed as they are: UTF-16 and
  /// UTF-32 (transcoded, the declaration then saying UTF-8), and undeclared legacy code
  /// pages (guessed by `TextDecoding` from the text outside the tags, since markup would
  /// make any feed look English to language identification).
  private func decodeWhole(
    _ input: InputFile, _ plan: FeedInputPlan, into sink: inout ReportSink
  ) throws -> [UInt8] {
    let raw = try input.readAll()
    if plan.action == .wide {
      var bytes = Array(TextDecoding.decode(raw).text.utf8)
      let prolog = FeedProlog(Array(bytes.prefix(InputFile.headLength)))
      if let range = prolog.encodingRange {
        bytes.replaceSubrange(range, with: Array("UTF-8".utf8))
      }
      return bytes
    }
    let guess = TextDecoding.decode(Self.textOutsideTags(raw))
    sink.diagnose(
      .note, input.path,
      guess.note ?? "not valid UTF-8 and no encoding declared; read as \(guess.encoding)")
    return TextDecoding.transcodeToUTF8(raw, encoding: guess.encoding)
      ?? Array(TextDecoding.decode(raw).text.utf8)
  }

  /// The bytes of `bytes` outside `<…>`, for guessing the encoding of the text.
  static func textOutsideTags(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count / 2)
    var inTag = false
    for byte in bytes {
      if byte == UInt8(ascii: "<") {
        inTag = true
        out.append(0x20)
      } else if byte == UInt8(ascii: ">") {
        inTag = false
      } else if !inTag {
        out.append(byte)
      }
    }
    return out
  }
}
