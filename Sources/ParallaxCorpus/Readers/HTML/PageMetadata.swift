import ParallaxXML

/// What a page says about itself outside its text: `<html lang>`, `<title>`, `<meta>` tags
/// (`og:`, `article:`, `name=author`, `description`), `<link rel=canonical>` and JSON-LD.
struct PageMetadata: Sendable {
  /// `<html lang>` or `xml:lang`.
  var htmlLanguage: String?
  /// The text of `<title>`.
  var titleTag: String?
  /// `<meta>` contents by lowercased `property`, `name`, `itemprop` or `http-equiv`; the
  /// first of each wins.
  var meta: [String: String] = [:]
  /// `<link rel=canonical href>`.
  var canonical: String?
  /// The article described in JSON-LD, when there is one.
  var article: JSONLDArticle?

  /// Reads the metadata of the page rooted at `root`.
  init(_ root: MarkupElement) {
    htmlLanguage = MarkupElement.folded(root[attribute: "lang"] ?? root[attribute: "xml:lang"])
    var scripts: [String] = []
    root.forEach { element in
      switch element.name {
      case "title" where titleTag == nil:
        titleTag = element.trimmedText
      case "meta":
        guard let content = MarkupElement.folded(element[attribute: "content"]) else { return }
        for key in ["property", "name", "itemprop", "http-equiv"] {
          if let name = element[attribute: key]?.lowercased(), meta[name] == nil {
            meta[name] = content
          }
        }
      case "link" where canonical == nil:
        let rel = element[attribute: "rel"]?.lowercased().split(separator: " ") ?? []
        if rel.contains("canonical") {
          canonical = MarkupElement.folded(element[attribute: "href"])
        }
      case "script":
        if element[attribute: "type"]?.lowercased().contains("ld+json") == true {
          scripts.append(element.text)
        }
      default:
        break
      }
    }
    article = JSONLDArticle.find(in: scripts)
  }

  /// The first meta value among `keys`.
  func meta(_ keys: String...) -> String? {
    for key in keys {
      if let value = meta[key] { return value }
    }
    return nil
  }

  /// The declared language: JSON-LD `inLanguage` (the article's own, where `<html lang>` is
  /// often the site template's), then `<html lang>`, `og:locale`, `content-language`.
  var language: String? {
    article?.language ?? htmlLanguage
      ?? meta("og:locale", "content-language", "language", "dc.language")
  }

  /// `article:author` and `author` metas that name a person (not a profile URL).
  var metaAuthor: String? {
    for key in ["article:author", "author", "dc.creator", "byl", "sailthru.author"] {
      if let value = meta[key], !value.contains("://"), !value.hasPrefix("www.") {
        return value
      }
    }
    return nil
  }
}
