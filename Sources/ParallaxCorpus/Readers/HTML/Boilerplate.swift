import ParallaxXML

/// Tells the parts of a page that are not its story: navigation, asides, scripts, forms,
/// share widgets, related links, newsletters, comments, adverts, breadcrumbs.
enum Boilerplate {
  /// Elements never part of the text.
  static let names: Set<String> = [
    "nav", "aside", "footer", "header", "script", "style", "noscript", "form", "iframe", "svg",
    "button", "template", "select", "input", "textarea", "figure", "figcaption", "object",
    "embed", "video", "audio", "canvas", "map", "dialog", "menu", "head", "link", "meta",
    "address",
  ]

  /// Last parts of `class` and `id` values (`article-info`, `story__byline`, `post-date`)
  /// that mark a meta line inside the article: its byline, dateline, author or date, read
  /// apart from the text (even under a content word: `article-info`).
  static let metaLineMarkers: [String] = [
    "meta", "info", "byline", "dateline", "author", "authors", "date", "timestamp", "published",
  ]

  /// `itemprop` values of a meta line (`author`, `datePublished`), lowercased.
  static let metaProperties: Set<String> = ["author", "datepublished", "datemodified", "dateline"]

  /// Inline elements, judged by their name only.
  static let inlineNames: Set<String> = [
    "a", "span", "b", "i", "em", "strong", "small", "sup", "sub", "abbr", "cite", "q", "mark",
    "u", "s", "time", "code", "font",
  ]

  /// Class parts that drop even an inline element.
  static let inlineMarkers: [String] = ["byline", "author", "share", "social", "timestamp"]

  /// ARIA roles of page furniture.
  static let roles: Set<String> = [
    "navigation", "complementary", "contentinfo", "banner", "dialog", "alert", "search", "menu",
    "toolbar",
  ]

  /// Parts of `class` and `id` values that always mark page furniture.
  static let strongMarkers: [String] = [
    "share", "social", "related", "newsletter", "comment", "promo", "advert", "breadcrumb",
    "cookie", "subscribe", "paywall", "popup", "modal", "sponsor", "outbrain", "taboola",
    "recommend", "most-read", "mostread", "trending", "signup", "disqus", "pagination",
  ]

  /// Parts of `class` and `id` values that mark furniture unless another part says content.
  static let weakMarkers: [String] = [
    "sidebar", "banner", "byline", "author", "tags", "toolbar", "masthead", "footer", "header",
    "navigation", "menu", "skip-link", "print", "caption", "credit", "read-more", "readmore",
  ]

  /// Parts that say an element holds the text.
  static let contentWords: [String] = [
    "content", "article", "body", "story", "main", "text", "entry", "post",
  ]

  /// Markers that keep an element even when a strong marker matches (`article-body`).
  static let keepers: [String] = ["articlebody", "article-body", "article__body", "story-body"]

  /// Whether `element` is page furniture, to be dropped with its content.
  static func isFurniture(_ element: MarkupElement) -> Bool {
    if names.contains(element.name) { return true }
    if element.name == "article" || element.name == "main" || element.name == "body" {
      return false
    }
    if element[attribute: "itemprop"]?.lowercased() == "articlebody" { return false }
    if element[attribute: "hidden"] != nil || element[attribute: "aria-hidden"] == "true" {
      return true
    }
    if !inlineNames.contains(element.name) {
      if let property = element[attribute: "itemprop"]?.lowercased(),
        metaProperties.contains(property)
      {
        return true
      }
      if isTimeLine(element) { return true }
    }
    if let role = element[attribute: "role"]?.lowercased(), roles.contains(role) { return true }
    if let style = element[attribute: "style"]?.lowercased(),
      style.replacingOccurrences(of: " ", with: "").contains("display:none")
    {
      return true
    }
    let tokens = classTokens(element)
    guard !tokens.isEmpty else { return false }
    // Classes on inline elements mostly style words (`<a class="header">`): only an
    // author's name or a share link is dropped there.
    if inlineNames.contains(element.name) {
      return tokens.contains { token in inlineMarkers.contains { token.contains($0) } }
    }
    // Meta lines (`article-meta`, `article-info`, `byline`) hold the byline and the date,
    // read apart.
    if tokens.contains(where: isMetaLine) { return true }
    func has(_ words: [String]) -> Bool {
      tokens.contains { token in words.contains { token.contains($0) } }
    }
    if has(keepers) { return false }
    if has(strongMarkers) || tokens.contains(where: isAdvert) { return true }
    return has(weakMarkers) && !has(contentWords)
  }

  /// Whether a class or id token names a meta line: a marker alone (`byline`) or as its
  /// last part after `-`, `_` or `__` (`article-info`, `entry-meta`, `story__byline`).
  static func isMetaLine(_ token: String) -> Bool {
    metaLineMarkers.contains { marker in
      token == marker || token.hasSuffix("-" + marker) || token.hasSuffix("_" + marker)
    }
  }

  /// Whether a block holds only dates: one or more `<time>` and no letters beside them
  /// (`<p><time>15.09.2026</time> · 22:15</p>`).
  static func isTimeLine(_ element: MarkupElement) -> Bool {
    var hasTime = false
    func lettersOutsideTime(_ element: MarkupElement) -> Bool {
      for child in element.children {
        switch child {
        case .text(let text):
          if text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { return true }
        case .element(let inner) where inner.name == "time": hasTime = true
        case .element(let inner): if lettersOutsideTime(inner) { return true }
        }
      }
      return false
    }
    return !lettersOutsideTime(element) && hasTime
  }

  /// `ad`, `ads`, `ad-slot`, `top-ad`: advert tokens (not `address`, `header`).
  private static func isAdvert(_ token: String) -> Bool {
    token == "ad" || token == "ads" || token.hasPrefix("ad-") || token.hasPrefix("ads-")
      || token.hasSuffix("-ad") || token.hasSuffix("-ads") || token.contains("-ad-")
      || token.hasPrefix("adslot") || token.hasPrefix("advert")
  }

  /// The lowercased `class` tokens and `id` of an element.
  static func classTokens(_ element: MarkupElement) -> [String] {
    var tokens: [String] = []
    if let classes = element[attribute: "class"] {
      tokens += classes.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    }
    if let id = element[attribute: "id"] { tokens.append(id.lowercased()) }
    return tokens
  }
}
