import ParallaxXML

/// Reads NewsML-G2 (`newsItem`, `newsMessage`) and NITF documents.
///
/// A `newsMessage` with several items gives one report per item, numbered from 0. The XML
/// is parsed safely (no network, no DTD, no external entities); an ill-formed document is
/// read in recover mode and the first fatal error is reported with its line and column.
struct NewsMLReader: ReportReader {
  func read(_ input: InputFile, into sink: inout ReportSink) throws {
    let (checked, firstBad) = UTF8Repair.repair(try input.readAll())
    if let firstBad {
      sink.diagnose(
        .warning, input.path, line: firstBad.line, column: firstBad.column,
        "bytes that are not UTF-8 in a UTF-8 document were replaced by U+FFFD")
    }
    let (bytes, replaced) = XMLEntitySubstitution.substitute(in: checked)
    let document = MarkupDocument(xml: bytes)
    if replaced > 0 {
      sink.diagnose(
        .note, input.path, "\(replaced) HTML named entities (such as &nbsp;) decoded without a DTD")
    }
    guard let root = document.root else {
      let problem = document.firstFatal ?? document.problems.first
      sink.diagnose(
        .error, input.path, line: problem?.line, column: problem?.column,
        "ill-formed XML, nothing could be read: \(problem?.message ?? "no root element")")
      return
    }
    if !document.unexpandedEntities.isEmpty {
      let names = document.unexpandedEntities.prefix(5).map { "&\($0);" }.joined(separator: ", ")
      sink.diagnose(
        .warning, input.path,
        "entities not expanded (external entities are never read): \(names)")
    }
    let before = sink.count
    let items = Self.items(root)
    let reader = NewsItemReader(path: input.path)
    switch root.name {
    case "nitf":
      try sink.add(Self.report(nitf: root, path: input.path))
    default:
      let numbered = items.count > 1
      for (index, item) in items.enumerated() {
        try sink.add(
          reader.report(
            item, index: numbered ? index : nil,
            inherited: NewsContent.declaredLanguage(root)))
      }
    }
    if sink.count == before {
      sink.diagnose(.warning, input.path, "no newsItem or nitf document with text in this file")
    }
    if !document.wellFormed, let problem = document.firstFatal {
      // An error even when text was recovered: the input had problems (CLI.md's exit 1), as
      // for a feed; what could be read is still shown.
      let severity: Diagnostic.Severity = .error
      if Self.isEntityRefusal(problem.message) {
        sink.diagnose(
          severity, input.path, line: problem.line, column: problem.column,
          "entity expansion refused (an entity bomb?): \(problem.message); the entities "
            + "were left out")
      } else {
        sink.diagnose(
          severity, input.path, line: problem.line, column: problem.column,
          "ill-formed XML: \(problem.message); read in recover mode, text after this point "
            + "may be missing")
      }
    }
  }

  /// Whether libxml2 refused to expand entities (a loop or an amplification attack).
  static func isEntityRefusal(_ message: String) -> Bool {
    let lower = message.lowercased()
    return lower.contains("entity reference loop") || lower.contains("amplification")
      || lower.contains("entities")
  }

  /// The `newsItem`s of a document: the root itself, or those of a message's `itemSet`s.
  static func items(_ root: MarkupElement) -> [MarkupElement] {
    switch root.name {
    case "newsItem": [root]
    case "newsMessage": root.elements("itemSet").flatMap { $0.elements("newsItem") }
    default: []
    }
  }

  /// A report from a stand-alone NITF document.
  static func report(nitf: MarkupElement, path: String) -> Report {
    let content = NewsContent(nitf: nitf.pruned(NewsContent.isNonPublic))
    var builder = ReportBuilder(path: path, format: .nitf)
    builder.report.title = content.title
    builder.report.byline = content.byline
    builder.report.dateline = content.dateline
    builder.report.summary = content.summary
    builder.report.published = content.published
    builder.report.updated = content.updated
    builder.report.guid = content.guid
    builder.report.credit = content.credit
    builder.report.outlet = content.outlet ?? content.credit
    builder.report.url = content.url
    if let declared = content.language, let code = LanguageTag.normalize(declared) {
      builder.report.language = LanguageInfo(
        code: code, origin: .declared, confidence: 1, declared: declared)
    }
    builder.paragraphs = content.paragraphs
    return builder.build()
  }
}
