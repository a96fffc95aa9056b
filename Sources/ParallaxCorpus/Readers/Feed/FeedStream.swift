/// One feed's parse, from bytes to finished items: the byte filter (control characters, HTML
/// entities), libxml2's push parser (started again at the next item when it gives up) and
/// the handler. Used by one thread at a time: the reader's, or the parsing thread of a
/// pipelined read.
final class FeedStream {
  /// What the parse found besides the items.
  struct Outcome: Sendable {
    /// The channel's metadata.
    var feed: FeedInfo
    /// The problems met in the document, reported before those of the items.
    var leading: [Diagnostic]
    /// The problems reported after those of the items.
    var trailing: [Diagnostic]

    /// All the diagnostics of the feed, the items' (dates) in the middle.
    func diagnostics(items: [Diagnostic]) -> [Diagnostic] { leading + items + trailing }
  }

  private let handler: FeedHandler
  private let parser: FeedSAXParser
  private let entities: FeedEntityResolver
  private var filter: FeedByteFilter?
  private var filtered: [UInt8] = []
  private var resync = FeedResyncState()
  /// Whether the receiver of the items asked to stop: nothing more is parsed.
  private(set) var isStopped = false

  /// A parse of the feed at `path`; `emit` receives each finished item and returns `false`
  /// to stop the parse.
  init(path: String, emit: @escaping (consuming FeedItemDraft) -> Bool) {
    handler = FeedHandler(path: path)
    entities = FeedEntityResolver()
    parser = FeedSAXParser(handler: handler, entities: entities)
    filtered.reserveCapacity(FeedReader.chunkSize + 4096)
    handler.currentLine = { [unowned parser] in parser.line }
    handler.emit = { [unowned self] draft in
      if !emit(draft) { stop() }
    }
  }

  /// Stops the parse for good.
  func stop() {
    isStopped = true
    parser.stop()
  }

  /// Parses the next bytes; `final` ends the document (an item cut off by the end of a
  /// broken file is still emitted).
  func push(_ chunk: UnsafeRawBufferPointer, final: Bool) {
    guard !isStopped else { return }
    if resync.prefix == nil, !chunk.isEmpty {
      resync.prefix = FeedResync.prefix(fromFirstChunk: Array(chunk))
    }
    if filter == nil { filter = FeedByteFilter(head: Array(chunk.prefix(InputFile.headLength))) }
    filter?.filter(chunk, final: final, into: &filtered)
    resync.parse(filtered, final: final, parser: parser, handler: handler)
    if final, !isStopped { handler.finishDocument() }
  }

  /// The channel and the diagnostics, once the document has ended.
  func outcome() -> Outcome {
    let path = handler.path
    var out: [Diagnostic] = []
    func diagnose(
      _ severity: Diagnostic.Severity, line: Int? = nil, column: Int? = nil, _ message: String
    ) {
      out.append(
        Diagnostic(severity, SourceLocation(path: path, line: line, column: column), message))
    }
    for problem in entities.problems {
      switch problem {
      case .bomb(let name):
        diagnose(
          .error,
          "entity expansion bomb refused: entity '\(name)' would expand beyond "
            + "\(FeedEntityResolver.expansionBudget) bytes; not expanded")
      case .external(let name, let systemID):
        let target = systemID.map { " (\($0))" } ?? ""
        diagnose(
          .warning,
          "external entity '\(name)'\(target) not loaded: Parallax never reads external entities")
      }
    }
    for name in parser.unloadedParameterEntities {
      diagnose(.note, "DTD parameter entity \(name) not loaded: Parallax never reads external DTDs")
    }
    for (index, error) in parser.errors.prefix(FeedReader.reportedErrors).enumerated() {
      let recovered =
        index == 0
        ? "; read on in recover mode, \(handler.itemCount) item(s) recovered" : ""
      diagnose(
        .error, line: error.line > 0 ? error.line : nil,
        column: error.column > 0 ? error.column : nil,
        "ill-formed XML: \(error.message)\(recovered)")
    }
    let more = parser.errors.count - FeedReader.reportedErrors + parser.droppedErrors
    if more > 0 { diagnose(.note, "\(more) more XML error(s) not shown") }
    let removedControls = filter?.removedControls ?? 0
    if removedControls > 0 {
      diagnose(
        .note, "removed \(removedControls) control character(s) that XML does not allow")
    }
    out += handler.diagnostics
    let leading = out
    out = []
    if handler.itemCount == 0, parser.errors.isEmpty {
      diagnose(.warning, "no items in this feed")
    }
    if resync.restarts > 0 {
      diagnose(
        .note,
        "the XML parser gave up \(resync.restarts) time(s); reading went on at the next item")
    }
    return Outcome(feed: handler.feed, leading: leading, trailing: out)
  }
}
