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
    let queue = FeedReportQueue()
    let handler = FeedHandler(path: input.path) { queue.reports.append($0) }
    let entities = FeedEntityResolver()
    let parser = FeedSAXParser(handler: handler, entities: entities)
    handler.currentLine = { [unowned parser] in parser.line }
    let plan = FeedInputPlan(head: input.head, size: input.size)
    var filter: FeedByteFilter?
    var filtered: [UInt8] = []
    filtered.reserveCapacity(Self.chunkSize + 4096)
    var resync = FeedResyncState()

    func push(_ chunk: [UInt8], final: Bool) throws {
      if resync.prefix == nil { resync.prefix = FeedResync.prefix(fromFirstChunk: chunk) }
      if filter == nil { filter = FeedByteFilter(head: Array(chunk.prefix(InputFile.headLength))) }
      chunk.withUnsafeBytes { filter?.filter($0, final: final, into: &filtered) }
      resync.parse(filtered, final: final, parser: parser, handler: handler)
      if final { handler.finishDocument() }
      // The finished reports are handed over in place in a local array (a `for` loop over
      // the queue's array would copy every report, one reference count per field).
      var batch: [Report] = []
      swap(&batch, &queue.reports)
      for index in batch.indices { try sink.add(inPlace: &batch[index]) }
      batch.removeAll(keepingCapacity: true)
      swap(&batch, &queue.reports)
    }

    if plan.action != .stream {
      guard input.size <= Self.largestDecodedFile else {
        sink.diagnose(
          .error, input.path, "not UTF-8 and too large to decode whole; not read")
        return FeedInfo()
      }
      let bytes = try decodeWhole(input, plan, into: &sink)
      var start = 0
      while start < bytes.count {
        let end = min(bytes.count, start + Self.chunkSize)
        try push(Array(bytes[start..<end]), final: false)
        start = end
      }
    } else {
      var first = true
      try input.forEachChunk(size: Self.chunkSize) { chunk in
        var chunk = chunk
        if first, let rewrite = plan.rewrite, rewrite.range.upperBound <= chunk.count {
          chunk.replaceSubrange(rewrite.range, with: Array(rewrite.encoding.utf8))
        }
        first = false
        try push(chunk, final: false)
      }
    }
    try push([], final: true)
    report(parser, handler, entities, filter?.removedControls ?? 0, into: &sink)
    if resync.restarts > 0 {
      sink.diagnose(
        .note, input.path,
        "the XML parser gave up \(resync.restarts) time(s); reading went on at the next item")
    }
    return handler.feed
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

  private func report(
    _ parser: FeedSAXParser, _ handler: FeedHandler, _ entities: FeedEntityResolver,
    _ removedControls: Int, into sink: inout ReportSink
  ) {
    let path = handler.path
    for problem in entities.problems {
      switch problem {
      case .bomb(let name):
        sink.diagnose(
          .error, path,
          "entity expansion bomb refused: entity '\(name)' would expand beyond "
            + "\(FeedEntityResolver.expansionBudget) bytes; not expanded")
      case .external(let name, let systemID):
        let target = systemID.map { " (\($0))" } ?? ""
        sink.diagnose(
          .warning, path,
          "external entity '\(name)'\(target) not loaded: Parallax never reads external entities")
      }
    }
    for name in parser.unloadedParameterEntities {
      sink.diagnose(
        .note, path, "DTD parameter entity \(name) not loaded: Parallax never reads external DTDs")
    }
    for (index, error) in parser.errors.prefix(Self.reportedErrors).enumerated() {
      let recovered =
        index == 0
        ? "; read on in recover mode, \(handler.itemCount) item(s) recovered" : ""
      sink.diagnose(
        .error, path, line: error.line > 0 ? error.line : nil,
        column: error.column > 0 ? error.column : nil,
        "ill-formed XML: \(error.message)\(recovered)")
    }
    let more = parser.errors.count - Self.reportedErrors + parser.droppedErrors
    if more > 0 { sink.diagnose(.note, path, "\(more) more XML error(s) not shown") }
    if removedControls > 0 {
      sink.diagnose(
        .note, path,
        "removed \(removedControls) control character(s) that XML does not allow")
    }
    sink.diagnostics += handler.diagnostics
    if handler.itemCount == 0, parser.errors.isEmpty {
      sink.diagnose(.warning, path, "no items in this feed")
    }
  }
}

/// Reports finished by the parser, waiting to be handed to the sink.
final class FeedReportQueue {
  var reports: [Report] = []
}
