/// A link of a feed or feed item: an Atom `<link>`, an RSS `<link>` or `<enclosure>`.
public struct Link: Sendable, Codable, Hashable {
  /// The target, resolved against the `xml:base` in force.
  public var href: String
  /// The relation (`alternate`, `self`, `enclosure`, `related`, a URI).
  public var rel: String
  /// The media type, when given (`text/html`, `audio/mpeg`).
  public var type: String?
  /// A human-readable title, when given.
  public var title: String?
  /// The language of the target, when given (`hreflang`).
  public var hreflang: String?
  /// The size of the target in bytes, as written (`length`).
  public var length: String?

  /// Creates a link; `rel` defaults to `alternate`, as in Atom.
  public init(
    href: String, rel: String = "alternate", type: String? = nil, title: String? = nil,
    hreflang: String? = nil, length: String? = nil
  ) {
    self.href = href
    self.rel = rel
    self.type = type
    self.title = title
    self.hreflang = hreflang
    self.length = length
  }
}
