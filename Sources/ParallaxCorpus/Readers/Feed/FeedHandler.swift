/// The feed reader's state machine: SAX events in, one `Report` per item out.
///
/// Knows RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and CDF. Text is gathered as UTF-8 bytes
/// and decoded once per field; only the direct children of the channel (feed) and of an
/// item (entry) are fields, so an image's or an Atom `source`'s title is never taken.
///
/// One handler serves one parse on one thread, and its state is read and written on every
/// SAX event: its stored properties (and `Capture`'s) skip Swift's run-time exclusivity
/// checks (`@exclusivity(unchecked)`; 8 % more instructions for a feed load with them).
final class FeedHandler {
  /// A field being gathered (a class: the handler looks at it on every event).
  /// One object serves field after field (`spareCapture`): no allocation per field.
  final class Capture {
    @exclusivity(unchecked) var field: FeedField
    @exclusivity(unchecked) var depth: Int
    @exclusivity(unchecked) var mode: FeedTextMode
    @exclusivity(unchecked) var base: String?
    @exclusivity(unchecked) var isFeedLevel: Bool
    @exclusivity(unchecked) var attributes: FeedAttributes

    init(
      field: FeedField, depth: Int, mode: FeedTextMode, base: String?, isFeedLevel: Bool,
      attributes: FeedAttributes
    ) {
      self.field = field
      self.depth = depth
      self.mode = mode
      self.base = base
      self.isFeedLevel = isFeedLevel
      self.attributes = attributes
    }
  }

  let path: String
  /// Receives each finished item.
  @exclusivity(unchecked) var emit: (consuming FeedItemDraft) -> Void
  /// Where the parser is, for diagnostics.
  @exclusivity(unchecked) var currentLine: () -> Int = { 0 }
  /// The format, from the document element.
  @exclusivity(unchecked) private(set) var format: SourceFormat = .rss
  /// The channel's metadata.
  @exclusivity(unchecked) var feed = FeedInfo()
  /// How many items were read.
  @exclusivity(unchecked) private(set) var itemCount = 0
  /// Problems found in fields (dates that cannot be read).
  @exclusivity(unchecked) var diagnostics: [Diagnostic] = []

  @exclusivity(unchecked) var depth = 0
  @exclusivity(unchecked) private var rootSeen = false
  @exclusivity(unchecked) var isAtom = false
  @exclusivity(unchecked) var isAtom03 = false
  @exclusivity(unchecked) private var bases: [(depth: Int, value: String)] = []
  @exclusivity(unchecked) private var languages: [(depth: Int, value: String)] = []
  @exclusivity(unchecked) private var feedDepth: Int?
  /// Whether the document element is an Atom `entry` (no `feed`).
  @exclusivity(unchecked) private var isEntryDocument = false
  /// The depth of an entry document's `source`, whose children describe its feed.
  @exclusivity(unchecked) private var sourceDepth: Int?
  @exclusivity(unchecked) var feedLanguage: String?
  @exclusivity(unchecked) private var feedXMLLanguage: String?
  @exclusivity(unchecked) private var feedTextLanguage: String?
  @exclusivity(unchecked) var item: FeedItem?
  @exclusivity(unchecked) var itemDepth = 0
  @exclusivity(unchecked) private var capture: Capture? {
    didSet { textMode = capture.map { $0.mode == .xhtml ? 2 : 1 } ?? 0 }
  }
  /// The last finished capture, reused by the next field.
  @exclusivity(unchecked) private var spareCapture: Capture?
  /// What `text` does, read on every characters event: 0 nothing, 1 gather, 2 escape XHTML.
  @exclusivity(unchecked) private var textMode: UInt8 = 0
  @exclusivity(unchecked) var buffer: [UInt8] = []
  @exclusivity(unchecked) var person: FeedPersonDraft?
  @exclusivity(unchecked) private var languageCodes: [String: String?] = [:]

  init(path: String, emit: @escaping (consuming FeedItemDraft) -> Void = { _ in }) {
    self.path = path
    self.emit = emit
    buffer.reserveCapacity(1 << 16)
  }

  private var base: String? { bases.last?.value }

  // MARK: Events

