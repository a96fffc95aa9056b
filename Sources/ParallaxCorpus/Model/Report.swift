/// One news report, cleaned: metadata and normalized paragraphs.
///
/// Every later stage points into `paragraphs[i].text` with half-open ranges counted in
/// Unicode scalars, so the text is normalized once, here, and never changed afterwards.
public struct Report: Sendable, Codable, Hashable {
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
  /// Who published it: a feed's channel title, a page's publisher, a NewsML provider.
  public var outlet: String?
  /// The language of the text, declared or identified.
  public var language: LanguageInfo?
  /// The report's title, when it has one.
  public var title: String?
  /// When it was first published.
  public var published: NewsDate?
  /// When it was last updated: for a NewsML-G2 item, the time of this version
  /// (`versionCreated`), by which the versions of a story are ordered.
  public var updated: NewsDate?
  /// Where it lives on the web.
  public var url: String?
  /// The author line.
  public var byline: String?
  /// The report's links (a feed item's alternate, enclosure, related links), or `nil`.
  public var links: [Link]?
  /// The authors, one by one, when the source names them (`byline` is the display line).
  public var authors: [Person]?
  /// The contributors, when the source names them.
  public var contributors: [Person]?
  /// The publisher credited by the source (`dc:publisher`, `webMaster`), when given.
  public var publisher: Person?
  /// The agency or service credited (`AFP`, `Reuters`).
  public var credit: String?
  /// The dateline at the head of the text (`ANKARA (AFP) -`).
  public var dateline: String?
  /// A summary or description given beside the main text (a feed's `description`).
  public var summary: String?
  /// Metadata of the feed that carried the report, for feed items.
  public var feed: FeedInfo?
  /// The text, paragraph by paragraph.
  public var paragraphs: [Paragraph]

  /// Creates a report; paragraphs are taken as given (see `ReportBuilder` to normalize).
  public init(
    id: String, path: String, item: Int? = nil, guid: String? = nil, format: SourceFormat,
    outlet: String? = nil, language: LanguageInfo? = nil, title: String? = nil,
    published: NewsDate? = nil, updated: NewsDate? = nil, url: String? = nil,
    byline: String? = nil, credit: String? = nil, dateline: String? = nil,
    summary: String? = nil, feed: FeedInfo? = nil, paragraphs: [Paragraph] = [],
    links: [Link]? = nil, authors: [Person]? = nil, contributors: [Person]? = nil,
    publisher: Person? = nil
  ) {
    self.id = id
    self.path = path
    self.item = item
    self.guid = guid
    self.format = format
    self.outlet = outlet
    self.language = language
    self.title = title
    self.published = published
    self.updated = updated
    self.url = url
    self.byline = byline
    self.credit = credit
    self.dateline = dateline
    self.summary = summary
    self.feed = feed
    self.paragraphs = paragraphs
    self.links = links
    self.authors = authors
    self.contributors = contributors
    self.publisher = publisher
  }

  /// The paragraphs that carry the story (everything but the headline).
  public var bodyParagraphs: [Paragraph] { paragraphs.filter { $0.kind != .headline } }

  /// All paragraph text joined by blank lines, for language identification and search.
  public var plainText: String { paragraphs.map(\.text).joined(separator: "\n\n") }
}

/// Metadata of the feed (channel) that carried a report.
public struct FeedInfo: Sendable, Codable, Hashable {
  /// The channel's title.
  public var title: String?
  /// The channel's link.
  public var link: String?
  /// The channel's description or subtitle.
  public var subtitle: String?
  /// The channel's declared language, as written.
  public var language: String?
  /// The feed dialect, such as `rss20`, `rss10`, `atom10`.
  public var version: String?
  /// The channel's links, or `nil`.
  public var links: [Link]?
  /// The channel's authors (`managingEditor`, Atom `author`), or `nil`.
  public var authors: [Person]?
  /// The channel's contributors, or `nil`.
  public var contributors: [Person]?
  /// The channel's publisher (`webMaster`, `dc:publisher`), when given.
  public var publisher: Person?

  /// Creates feed metadata.
  public init(
    title: String? = nil, link: String? = nil, subtitle: String? = nil,
    language: String? = nil, version: String? = nil, links: [Link]? = nil,
    authors: [Person]? = nil, contributors: [Person]? = nil, publisher: Person? = nil
  ) {
    self.title = title
    self.link = link
    self.subtitle = subtitle
    self.language = language
    self.version = version
    self.links = links
    self.authors = authors
    self.contributors = contributors
    self.publisher = publisher
  }
}
