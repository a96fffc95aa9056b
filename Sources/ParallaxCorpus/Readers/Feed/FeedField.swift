/// A field of a channel or item, and the rank of the element that gives it (lower wins).
struct FeedField: Sendable, Equatable {
  /// What the field is.
  enum Kind: Equatable, Sendable {
    case title, link, summary, content, guid, author, authorName, authorEmail, published
    case updated, language
    case contributor, publisher, authorURI, enclosure
  }

  var kind: Kind
  var rank: Int

  init(_ kind: Kind, _ rank: Int = 0) {
    self.kind = kind
    self.rank = rank
  }

  /// The field an element gives, or `nil` for an element the reader does not use.
  init?(namespace: FeedNamespace, local: String) {
    let field: FeedField? =
      switch namespace {
      case .core, .atom: Self.core[local]
      case .dc: Self.dublinCore[local]
      case .dcterms: Self.dublinCoreTerms[local]
      case .content: local == "encoded" ? FeedField(.content, 0) : nil
      case .xhtml: local == "body" ? FeedField(.content, 1) : nil
      case .itunes: Self.itunes[local]
      case .media: Self.media[local]
      case .rdf, .xml, .other: nil
      }
    guard let field else { return nil }
    self = field
  }

  private static let core: [String: FeedField] = [
    "title": .init(.title), "link": .init(.link), "description": .init(.summary),
    "summary": .init(.summary), "abstract": .init(.summary, 1), "subtitle": .init(.summary),
    "tagline": .init(.summary), "content": .init(.content), "fullitem": .init(.content, 1),
    "guid": .init(.guid), "id": .init(.guid), "author": .init(.author),
    "pubdate": .init(.published), "published": .init(.published),
    "issued": .init(.published, 1), "created": .init(.published, 3),
    "updated": .init(.updated), "modified": .init(.updated), "language": .init(.language),
    "contributor": .init(.contributor), "managingeditor": .init(.author, 1),
    "webmaster": .init(.publisher), "enclosure": .init(.enclosure),
  ]

  private static let dublinCore: [String: FeedField] = [
    "creator": .init(.author, 1), "author": .init(.author, 1), "date": .init(.published, 2),
    "language": .init(.language),
    "description": .init(.summary, 2), "title": .init(.title, 1),
    "publisher": .init(.publisher), "contributor": .init(.contributor),
  ]

  private static let dublinCoreTerms: [String: FeedField] = [
    "issued": .init(.published, 1), "created": .init(.published, 3),
    "modified": .init(.updated, 1),
  ]

  private static let itunes: [String: FeedField] = [
    "author": .init(.author, 2), "summary": .init(.summary, 3), "subtitle": .init(.summary, 4),
    "owner": .init(.publisher),
  ]

  private static let media: [String: FeedField] = [
    "title": .init(.title, 2), "description": .init(.summary, 4),
  ]
}

/// How the text of a field is written.
enum FeedTextMode: Equatable, Sendable {
  /// Plain text.
  case text
  /// Escaped HTML (RSS `description`, Atom `type="html"`).
  case html
  /// Inline XHTML (Atom `type="xhtml"`): child elements are written back as tags.
  case xhtml
  /// Plain text unless it looks like HTML (RSS titles, CDF abstracts).
  case textOrHTML
  /// Base64 (Atom 0.3 `mode="base64"`) of text or HTML.
  case base64(html: Bool)
  /// Content the reader cannot use (an image, a binary type).
  case skip

  /// Whether child elements are kept as tags.
  var keepsMarkup: Bool { self == .html || self == .xhtml || self == .textOrHTML }

  init(
    field: FeedField, name: FeedName, attributes: FeedAttributes, isAtom: Bool, isAtom03: Bool
  ) {
    switch field.kind {
    case .title, .summary, .content: break
    default:
      self = .text
      return
    }
    if name.namespace == .content || name.local == "fullitem" {
      self = .html
      return
    }
    if name.namespace == .xhtml {
      self = .xhtml
      return
    }
    guard isAtom || name.namespace == .atom else {
      self = field.kind == .title || field.rank == 1 ? .textOrHTML : .html
      return
    }
    var type = attributes.type?.trimmedFeedText.lowercased() ?? ""
    if type.isEmpty { type = isAtom03 ? "text/plain" : "text" }
    var mode: FeedTextMode
    switch type {
    case "text", "text/plain": mode = .text
    case "html", "text/html": mode = .html
    case "xhtml", "application/xhtml+xml": mode = .xhtml
    default:
      if type.hasSuffix("xml") {
        mode = .xhtml
      } else if type.hasPrefix("text/") {
        mode = .text
      } else {
        // Atom 1.0: any other type is Base64.
        mode = isAtom03 ? .skip : .base64(html: true)
      }
    }
    switch attributes.mode?.trimmedFeedText.lowercased() {
    case "base64":
      if case .base64 = mode {} else if mode != .skip { mode = .base64(html: mode != .text) }
    case "escaped": if mode == .xhtml { mode = .html }
    default: break
    }
    self = mode
  }
}
