/// What a report says about itself, without its text: the metadata every later stage
/// carries along with its findings (the facts, the alignment, the comparison).
public struct ReportMetadata: Sendable, Codable, Hashable {
  /// Stable identifier: the path, plus `#index` for an item of a feed.
  public var id: String
  /// The file the report came from (`-` for standard input).
  public var path: String
  /// The 0-based index of the item in its feed, or `nil` for a single-report file.
  public var item: Int?
  /// The feed item's guid or Atom id, when it has one.
  public var guid: String?
  /// The format the report was read from.
  public var format: SourceFormat
  /// Who published it.
  public var outlet: String?
  /// The language of the text, declared or identified.
  public var language: LanguageInfo?
  /// The report's title, when it has one.
  public var title: String?
  /// When it was first published.
  public var published: NewsDate?
  /// When it was last updated.
  public var updated: NewsDate?
  /// Where it lives on the web, as the source gives it (not checked: renderers decide
  /// whether it may become a link).
  public var url: String?
  /// The author line.
  public var byline: String?
  /// The agency or service credited.
  public var credit: String?
  /// The dateline at the head of the text.
  public var dateline: String?

  /// The metadata of `report`.
  public init(_ report: Report) {
    id = report.id
    path = report.path
    item = report.item
    guid = report.guid
    format = report.format
    outlet = report.outlet
    language = report.language
    title = report.title
    published = report.published
    updated = report.updated
    url = report.url
    byline = report.byline
    credit = report.credit
    dateline = report.dateline
  }
}
