/// What the reader has gathered about one feed item, before it becomes a `Report`.
///
/// Each field keeps the rank of the element it came from, lower ranks winning, so that
/// `pubDate` beats `dc:date` and an Atom alternate link beats a permalink guid whatever
/// their order in the item.
struct FeedItem: Sendable {
  /// A value and the rank of the element that gave it.
  struct Ranked<Value: Sendable>: Sendable {
    var value: Value
    var rank: Int
  }

  var title: Ranked<String>?
  var link: Ranked<String>?
  var guid: Ranked<String>?
  var author: Ranked<String>?
  var published: Ranked<NewsDate>?
  var updated: Ranked<NewsDate>?
  var language: Ranked<String>?
  /// The body and summary as gathered, decoded into paragraphs only when the report is
  /// built (which may be on another thread than the parse).
  var content: Ranked<FeedBodyText>?
  var summary: Ranked<FeedBodyText>?
  /// `xml:lang` in force at the item, inherited from the feed.
  var inheritedLanguage: String?
  /// The item's links and people.
  var extras = FeedExtras()
  /// Dates not read yet, in document order (most items have one: no array for it).
  var pendingDate: PendingDate?
  /// Further dates not read yet.
  var morePendingDates: [PendingDate] = []

  /// A `pubDate`, `dc:date`, `updated`… as written, read when the report is built.
  struct PendingDate: Sendable {
    /// The element's text.
    var text: String
    /// The element's rank.
    var rank: Int
    /// Whether it gives the publication date (else the update date).
    var isPublished: Bool
    /// Where the element ends, for the warning when the date cannot be read.
    var line: Int
  }

  /// Keeps a date to read when the report is built.
  mutating func addPendingDate(_ date: PendingDate) {
    if pendingDate == nil, morePendingDates.isEmpty {
      pendingDate = date
    } else {
      morePendingDates.append(date)
    }
  }

  /// Reads the pending dates in document order, as the handler once did as each ended: of
  /// two dates of the same rank the later wins (as in feedparser); a date that cannot be
  /// read gives a warning.
  private mutating func readPendingDates(path: String, into diagnostics: inout [Diagnostic]) {
    guard let first = pendingDate.take() else { return }
    read(first, path: path, into: &diagnostics)
    for pending in morePendingDates { read(pending, path: path, into: &diagnostics) }
    morePendingDates = []
  }

  private mutating func read(
    _ pending: PendingDate, path: String, into diagnostics: inout [Diagnostic]
  ) {
    guard let date = FeedDate.parse(pending.text) else {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(path: path, line: pending.line),
          "cannot read the date '\(pending.text)'"))
      return
    }
    offer(
      date, rank: pending.rank, pending.isPublished ? \.published : \.updated,
      replacingEqual: true)
  }

  /// Sets `field` to `value` unless it holds a value of a better (lower) rank.
  @inline(__always)
  mutating func offer<Value>(
    _ value: Value, rank: Int, _ field: WritableKeyPath<FeedItem, Ranked<Value>?>,
    replacingEqual: Bool = false
  ) {
    if let current = self[keyPath: field],
      current.rank < rank || (current.rank == rank && !replacingEqual)
    {
      return
    }
    self[keyPath: field] = Ranked(value: value, rank: rank)
  }

  /// The finished report. `declared` is the language the item or its feed declares, with
  /// its normalized code (resolved by the handler, which memoizes it); warnings about its
  /// dates go to `diagnostics`.
  /// The item's fields are moved into the report (`take`), not copied: the item is left
  /// empty.
  mutating func report(
    path: String, index: Int, format: SourceFormat, feed: consuming FeedInfo,
    declared: (text: String, code: String)?, diagnostics: inout [Diagnostic]
  ) -> Report {
    readPendingDates(path: path, into: &diagnostics)
    var builder = ReportBuilder(path: path, item: index, format: format)
    builder.report.title = title.take()?.value
    builder.report.outlet = feed.title
    builder.report.feed = feed
    builder.report.guid = guid.take()?.value.trimmedFeedText
    builder.report.url = link.take()?.value
    builder.report.byline = author.take()?.value
    builder.report.published = published?.value
    builder.report.updated = updated?.value
    extras.apply(to: &builder.report)
    if builder.report.outlet?.trimmedFeedText.isEmpty ?? true {
      // No feed title (an Atom Entry Document without `<source>`, a channel without one):
      // the outlet as a feed reader names it, the host of the entry's link, else its author.
      builder.report.outlet =
        builder.report.url.flatMap(FeedURL.outletHost) ?? builder.report.byline
    }
    if let declared {
      builder.report.language = LanguageInfo(
        code: declared.code, origin: .declared, confidence: 1, declared: declared.text)
    }
    let body = content.take()?.value.paragraphs ?? []
    let hasBody = body.contains { paragraph in
      if paragraph.isNormalized { return !paragraph.text.isEmpty }
      return paragraph.text.utf8.contains { !(0x09...0x0D).contains($0) && $0 != 0x20 }
    }
    if hasBody {
      builder.paragraphs = body
      if let summary = summary.take()?.value.paragraphs {
        if summary.allSatisfy(\.isNormalized) {
          // Normalized paragraphs joined by single spaces are normalized text already.
          let text = Self.join(summary)
          builder.report.summary = text.isEmpty ? nil : text
          builder.summaryIsNormalized = true
        } else {
          builder.report.summary = summary.map(\.text).joined(separator: " ")
        }
      }
    } else if let summary = summary.take()?.value.paragraphs {
      builder.paragraphs = summary
    }
    return builder.takeReport()
  }

  /// The non-empty texts of `paragraphs` joined by single spaces.
  static func join(_ paragraphs: [ReportBuilder.RawParagraph]) -> String {
    if paragraphs.count == 1 { return paragraphs[0].text }
    var out = ""
    out.reserveCapacity(paragraphs.reduce(0) { $0 + $1.text.utf8.count + 1 })
    for paragraph in paragraphs where !paragraph.text.isEmpty {
      if !out.isEmpty { out += " " }
      out += paragraph.text
    }
    return out
  }
}

/// The text of an item's body or summary as gathered: its bytes and how they are written.
struct FeedBodyText: Sendable {
  /// The element's text (tags kept for the modes that keep markup).
  var bytes: [UInt8]
  /// How the text is written.
  var mode: FeedTextMode

  /// The paragraphs, normalized while they are scanned.
  var paragraphs: [ReportBuilder.RawParagraph] {
    FeedHandler.decode(bytes, mode, normalized: true).paragraphs
  }
}

extension String {
  /// The string without ASCII white space (and no-break spaces) at either end.
  var trimmedFeedText: String {
    let bytes = utf8
    guard let first = bytes.first, let last = bytes.last,
      Self.isEdgeSpace(first) || Self.isEdgeSpace(last) || first == 0xC2 || last == 0xA0
    else { return self }
    let scalars = unicodeScalars
    let isSpace: (Unicode.Scalar) -> Bool = {
      $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" || $0 == "\u{A0}"
    }
    guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
    let end = scalars.lastIndex(where: { !isSpace($0) }) ?? start
    return String(scalars[start...end])
  }

  private static func isEdgeSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
  }
}
