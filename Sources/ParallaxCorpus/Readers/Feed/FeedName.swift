/// The namespaces a feed reader tells apart.
enum FeedNamespace: Sendable, Hashable {
  /// No namespace, RSS 0.90/1.0/2.0 namespaces, the document element's own namespace.
  case core
  /// Atom 0.3 or 1.0.
  case atom
  /// RDF syntax (`rdf:RDF`, `rdf:about`).
  case rdf
  /// Dublin Core elements (`dc:creator`, `dc:date`).
  case dc
  /// Dublin Core terms (`dcterms:modified`).
  case dcterms
  /// The RSS content module (`content:encoded`).
  case content
  /// XHTML (`xhtml:body`, Atom xhtml content).
  case xhtml
  /// Apple's podcast namespace (`itunes:author`, `itunes:summary`).
  case itunes
  /// Media RSS (`media:title`, `media:description`).
  case media
  /// The XML namespace itself (`xml:base`, `xml:lang`).
  case xml
  /// Anything else.
  case other

  /// Classifies a namespace URI; `root` is the namespace of the document element.
  init(uri: String, root: String?) {
    if uri.isEmpty || uri == root {
      self = .core
      return
    }
    switch uri {
    case "http://www.w3.org/2005/Atom": self = .atom
    case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": self = .rdf
    case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/elements/1.0/": self = .dc
    case "http://purl.org/dc/terms/": self = .dcterms
    case "http://purl.org/rss/1.0/modules/content/": self = .content
    case "http://www.w3.org/1999/xhtml": self = .xhtml
    case "http://www.itunes.com/dtds/podcast-1.0.dtd", "http://www.itunes.com/DTDs/Podcast-1.0.dtd":
      self = .itunes
    case "http://www.w3.org/XML/1998/namespace": self = .xml
    case "http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss": self = .media
    case "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
      "http://backend.userland.com/rss2", "http://backend.userland.com/rss",
      "http://blogs.law.harvard.edu/tech/rss", "http://purl.org/net/rss1.1#":
      self = .core
    default:
      self = uri.hasPrefix("http://purl.org/atom/ns#") ? .atom : .other
    }
  }
}

/// An element or attribute name as the feed reader sees it: namespace class and local name
/// in lowercase (CDF writes `<ITEM>`), plus the name as written, for serializing XHTML.
///
/// A class: the parser makes one per distinct name and hands the same instance to every
/// start and end event (one reference count, not four strings).
final class FeedName: Sendable {
  /// The namespace class.
  let namespace: FeedNamespace
  /// The local name, lowercased.
  let local: String
  /// The local name as written.
  let written: String
  /// The namespace URI as written (to tell Atom 0.3 from 1.0, RSS 0.90 from 1.0).
  let uri: String

  /// Whether this is one of the feed vocabularies' own elements (not a module's).
  let isFeedVocabulary: Bool
  /// The field the element gives inside a channel or an item, worked out once per name.
  let field: FeedField?
  /// Whether the element is an item (`item`, `entry`).
  let isItem: Bool
  /// Whether the element is `channel` or `feed`.
  let isChannel: Bool

  /// Creates a name and works out what it is.
  init(namespace: FeedNamespace, local: String, written: String, uri: String) {
    self.namespace = namespace
    self.local = local
    self.written = written
    self.uri = uri
    let vocabulary = namespace == .core || namespace == .atom
    isFeedVocabulary = vocabulary
    field = FeedField(namespace: namespace, local: local)
    isItem = vocabulary && (local == "item" || local == "entry")
    isChannel = vocabulary && (local == "channel" || local == "feed")
  }
}
