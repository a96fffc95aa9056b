import ParallaxXML

/// Turns one NewsML-G2 `newsItem` into a report.
///
/// Metadata comes from `itemMeta` (provider, `versionCreated`, `firstCreated`) and
/// `contentMeta` (headline, `creator`, `by`, `dateline`, `creditline`, `description`,
/// `language`); the text from the first `inlineXML` (NITF or XHTML) or `inlineData` of
/// `contentSet` that has any. Editorial notes and non-public parts are left out.
struct NewsItemReader {
  /// The file name shown to the user.
  var path: String

  /// The report for `item`, the `index`-th item of a message (`nil` for a lone item).
  func report(_ item: MarkupElement, index: Int?, inherited: String?) -> Report {
    let item = item.pruned(NewsContent.isNonPublic)
    var builder = ReportBuilder(path: path, item: index, format: .newsml)
    let itemMeta = item.first("itemMeta")
    let contentMeta = item.first("contentMeta")
    let content = self.content(item.first("contentSet"))
    var report = builder.report
    report.guid = MarkupElement.folded(item[attribute: "guid"]) ?? content.guid
    // Headline: the most important `headline` (lowest rank), else the content's own.
    report.title = Self.headline(contentMeta) ?? content.title
    let provider = itemMeta?.first("provider").flatMap(Self.providerName)
    report.outlet = provider ?? content.outlet
    report.credit =
      contentMeta?.first("creditline")?.trimmedText ?? content.credit ?? provider
    report.byline =
      contentMeta?.first("by")?.trimmedText ?? content.byline
      ?? MarkupElement.folded(
        contentMeta?.elements("creator").compactMap { $0.first("name")?.trimmedText }
          .joined(separator: ", "))
    report.dateline = Self.trimmedDateline(
      contentMeta?.first("dateline")?.trimmedText ?? content.dateline)
    report.summary =
      contentMeta?.elements("description").compactMap(\.trimmedText).first ?? content.summary
    report.url = Self.selfLink(itemMeta) ?? content.url
    let firstCreated =
      NewsMLDate.parse(itemMeta?.first("firstCreated")?.text)
      ?? NewsMLDate.parse(contentMeta?.first("contentCreated")?.text)
    let versionCreated = NewsMLDate.parse(itemMeta?.first("versionCreated")?.text)
    let modified = NewsMLDate.parse(contentMeta?.first("contentModified")?.text)
    report.published = firstCreated ?? content.published ?? versionCreated ?? modified
    // The time of this version, so that the versions of a story can be ordered: the item's
    // `versionCreated` (kept even when it equals `firstCreated`: the first version), else the
    // latest content change after publication.
    if let versionCreated, firstCreated != nil || content.published != nil {
      report.updated = versionCreated
    } else if let latest = [versionCreated, modified, content.updated].compactMap({ $0 }).max(),
      let published = report.published, published < latest
    {
      report.updated = latest
    }
    let declared =
      content.language ?? MarkupElement.folded(contentMeta?.first("language")?[attribute: "tag"])
      ?? NewsContent.declaredLanguage(contentMeta) ?? NewsContent.declaredLanguage(item)
      ?? inherited
    if let declared, let code = LanguageTag.normalize(declared) {
      report.language = LanguageInfo(
        code: code, origin: .declared, confidence: 1, declared: declared)
    }
    builder.report = report
    builder.paragraphs = content.paragraphs
    return builder.build()
  }

  /// The content of the first `inlineXML` or `inlineData` that has text.
  private func content(_ contentSet: MarkupElement?) -> NewsContent {
    guard let contentSet else { return NewsContent() }
    var fallback: NewsContent?
    for holder in contentSet.elements {
      let language = NewsContent.declaredLanguage(holder)
      var found: NewsContent
      switch holder.name {
      case "inlineXML":
        guard let root = holder.elements.first else { continue }
        if root.name == "nitf" {
          found = NewsContent(nitf: root)
        } else {
          found = NewsContent(xhtml: root)
        }
        if found.language == nil { found.language = language }
      case "inlineData":
        found = NewsContent(plainText: holder.text, language: language)
      default:
        continue
      }
      if !found.paragraphs.isEmpty { return found }
      if fallback == nil { fallback = found }
    }
    return fallback ?? NewsContent()
  }

  /// The `headline` with the lowest rank (an unranked one counts as rank 1).
  static func headline(_ contentMeta: MarkupElement?) -> String? {
    guard let contentMeta else { return nil }
    let ranked = contentMeta.elements("headline").enumerated().compactMap {
      offset, element -> (Int, Int, String)? in
      guard let text = element.trimmedText else { return nil }
      return (Int(element[attribute: "rank"] ?? "") ?? 1, offset, text)
    }
    return ranked.min { ($0.0, $0.1) < ($1.0, $1.1) }?.2
  }

  /// `<provider literal="…">`, its `name`, else the code after the scheme (`nprov:REUTERS`
  /// → `REUTERS`), else the host of its URI.
  static func providerName(_ provider: MarkupElement) -> String? {
    if let literal = MarkupElement.folded(provider[attribute: "literal"]) { return literal }
    if let name = provider.first("name")?.trimmedText { return name }
    if let qcode = MarkupElement.folded(provider[attribute: "qcode"]) {
      return qcode.split(separator: ":", maxSplits: 1).last.map(String.init)
    }
    if let uri = MarkupElement.folded(provider[attribute: "uri"]) {
      let afterScheme = uri.range(of: "://").map { String(uri[$0.upperBound...]) } ?? uri
      return afterScheme.split(separator: "/").first.map(String.init)
    }
    return nil
  }

  /// An `itemMeta/link` pointing at the item itself (`rel` naming self or canonical).
  static func selfLink(_ itemMeta: MarkupElement?) -> String? {
    guard let itemMeta else { return nil }
    for link in itemMeta.elements("link") {
      let rel = link[attribute: "rel"]?.lowercased() ?? ""
      if rel.hasSuffix("self") || rel.hasSuffix("canonical") {
        return MarkupElement.folded(link[attribute: "href"])
      }
    }
    return nil
  }

  /// `New York (dpa) - ` → `New York (dpa)`.
  static func trimmedDateline(_ value: String?) -> String? {
    guard var text = value else { return nil }
    while let last = text.last, " -–—,".contains(last) { text.removeLast() }
    return text.isEmpty ? nil : text
  }
}