  func start(_ name: FeedName, _ attributes: FeedAttributes) {
    depth += 1
    if let value = attributes.base {
      bases.append((depth, FeedURL.resolve(value, against: base)))
    }
    if let value = attributes.lang { languages.append((depth, value)) }
    if !rootSeen {
      rootSeen = true
      root(name, attributes)
    }
    if item != nil || capture != nil, isItemElement(name) {
      // Items never nest, nor sit inside a field: a broken item or field left open ends
      // where the next item starts.
      closeCapture()
      person = nil
      if item != nil { endItem() }
      beginItem(attributes)
      return
    }
    if let part = personPart(name) {
      startCapture(part, attributes)
      return
    }
    if let current = capture {
      if current.mode.keepsMarkup {
        buffer += Array("<\(name.written)>".utf8)
      }
      return
    }
    if feedDepth == nil, item == nil, isFeedElement(name) {
      feedDepth = depth
      feedXMLLanguage = languages.last?.value
      if let href = attributes.href { feed.link = FeedURL.resolve(href, against: base) }
      if let href = attributes.href { recordLink(href, attributes, base: base, feedLevel: true) }
      return
    }
    if item == nil, isItemElement(name) {
      beginItem(attributes)
      return
    }
    if isEntryDocument, item != nil, depth == itemDepth + 1, name.local == "source",
      name.isFeedVocabulary
    {
      // RFC 4287 §4.2.11: the metadata of the feed the entry comes from (the outlet).
      sourceDepth = depth
      return
    }
    if let sourceDepth, depth == sourceDepth + 1 {
      startField(name, attributes, feedLevel: true)
    } else if item != nil, depth == itemDepth + 1 {
      startField(name, attributes, feedLevel: false)
    } else if item == nil, let feedDepth, depth == feedDepth + 1 {
      startField(name, attributes, feedLevel: true)
    }
  }

  func end(_ name: FeedName) {
    defer {
      if bases.last?.depth == depth { bases.removeLast() }
      if languages.last?.depth == depth { languages.removeLast() }
      depth -= 1
    }
    if let current = capture {
      if depth == current.depth {
        closeCapture()
      } else if current.mode.keepsMarkup {
        buffer += Array("</\(name.written)>".utf8)
      }
      return
    }
    if let open = person, depth == open.depth {
      person = nil
      closePerson(open, text: "", rank: 0)
      return
    }
    if depth == sourceDepth {
      sourceDepth = nil
    } else if item != nil, depth == itemDepth {
      endItem()
    } else if depth == feedDepth {
      feedDepth = nil
    }
  }

