import ParallaxXML

/// Reads an HTML article page: its main text and what it says about itself.
///
/// Metadata comes first from schema.org JSON-LD, then `og:`/`article:` meta tags, then the
/// page itself (`<h1>`, bylines, `<time>`). The text is found by `ContentExtractor`; when
/// the page's JSON-LD `articleBody` is much longer than what the markup gave, the
/// `articleBody` is used instead. Bytes are decoded by `HTMLDecoding` and handed to libxml2
/// as UTF-8.
struct HTMLReader: ReportReader {
  /// The markup's text is preferred to `articleBody` when it has at least this share of it.
  static let markupShare = 0.7

  func read(_ input: InputFile, into sink: inout ReportSink) throws {
    let decoded = HTMLDecoding.decode(try input.readAll())
    if let note = decoded.note { sink.diagnose(.note, input.path, note) }
    let document = MarkupDocument(html: decoded.text)
    guard let root = document.root else {
      sink.diagnose(.error, input.path, "no HTML could be read from this file")
      return
    }
    if let line = document.flattenedLine {
      sink.diagnose(.warning, input.path, line: line > 0 ? line : nil, Self.deepNesting)
    }
    let page = PageMetadata(root)
    let content = ContentExtractor.extract(root.first("body") ?? root)
    let article = page.article
    var builder = ReportBuilder(path: input.path, format: .html)
    var report = builder.report
    report.outlet = article?.publisher ?? page.meta("og:site_name", "application-name")
    if let site = page.meta("og:site_name") { report.outlet = site }
    report.title =
      article?.headline
      ?? page.meta("og:title", "twitter:title", "dc.title", "headline").map {
        Self.withoutSiteName($0, report.outlet)
      } ?? content.heading ?? page.titleTag.map { Self.withoutSiteName($0, report.outlet) }
    report.url = page.canonical ?? page.meta("og:url") ?? article?.url
    report.published =
      [
        article?.published, page.meta("article:published_time", "datepublished"),
        page.meta("og:published_time", "pubdate", "publishdate", "date", "dc.date"),
        content.published,
      ].lazy.compactMap { NewsMLDate.parse($0) }.first
    report.updated =
      [
        article?.modified, page.meta("article:modified_time", "datemodified"),
        page.meta("og:updated_time", "lastmod"), content.modified,
      ].lazy.compactMap { NewsMLDate.parse($0) }.first
    report.byline =
      MarkupElement.folded(article?.authors.joined(separator: ", ")) ?? page.metaAuthor
      ?? content.byline
    report.summary =
      article?.summary ?? page.meta("description", "og:description", "twitter:description")
    if let declared = page.language, let code = LanguageTag.normalize(declared) {
      report.language = LanguageInfo(
        code: code, origin: .declared, confidence: 1, declared: declared)
    }
    builder.report = report
    let markupLength = content.blocks.reduce(0) { $0 + ($1.kind == nil ? $1.text.count : 0) }
    if let body = article?.body,
      Double(markupLength) < Self.markupShare * Double(body.count)
    {
      for paragraph in Self.articleBodyParagraphs(body) {
        builder.append(paragraph.text, kind: paragraph.kind)
      }
    } else {
      for block in content.blocks { builder.append(block.text, kind: block.kind) }
    }
    let built = builder.build()
    if built.bodyParagraphs.isEmpty {
      sink.diagnose(.warning, input.path, "no article text found on this page")
    }
    try sink.add(built)
  }

  /// The warning for a page nested deeper than the tree keeps (its text is all read).
  static let deepNesting =
    "elements nested more than \(MarkupDocument.maximumDepth) levels deep from here:"
    + " their text is kept, read with the nesting below that depth opened"

  /// `Headline | Outlet` → `Headline` when the outlet is known.
  static func withoutSiteName(_ title: String, _ outlet: String?) -> String {
    guard let outlet, !outlet.isEmpty else { return title }
    for separator in [" | ", " - ", " – ", " — ", " · ", " :: "] {
      if title.hasSuffix(separator + outlet) {
        return String(title.dropLast(separator.count + outlet.count))
      }
      if title.hasPrefix(outlet + separator) {
        return String(title.dropFirst(separator.count + outlet.count))
      }
    }
    return title
  }

  /// The paragraphs of a JSON-LD `articleBody`: its markup when it holds HTML, else its
  /// lines.
  static func articleBodyParagraphs(_ body: String) -> [ReportBuilder.RawParagraph] {
    if body.contains("</p>") || body.contains("<br") {
      let fragment = MarkupDocument(html: "<html><body>" + body + "</body></html>")
      if let root = fragment.root {
        var collector = BlockCollector(
          kinds: BlockCollector.htmlKinds, skip: Boilerplate.isFurniture)
        let blocks = collector.collect(root.first("body") ?? root)
        if !blocks.isEmpty { return blocks.map { .init($0.text, kind: $0.kind) } }
      }
    }
    return splitParagraphs(body).map { .init($0) }
  }

  /// `articleBody` split into paragraphs on line breaks.
  static func splitParagraphs(_ text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).map(String.init).filter {
      $0.contains { !$0.isWhitespace }
    }
  }
}
