import ParallaxXML

extension NewsContent {
  /// Reads XHTML inside `inlineXML` (`<html>` or a bare `<body>`/fragment): the title from
  /// `head/title` or the header's `h1`, a byline from `.byline`, the text from the body
  /// outside its `<header>`, `h2`–`h4` as subheadings.
  init(xhtml root: MarkupElement) {
    self.init()
    language = Self.declaredLanguage(root)
    let body = root.name == "html" ? (root.first("body") ?? root) : root
    language = language ?? Self.declaredLanguage(body)
    title = root.path("head", "title")?.trimmedText
    if let header = body.firstDescendant(where: { $0.name == "header" }) {
      if title == nil { title = header.firstDescendant(where: { $0.name == "h1" })?.trimmedText }
      byline = header.firstDescendant(where: { Self.hasClass($0, "byline") })?.trimmedText
      if let time = header.firstDescendant(where: { $0.name == "time" }) {
        published = NewsMLDate.parse(
          time[attribute: "datetime"] ?? time[attribute: "data-datetime"])
      }
    }
    var collector = BlockCollector(
      kinds: BlockCollector.htmlKinds,
      skip: { element in
        Self.isNonPublic(element) || Self.xhtmlSkipped.contains(element.name)
          || Self.hasClass(element, "byline")
      })
    for block in collector.collect(body) {
      paragraphs.append(.init(block.text, kind: block.kind))
    }
  }

  /// XHTML elements whose text is not part of the story.
  static let xhtmlSkipped: Set<String> = [
    "header", "footer", "nav", "aside", "script", "style", "figure", "figcaption", "table",
    "head",
  ]

  /// Whether `element` has `name` among its classes.
  static func hasClass(_ element: MarkupElement, _ name: String) -> Bool {
    guard let classes = element[attribute: "class"] else { return false }
    return classes.split(whereSeparator: \.isWhitespace).contains { $0 == name }
  }
}