  func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    if textMode == 0 { return }
    if textMode == 2 {
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "<"): buffer += [0x26, 0x6C, 0x74, 0x3B]
        case UInt8(ascii: "&"): buffer += [0x26, 0x61, 0x6D, 0x70, 0x3B]
        default: buffer.append(byte)
        }
      }
    } else {
      buffer.append(contentsOf: bytes)
    }
  }

  /// Forgets the open elements before the parse starts again at the next item; what the
  /// broken item had so far is returned.
  func resynchronize() {
    closeCapture()
    if item != nil { endItem() }
    person = nil
    depth = 0
    bases.removeAll()
    languages.removeAll()
    feedDepth = nil
    sourceDepth = nil
  }

  /// Ends the document: an item cut off by the end of a broken file is still returned.
  func finishDocument() {
    closeCapture()
    if item != nil { endItem() }
    if feed.language == nil {
      feed.language = feedLanguage ?? feedXMLLanguage ?? feedTextLanguage
    }
  }

  // MARK: Structure

  private func root(_ name: FeedName, _ attributes: FeedAttributes) {
    switch name.local {
    case "feed", "entry":
      // An Atom Entry Document (RFC 4287 §4.1.2): one entry, its `source` the feed.
      isEntryDocument = name.local == "entry"
      format = .atom
      isAtom = true
      isAtom03 = name.uri.hasPrefix("http://purl.org/atom/ns#") || attributes.version == "0.3"
      feed.version = isAtom03 ? "atom03" : name.uri.isEmpty ? "atom" : "atom10"
    case "rdf":
      format = .rdf
      feed.version = "rss10"
    case "channel":
      feed.version = "cdf"
    default:
      feed.version = Self.rssVersion(attributes.version)
    }
  }

  private static func rssVersion(_ version: String?) -> String {
    switch version?.trimmedFeedText {
    case "0.91": "rss091u"
    case "0.92": "rss092"
    case "0.93": "rss093"
    case "0.94": "rss094"
    case "2.0", "2", "2.0.1": "rss20"
    default: "rss"
    }
  }

  private func isFeedElement(_ name: FeedName) -> Bool {
    name.isChannel && (name.local == "channel" || depth == 1)
  }

  private func isItemElement(_ name: FeedName) -> Bool { name.isItem }

  private func beginItem(_ attributes: FeedAttributes) {
    var fresh = FeedItem()
    fresh.inheritedLanguage = languages.last?.value
    if let own = attributes.lang { fresh.offer(own, rank: 1, \.language) }
    if let about = attributes.about { fresh.offer(about, rank: 2, \.guid) }
    if let href = attributes.href {
      fresh.offer(FeedURL.resolve(href, against: base), rank: 0, \.link)
      fresh.extras.add(Link(href: FeedURL.resolve(href, against: base)))
    }
    if let modified = attributes.lastModified, let date = FeedDate.parse(modified) {
      fresh.offer(date, rank: 0, \.updated)
    }
    item = fresh
    itemDepth = depth
  }

  private func endItem() {
    guard let finished = item.take() else { return }
    if feed.language == nil {
      feed.language = feedLanguage ?? feedXMLLanguage ?? feedTextLanguage
    }
    var declared: (text: String, code: String)?
    if let text = finished.language?.value ?? feedLanguage ?? finished.inheritedLanguage,
      let code = languageCode(text)
    {
      declared = (text, code)
    }
    emit(
      FeedItemDraft(
        item: finished, path: path, index: itemCount, format: format, feed: feed,
        declared: declared))
    itemCount += 1
  }

  /// `LanguageTag.normalize`, once per distinct declaration.
  private func languageCode(_ declared: String) -> String? {
    if let known = languageCodes[declared] { return known }
    let code = LanguageTag.normalize(declared)
    if languageCodes.count < 64 { languageCodes[declared] = code }
    return code
  }

  // MARK: Fields

  private func startField(_ name: FeedName, _ attributes: FeedAttributes, feedLevel: Bool) {
    guard let field = name.field else { return }
    if field.kind == .enclosure {
      recordEnclosure(attributes, base: base, feedLevel: feedLevel)
      return
    }
    if field.kind == .link, let href = attributes.href {
      offerLink(href, attributes, feedLevel: feedLevel)
      return
    }
    if field.kind.isPerson, name.isFeedVocabulary || name.namespace == .itunes {
      person = FeedPersonDraft(depth: depth, role: field.kind, isFeedLevel: feedLevel)
    }
    let mode = FeedTextMode(
      field: field, name: name, attributes: attributes, isAtom: isAtom, isAtom03: isAtom03)
    buffer.removeAll(keepingCapacity: true)
    openCapture(field, mode, isFeedLevel: feedLevel, attributes)
    if !feedLevel, let lang = attributes.lang {
      // The language of the text, when the item itself declares none.
      let rank: Int? =
        switch field.kind {
        case .content: 2
        case .summary: 3
        case .title: 4
        default: nil
        }
      if let rank { item?.offer(lang, rank: rank, \.language) }
    } else if feedLevel, feedTextLanguage == nil, let lang = attributes.lang,
      field.kind == .title || field.kind == .summary
    {
      feedTextLanguage = lang
    }
  }

  private func startCapture(_ field: FeedField, _ attributes: FeedAttributes) {
    buffer.removeAll(keepingCapacity: true)
    openCapture(field, .text, isFeedLevel: false, attributes)
  }

  private func openCapture(
    _ field: FeedField, _ mode: FeedTextMode, isFeedLevel: Bool, _ attributes: FeedAttributes
  ) {
    guard let reused = spareCapture.take() else {
      capture = Capture(
        field: field, depth: depth, mode: mode, base: base, isFeedLevel: isFeedLevel,
        attributes: attributes)
      return
    }
    reused.field = field
    reused.depth = depth
    reused.mode = mode
    reused.base = base
    reused.isFeedLevel = isFeedLevel
    reused.attributes = attributes
    capture = reused
  }

  /// Ends the field being gathered, if any, and keeps its object for the next one.
  private func closeCapture() {
    guard let current = capture else { return }
    capture = nil
    finish(current)
    spareCapture = current
  }

  private func offerLink(_ href: String, _ attributes: FeedAttributes, feedLevel: Bool) {
    recordLink(href, attributes, base: base, feedLevel: feedLevel)
    let rel = attributes.rel?.lowercased() ?? "alternate"
    guard rel == "alternate" else { return }
    let resolved = FeedURL.resolve(href, against: base)
    if feedLevel {
      if feed.link == nil { feed.link = resolved }
    } else if item != nil {
      item?.offer(resolved, rank: 0, \.link)
    }
  }

  func offerAuthor(_ text: String, feedLevel: Bool, rank: Int) {
    guard !feedLevel else { return }
    item?.offer(text, rank: rank, \.author)
  }
}
