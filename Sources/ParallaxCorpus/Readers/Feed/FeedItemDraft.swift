/// A finished feed item with what its report needs from the feed, handed from the thread
/// that parses the feed to the one that builds the reports.
///
/// Everything here is a value: the item's fields, its body still as bytes, and a snapshot of
/// the channel's metadata as it stood when the item ended.
struct FeedItemDraft: Sendable {
  /// The item as gathered.
  var item: FeedItem
  /// The feed's path, for the report's id.
  var path: String
  /// The item's index in the feed, from 0.
  var index: Int
  /// The feed's format.
  var format: SourceFormat
  /// The channel's metadata.
  var feed: FeedInfo
  /// The declared language and its normalized code.
  var declared: (text: String, code: String)?

  /// The report: dates read, body decoded into paragraphs, normalized, headline and lead
  /// marked; warnings about the item go to `diagnostics`.
  /// The item and the channel are moved into the report, not copied: the draft is left
  /// empty.
  mutating func report(diagnostics: inout [Diagnostic]) -> Report {
    var channel = FeedInfo()
    swap(&channel, &feed)
    return item.report(
      path: path, index: index, format: format, feed: channel, declared: declared,
      diagnostics: &diagnostics)
  }
}
