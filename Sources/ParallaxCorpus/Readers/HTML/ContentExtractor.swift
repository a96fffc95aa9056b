import ParallaxXML

/// Finds the main text of an article page.
///
/// Page furniture is pruned first (see `Boilerplate`). The text is then taken from the
/// first of these that holds at least half as much paragraph text as the densest block:
/// `[itemprop=articleBody]`, the fullest `<article>`, a common content container
/// (`article-body`, `entry-content`…), `<main>`; else from the densest block itself — the
/// element whose `<p>` children (and, at nine tenths, grandchildren) hold the most text
/// outside links.
struct ContentExtractor {
  /// What was found in the body of a page.
  struct Result: Sendable {
    /// The paragraphs of the text, links-only blocks removed.
    var blocks: [BlockCollector.Block] = []
    /// The first `<h1>`, preferably inside the text's container.
    var heading: String?
    /// An author line from `rel=author`, `itemprop=author` or a `byline` class.
    var byline: String?
    /// `itemprop=datePublished`, else the first `<time datetime>`.
    var published: String?
    /// `itemprop=dateModified`.
    var modified: String?
  }

  /// Blocks whose text is mostly links are dropped above this share.
  static let maximumLinkDensity = 0.5

  /// Class and id parts of common content containers.
  static let containerMarkers: [String] = [
    "article-body", "articlebody", "article__body", "story-body", "storybody", "entry-content",
    "post-content", "article-content", "article-text", "story-content", "content-body",
    "body-text", "articletext", "post-body", "main-content", "story-text", "article__content",
  ]

  /// Extracts the text and its bylines and dates from a page's `<body>`.
  static func extract(_ body: MarkupElement) -> Result {
    var result = Result()
    let pruned = body.pruned(Boilerplate.isFurniture)
    let container = chooseContainer(pruned)
    var collector = BlockCollector(kinds: BlockCollector.htmlKinds, skip: { _ in false })
    var blocks = collector.collect(container).filter { $0.linkDensity <= maximumLinkDensity }
    while let last = blocks.last, last.kind == .subheading || last.kind == .headline {
      blocks.removeLast()
    }
    result.blocks = blocks
    result.heading =
      container.firstDescendant { $0.name == "h1" }?.trimmedText
      ?? pruned.firstDescendant { $0.name == "h1" }?.trimmedText
      ?? body.firstDescendant { $0.name == "h1" }?.trimmedText
    result.byline = byline(in: body)
    result.published =
      itemprop("datepublished", in: body)
      ?? (container.firstDescendant(where: isDatedTime) ?? body.firstDescendant(where: isDatedTime))
      .flatMap { $0[attribute: "datetime"] }
    result.modified = itemprop("datemodified", in: body)
    return result
  }

  private static func chooseContainer(_ body: MarkupElement) -> MarkupElement {
    let densest = densestBlock(body)
    let floor = max(1, densest.score / 2)
    let itemprop = body.firstDescendant {
      $0[attribute: "itemprop"]?.lowercased().split(separator: " ").contains("articlebody")
        == true
    }
    let articles = body.descendants { $0.name == "article" }
    let containers = body.descendants { element in
      Boilerplate.classTokens(element).contains { token in
        containerMarkers.contains { token.contains($0) }
      }
    }
    let main = body.firstDescendant { $0.name == "main" }
    let candidates: [MarkupElement?] = [
      itemprop, articles.max(by: { paragraphText($0) < paragraphText($1) }),
      containers.max(by: { paragraphText($0) < paragraphText($1) }), main,
    ]
    for case let candidate? in candidates where paragraphText(candidate) >= floor {
      return candidate
    }
    return densest.score > 0 ? densest.element : body
  }

  /// The element with the most paragraph text in its `<p>` children, its grandchildren's
  /// counting at nine tenths: a parent wins over one of several blocks of paragraphs, a
  /// lone block over its parent. The score is in characters.
  static func densestBlock(_ root: MarkupElement) -> (element: MarkupElement, score: Int) {
    var best = (element: root, score: 0)
    root.forEach { element in
      var score = directParagraphText(element) * 10
      for child in element.elements where child.name != "p" {
        score += directParagraphText(child) * 9
      }
      if score > best.score { best = (element, score) }
    }
    return (best.element, best.score / 10)
  }

  /// Characters of text outside links in the `<p>` children of `element`.
  static func directParagraphText(_ element: MarkupElement) -> Int {
    element.elements("p").reduce(0) { $0 + textOutsideLinks($1) }
  }

  /// Characters of text outside links in all the `<p>` inside `element`.
  static func paragraphText(_ element: MarkupElement) -> Int {
    element.descendants { $0.name == "p" }.reduce(0) { $0 + textOutsideLinks($1) }
  }

  private static func textOutsideLinks(_ element: MarkupElement) -> Int {
    var count = 0
    for child in element.children {
      switch child {
      case .text(let text): count += text.count
      case .element(let inner) where inner.name != "a": count += textOutsideLinks(inner)
      case .element: break
      }
    }
    return count
  }

  private static func isDatedTime(_ element: MarkupElement) -> Bool {
    element.name == "time" && element[attribute: "datetime"] != nil
  }

  private static func itemprop(_ name: String, in body: MarkupElement) -> String? {
    guard
      let element = body.firstDescendant(where: {
        $0[attribute: "itemprop"]?.lowercased() == name
      })
    else { return nil }
    return MarkupElement.folded(
      element[attribute: "content"] ?? element[attribute: "datetime"] ?? element.text)
  }

  /// `rel=author`, `itemprop=author` (its `content`, its `itemprop=name`, or its text), or
  /// an element with a `byline` class.
  static func byline(in body: MarkupElement) -> String? {
    let found = body.firstDescendant { element in
      if element[attribute: "itemprop"]?.lowercased() == "author" { return true }
      if element[attribute: "rel"]?.lowercased().split(separator: " ").contains("author")
        == true
      {
        return true
      }
      return Boilerplate.classTokens(element).contains { $0.contains("byline") }
    }
    guard let found else { return nil }
    let text =
      MarkupElement.folded(found[attribute: "content"])
      ?? found.firstDescendant(where: { $0[attribute: "itemprop"]?.lowercased() == "name" })?
      .trimmedText ?? found.trimmedText
    guard let text, text.count <= 150 else { return nil }
    return text
  }
}
