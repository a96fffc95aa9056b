/// The attributes of a feed element that the reader uses; the others are never decoded.
///
/// Stored as one optional array (nil for the many elements without such attributes), so that
/// copying and dropping a value is one reference count, not fourteen.
struct FeedAttributes: Sendable {
  private var values: ContiguousArray<String?>?

  /// `xml:base`.
  var base: String? { values?[Key.base.rawValue] ?? nil }
  /// `xml:lang`.
  var lang: String? { values?[Key.lang.rawValue] ?? nil }
  /// `href` (Atom links, CDF `HREF`).
  var href: String? { values?[Key.href.rawValue] ?? nil }
  /// `rel` of an Atom link.
  var rel: String? { values?[Key.rel.rawValue] ?? nil }
  /// `type` of an Atom text construct or link.
  var type: String? { values?[Key.type.rawValue] ?? nil }
  /// `mode` of Atom 0.3 content (`xml`, `escaped`, `base64`).
  var mode: String? { values?[Key.mode.rawValue] ?? nil }
  /// `isPermaLink` of an RSS guid.
  var isPermaLink: String? { values?[Key.isPermaLink.rawValue] ?? nil }
  /// `version` of the document element.
  var version: String? { values?[Key.version.rawValue] ?? nil }
  /// `rdf:about` of an RSS 1.0 item.
  var about: String? { values?[Key.about.rawValue] ?? nil }
  /// `LASTMOD` of a CDF item.
  var lastModified: String? { values?[Key.lastModified.rawValue] ?? nil }
  /// `title` of an Atom link.
  var title: String? { values?[Key.title.rawValue] ?? nil }
  /// `hreflang` of an Atom link.
  var hreflang: String? { values?[Key.hreflang.rawValue] ?? nil }
  /// `length` of an Atom link or RSS enclosure.
  var length: String? { values?[Key.length.rawValue] ?? nil }
  /// `url` of an RSS enclosure.
  var url: String? { values?[Key.url.rawValue] ?? nil }

  /// Which attribute a local name is, or `nil` for one the reader ignores.
  enum Key: Int, Sendable {
    case base, lang, href, rel, type, mode, isPermaLink, version, about, lastModified
    case title, hreflang, length, url
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
    case (.core, "title"), (.atom, "title"): .title
    case (.core, "hreflang"), (.atom, "hreflang"): .hreflang
    case (.core, "length"), (.atom, "length"): .length
    case (.core, "url"): .url
    default: nil
    }
  }

  /// Stores `value` under `key`.
  mutating func set(_ key: Key, _ value: String) {
    if values == nil { values = ContiguousArray(repeating: nil, count: Key.url.rawValue + 1) }
    values?[key.rawValue] = value
  }
}
