import ParallaxXML

/// Turns the inside of a markup element into paragraphs: one per block element, text of
/// inline elements joined, headings given a kind.
///
/// Used for HTML article bodies, XHTML inside NewsML-G2 and NITF `body.content`.
struct BlockCollector {
  /// A paragraph found, with how much of its text sits inside links.
  struct Block: Sendable, Hashable {
    /// The text, white space not yet folded.
    var text: String
    /// The role given by the element (`h2` → subheading), or `nil` for ordinary text.
    var kind: Paragraph.Kind?
    /// How many characters of `text` are link text.
    var linkCharacters: Int

    /// The share of the text that is link text, from 0 to 1.
    var linkDensity: Double {
      let count = text.count
      return count == 0 ? 0 : Double(linkCharacters) / Double(count)
    }
  }

  /// Elements whose text becomes a paragraph of a given kind (`h2` → `.subheading`).
  var kinds: [String: Paragraph.Kind]
  /// Elements left out with everything inside them.
  var skip: (MarkupElement) -> Bool

  /// Elements that start a new paragraph.
  static let blockNames: Set<String> = [
    "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "hl1", "hl2", "table", "tr", "td", "th", "tbody",
    "thead", "tfoot", "caption", "pre", "figure", "header", "footer", "aside", "nav", "address",
    "form", "fieldset", "center", "details", "summary", "hr", "body", "body.content", "block",
    "body.head", "body.end", "abstract", "hedline", "dateline", "byline", "tagline", "bq",
    "nitf-table", "media", "note", "fn", "list", "item",
  ]

  /// HTML and XHTML headings: `h1` gives a headline, `h2`–`h4` subheadings.
  static let htmlKinds: [String: Paragraph.Kind] = [
    "h1": .headline, "h2": .subheading, "h3": .subheading, "h4": .subheading,
    "h5": .subheading, "h6": .subheading,
  ]

  private var blocks: [Block] = []
  private var current = ""
  private var currentLinks = 0
  private var currentKind: Paragraph.Kind?
  private var lastWasBreak = false

  /// Creates a collector.
  init(kinds: [String: Paragraph.Kind], skip: @escaping (MarkupElement) -> Bool) {
    self.kinds = kinds
    self.skip = skip
  }

  /// The paragraphs inside `element`, in order, empty ones left out.
  mutating func collect(_ element: MarkupElement) -> [Block] {
    blocks = []
    current = ""
    currentLinks = 0
    currentKind = nil
    visit(element, inLink: false)
    flush()
    return blocks
  }

  private mutating func visit(_ element: MarkupElement, inLink: Bool) {
    let isBlock = Self.blockNames.contains(element.name) || kinds[element.name] != nil
    if isBlock {
      flush()
      if let kind = kinds[element.name] { currentKind = kind }
    }
    let link = inLink || element.name == "a"
    for child in element.children {
      switch child {
      case .text(let text):
        if lastWasBreak, text.allSatisfy(\.isWhitespace) { continue }
        lastWasBreak = false
        current += text
        if link { currentLinks += text.count }
      case .element(let child):
        if skip(child) { continue }
        if child.name == "br" {
          // Two breaks in a row end a paragraph; one is a line break inside it.
          if lastWasBreak {
            flush()
          } else {
            current += " "
            lastWasBreak = true
          }
          continue
        }
        lastWasBreak = false
        visit(child, inLink: link)
      }
    }
    if isBlock { flush() }
  }

  private mutating func flush() {
    defer {
      current = ""
      currentLinks = 0
      currentKind = nil
      lastWasBreak = false
    }
    guard current.contains(where: { !$0.isWhitespace }) else { return }
    blocks.append(Block(text: current, kind: currentKind, linkCharacters: currentLinks))
  }
}
