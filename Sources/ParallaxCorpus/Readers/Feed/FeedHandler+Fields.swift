import Foundation

extension FeedHandler {
  /// Stores a field whose element has just ended.
  func finish(_ capture: Capture) {
    let kind = capture.field.kind
    if kind.isPersonPart {
      finishPersonPart(capture)
      return
    }
    if (kind == .summary || kind == .content) && !capture.isFeedLevel {
      // Item text that becomes paragraphs is kept as bytes and decoded (normalized while it
      // is scanned) when the report is built.
      // A copy of just the bytes: sharing `buffer` (64 KiB reserved) would make its next
      // `removeAll(keepingCapacity:)` allocate a fresh 64 KiB buffer, and keep this one.
      let body = FeedBodyText(
        bytes: buffer.withUnsafeBufferPointer { Array($0) }, mode: capture.mode)
      if kind == .content {
        item?.offer(body, rank: capture.field.rank, \.content)
      } else if item?.summary != nil, item?.content == nil {
        // A second summary (`description` and `summary`) is the fuller text, as feedparser
        // reads it.
        item?.offer(body, rank: 5, \.content)
      } else {
        item?.offer(body, rank: capture.field.rank, \.summary)
      }
      return
    }
    let decoded = Self.decodeLine(buffer, capture.mode) ?? Self.decode(buffer, capture.mode)
    switch kind {
    case .title:
      let text = decoded.line
      if capture.isFeedLevel {
        if feed.title == nil, !text.isEmpty { feed.title = text }
      } else {
        item?.offer(text, rank: capture.field.rank, \.title)
      }
    case .link:
      let text = decoded.line
      let rel = capture.attributes.rel?.trimmedFeedText.lowercased() ?? "alternate"
      if !text.isEmpty {
        recordLink(text, capture.attributes, base: capture.base, feedLevel: capture.isFeedLevel)
      }
      guard !text.isEmpty, rel == "alternate" else { return }
      let resolved = FeedURL.resolve(text, against: capture.base)
      if capture.isFeedLevel {
        if feed.link == nil { feed.link = resolved }
      } else {
        item?.offer(resolved, rank: 1, \.link)
      }
    case .summary:
      if feed.subtitle == nil { feed.subtitle = decoded.line }
    case .content:
      return
    case .guid:
      guard !capture.isFeedLevel else { return }
      let text = decoded.line
      guard !text.isEmpty else { return }
      item?.offer(text, rank: capture.field.rank, \.guid)
      let permalink = capture.attributes.isPermaLink?.trimmedFeedText.lowercased() != "false"
      if permalink, !isAtom, FeedURL.hasScheme(text) {
        item?.offer(FeedURL.resolve(text, against: capture.base), rank: 3, \.link)
      }
    case .author, .contributor, .publisher:
      finishPerson(capture, text: decoded.line)
    case .published, .updated:
      guard !capture.isFeedLevel else { return }
      let text = decoded.line
      guard !text.isEmpty else { return }
      // Read when the report is built (on the thread that builds it, in a pipelined read);
      // the line is kept for the warning about a date that cannot be read.
      item?.addPendingDate(
        FeedItem.PendingDate(
          text: text, rank: capture.field.rank, isPublished: kind == .published,
          line: currentLine()))
    case .language:
      let text = decoded.line
      guard !text.isEmpty else { return }
      if capture.isFeedLevel {
        if feedLanguage == nil { feedLanguage = text }
      } else {
        item?.offer(text, rank: 0, \.language)
      }
    case .authorName, .authorEmail, .authorURI, .enclosure:
      return
    }
  }

  /// The text of a field: its paragraphs, and all of it on one line.
  struct Decoded {
    var paragraphs: [ReportBuilder.RawParagraph]
    /// The line, when it was read without splitting paragraphs.
    var directLine: String?
    var line: String {
      if let directLine { return directLine }
      if paragraphs.count == 1 { return paragraphs[0].text.trimmedFeedText }
      return paragraphs.map(\.text).joined(separator: " ").trimmedFeedText
    }
  }

  /// A one-line field (title, link, date…) of plain text without line feeds, read without
  /// a paragraph array: the same `line` as `decode`'s; `nil` for anything else.
  static func decodeLine(_ bytes: [UInt8], _ mode: FeedTextMode) -> Decoded? {
    switch mode {
    case .text: break
    case .textOrHTML: if HTMLFragment.looksLikeMarkup(bytes) { return nil }
    default: return nil
    }
    guard !bytes.contains(0x0A) else { return nil }
    return Decoded(
      paragraphs: [], directLine: String(decoding: bytes, as: UTF8.self).trimmedFeedText)
  }

  static func decode(_ bytes: [UInt8], _ mode: FeedTextMode, normalized: Bool = false)
    -> Decoded
  {
    switch mode {
    case .text:
      return Decoded(paragraphs: HTMLFragment.plainParagraphs(bytes, normalized: normalized))
    case .html, .xhtml:
      return Decoded(paragraphs: HTMLFragment.paragraphs(bytes, normalized: normalized))
    case .textOrHTML:
      if HTMLFragment.looksLikeMarkup(bytes) {
        return Decoded(paragraphs: HTMLFragment.paragraphs(bytes, normalized: normalized))
      }
      return Decoded(paragraphs: HTMLFragment.plainParagraphs(bytes, normalized: normalized))
    case .base64(let html):
      let text = String(decoding: bytes, as: UTF8.self)
      guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters),
        String(validating: [UInt8](data), as: UTF8.self) != nil
      else {
        return Decoded(paragraphs: [])
      }
      return decode([UInt8](data), html ? .html : .text, normalized: normalized)
    case .skip:
      return Decoded(paragraphs: [])
    }
  }
}
