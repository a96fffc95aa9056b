import Foundation

/// Loads reports from files, folders, feeds and standard input.
///
/// ```swift
/// let loader = ReportLoader()
/// let result = loader.load(["Corpus/idleb-2020-02/"])
/// for report in result.reports { print(report.title ?? report.id) }
/// ```
public struct ReportLoader: Sendable {
  /// Settings that change how inputs are read.
  public struct Options: Sendable {
    /// A language code that overrides declarations and identification (`--lang`).
    public var languageOverride: String?
    /// Whether a large feed is parsed on a second thread while the reports are built
    /// (the default); `false` reads it on the calling thread alone.
    public var pipelinesFeeds: Bool

    /// Creates options.
    public init(languageOverride: String? = nil, pipelinesFeeds: Bool = true) {
      self.languageOverride = languageOverride
      self.pipelinesFeeds = pipelinesFeeds
    }
  }

  /// What loading a set of inputs gave.
  public struct Result: Sendable {
    /// The reports, in input order.
    public var reports: [Report]
    /// Every problem found, in input order.
    public var diagnostics: [Diagnostic]

    /// Whether any input had an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }

  /// The settings in force.
  public var options: Options

  /// Creates a loader.
  public init(options: Options = Options()) {
    self.options = options
  }

  /// Loads every report that `references` name, keeping them all in memory.
  public func load(_ references: [String]) -> Result {
    var reports: [Report] = []
    let diagnostics = forEachReport(in: references) { reports.append($0) }
    return Result(reports: reports, diagnostics: diagnostics)
  }

  /// Streams every report that `references` name (paths, folders, `-`, `feed.xml#ITEM`)
  /// to `body`, in order, and returns the diagnostics. Memory stays bounded by one report.
  public func forEachReport(in references: [String], _ body: (Report) throws -> Void) rethrows
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    for reference in references {
      try withoutActuallyEscaping(body) { body in
        diagnostics += try forEachReport(in: reference, body)
      }
    }
    return diagnostics
  }

  private func forEachReport(in reference: String, _ body: @escaping (Report) throws -> Void)
    throws -> [Diagnostic]
  {
    let selection = ReportReference(reference)
    if selection.path == "-" {
      return try readStandardInput(selection, body)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: selection.path, isDirectory: &isDirectory)
    else {
      return [CorpusError.notFound(path: selection.path).diagnostic]
    }
    if isDirectory.boolValue {
      var unreadable: [(path: String, reason: String)] = []
      let files = Self.reportFiles(in: selection.path, unreadable: &unreadable)
      var diagnostics = unreadable.map {
        CorpusError.unreadable(path: $0.path, reason: "folder: \($0.reason)").diagnostic
      }
      if let item = selection.item {
        diagnostics.append(CorpusError.noSuchItem(path: selection.path, item: item).diagnostic)
      }
      if files.isEmpty, unreadable.isEmpty {
        diagnostics.append(
          Diagnostic(
            .warning, SourceLocation(path: selection.path),
            "no report in this folder (hidden files, READMEs and data files are skipped)"))
      }
      for file in files {
        diagnostics += try read(ReportReference(path: file, item: nil), displayPath: file, body)
      }
      return diagnostics
    }
    return try read(selection, displayPath: selection.path, body)
  }

