/// The attributes of a feed element that the reader uses; the others are never decoded.
struct FeedAttributes: Sendable {
  /// `xml:base`.
  var base: String?
  /// `xml:lang`.
  var lang: String?
  /// `href` (Atom links, CDF `HREF`).
  var href: String?
  /// `rel` of an Atom link.
  var rel: String?
  /// `type` of an Atom text construct or link.
  var type: String?
  /// `mode` of Atom 0.3 content (`xml`, `escaped`, `base64`).
  var mode: String?
  /// `isPermaLink` of an RSS guid.
  var isPermaLink: String?
  /// `version` of the document element.
  var version: String?
  /// `rdf:about` of an RSS 1.0 item.
  var about: String?
  /// `LASTMOD` of a CDF item.
  var lastModified: String?

  /// Which attribute a local name is, or `nil` for one the reader ignores.
  enum Key: Sendable {
    case base, lang, href, rel, type, mode, isPermaLink, version, about, lastModified
  }

  /// The key for an attribute named `local` in namespace `namespace`.
  static func key(local: String, namespace: FeedNamespace) -> Key? {
    switch (namespace, local.lowercased()) {
    case (.xml, "base"): .base
    case (.xml, "lang"): .lang
    case (.rdf, "about"): .about
    case (.core, "href"), (.atom, "href"): .href
    case (.core, "rel"), (.atom, "rel"): .rel
    case (.core, "type"), (.atom, "type"): .type
    case (.core, "mode"), (.atom, "mode"): .mode
    case (.core, "ispermalink"): .isPermaLink
    case (.core, "version"): .version
    case (.core, "lastmod"): .lastModified
    default: nil
    }
  }

  /// Stores `value` under `key`.
  mutating func set(_ key: Key, _ value: String) {
    switch key {
    case .base: base = value
    case .lang: lang = value
    case .href: href = value
    case .rel: rel = value
    case .type: type = value
    case .mode: mode = value
    case .isPermaLink: isPermaLink = value
    case .version: version = value
    case .about: about = value
    case .lastModified: lastModified = value
    }
  }
}
