import ParallaxCorpus

/// What `list --format json` writes for a report: its metadata, no text.
struct ReportSummary: Encodable {
  var id: String
  var format: SourceFormat
  var language: LanguageInfo?
  var published: NewsDate?
  var updated: NewsDate?
  var outlet: String?
  var title: String?
  var url: String?
  var paragraphs: Int

  init(_ report: Report) {
    id = report.id
    format = report.format
    language = report.language
    published = report.published
    updated = report.updated
    outlet = report.outlet
    title = report.title
    url = report.url
    paragraphs = report.paragraphs.count
  }
}