  private func readStandardInput(
    _ selection: ReportReference, _ body: @escaping (Report) throws -> Void
  ) throws -> [Diagnostic] {
    let spool = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-stdin-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: spool) }
    guard FileManager.default.createFile(atPath: spool.path, contents: nil),
      let out = FileHandle(forWritingAtPath: spool.path)
    else {
      return [CorpusError.unreadable(path: "-", reason: "cannot spool standard input").diagnostic]
    }
    while let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
      out.write(chunk)
    }
    try? out.close()
    return try read(selection, displayPath: "-", fileURL: spool, body)
  }

  private func read(
    _ selection: ReportReference, displayPath: String, fileURL: URL? = nil,
    _ body: @escaping (Report) throws -> Void
  ) throws -> [Diagnostic] {
    let input: InputFile
    do {
      input = try InputFile(
        path: displayPath, fileURL: fileURL ?? URL(fileURLWithPath: selection.path))
    } catch let error as CorpusError {
      return [error.diagnostic]
    }
    if input.size == 0 {
      return [Diagnostic(.warning, SourceLocation(path: displayPath), "empty file: no report")]
    }
    if let binary = BinarySniffer.inspect(input.head) {
      return [
        Diagnostic(
          .error, SourceLocation(path: displayPath, line: binary.line, column: binary.column),
          "binary data, not a report (\(binary.what) at offset \(binary.offset))")
      ]
    }
    var found = false
    var extra: [Diagnostic] = []
    let overrideCode = options.languageOverride.flatMap { LanguageTag.normalize($0) }
    var sink = ReportSink { report in
      guard selection.matches(report) else { return }
      found = true
      if let diagnostic = LanguageResolver.resolve(&report, overrideCode: overrideCode) {
        extra.append(diagnostic)
      }
      try body(report)
    }
    var reader = Self.reader(for: input)
    if !options.pipelinesFeeds, var feedReader = reader as? FeedReader {
      feedReader.pipelineThreshold = .max
      reader = feedReader
    }
    try reader.read(input, into: &sink)
    var diagnostics = sink.diagnostics + extra
    if let item = selection.item, !found {
      diagnostics.append(CorpusError.noSuchItem(path: displayPath, item: item).diagnostic)
    }
    return diagnostics
  }

  /// The reader for an input, chosen from its content.
  static func reader(for input: InputFile) -> any ReportReader {
    switch FormatDetector.detect(input.head) {
    case .text: PlainTextReader()
    case .html: HTMLReader()
    case .rss, .rdf, .atom: FeedReader()
    case .newsml, .nitf: NewsMLReader()
    }
  }

  /// The files under `folder` that may hold reports, sorted by path. Hidden files, READMEs,
  /// licences and the data files Parallax writes itself are left out.
  public static func reportFiles(in folder: String) -> [String] {
    var unreadable: [(path: String, reason: String)] = []
    return reportFiles(in: folder, unreadable: &unreadable)
  }

  /// `reportFiles(in:)`, adding to `unreadable` each folder (the given one or one inside it)
  /// that cannot be listed, with the reason: its reports would otherwise vanish unseen.
  static func reportFiles(
    in folder: String, unreadable: inout [(path: String, reason: String)]
  ) -> [String] {
    let root = URL(fileURLWithPath: folder)
    func listable(_ path: String, shown: String) -> Bool {
      guard let handle = opendir(path) else {
        unreadable.append((shown, String(cString: strerror(errno))))
        return false
      }
      closedir(handle)
      return true
    }
    guard listable(root.path, shown: folder),
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    var files: [String] = []
    let skippedExtensions: Set<String> = ["md", "tsv", "json", "tbx", "tmx", "csv", "swift"]
    for case let url as URL in walker {
      let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
      if values?.isDirectory == true {
        let relative = String(url.path.dropFirst(root.path.count)).drop { $0 == "/" }
        _ = listable(
          url.path, shown: folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
        continue
      }
      guard values?.isRegularFile == true else { continue }
      let name = url.lastPathComponent.lowercased()
      if name.hasPrefix("readme") || name.hasPrefix("license") || name.hasPrefix("licence")
        || skippedExtensions.contains(url.pathExtension.lowercased())
      {
        continue
      }
      let relative = String(url.path.dropFirst(root.path.count)).drop { $0 == "/" }
      files.append(
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
    }
    return files.sorted()
  }
}

/// A reference to reports: a path, perhaps with `#ITEM` (an index from 0, or a guid).
public struct ReportReference: Sendable, Hashable {
  /// The file or folder.
  public var path: String
  /// The item: an index or a guid, or `nil` for all.
  public var item: String?

  /// Creates a reference from parts.
  public init(path: String, item: String?) {
    self.path = path
    self.item = item
  }

  /// Parses `feed.xml#3` or `feed.xml#urn:guid`; a path that exists as written is whole.
  public init(_ text: String) {
    if text == "-" || FileManager.default.fileExists(atPath: text) {
      self.init(path: text, item: nil)
    } else if let hash = text.firstIndex(of: "#") {
      self.init(path: String(text[..<hash]), item: String(text[text.index(after: hash)...]))
    } else {
      self.init(path: text, item: nil)
    }
  }

  /// Whether `report` is selected.
  public func matches(_ report: Report) -> Bool {
    guard let item else { return true }
    if let index = Int(item) { return report.item == index || report.guid == item }
    return report.guid == item
  }
}
