import ParallaxXML

/// What one piece of news content gives: a NITF document, XHTML inside `inlineXML`, or
/// the plain text of `inlineData`.
struct NewsContent: Sendable {
  /// The headline.
  var title: String?
  /// The author line.
  var byline: String?
  /// The dateline (`PARIS, Feb. 27`).
  var dateline: String?
  /// An abstract or teaser given beside the text.
  var summary: String?
  /// The declared language, as written.
  var language: String?
  /// When it was first issued.
  var published: NewsDate?
  /// When it was last changed.
  var updated: NewsDate?
  /// The document's identifier.
  var guid: String?
  /// The agency or distributor credited.
  var credit: String?
  /// The publisher or copyright holder.
  var outlet: String?
  /// Where the document lives on the web.
  var url: String?
  /// The paragraphs of the text.
  var paragraphs: [ReportBuilder.RawParagraph] = []

  /// Empty content.
  init() {}

  /// The paragraphs of plain text: blocks separated by blank lines.
  init(plainText text: String, language: String?) {
    self.language = language
    var block: [Substring] = []
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      if line.allSatisfy(\.isWhitespace) {
        if !block.isEmpty { paragraphs.append(.init(block.joined(separator: " "))) }
        block = []
      } else {
        block.append(line)
      }
    }
    if !block.isEmpty { paragraphs.append(.init(block.joined(separator: " "))) }
  }

  /// Whether an element is kept out of every report: editorial notes and anything marked
  /// non-public (`edNote`, NITF `ed-msg`, `pubconstraint="…nonpublic"`, dpa's
  /// `class="np-nonpublic"`).
  static func isNonPublic(_ element: MarkupElement) -> Bool {
    if element.name == "edNote" || element.name == "ed-msg" { return true }
    if let constraint = element[attribute: "pubconstraint"]?.lowercased(),
      constraint.contains("nonpublic") || constraint.contains("non-public")
    {
      return true
    }
    if let classes = element[attribute: "class"]?.lowercased(), classes.contains("nonpublic") {
      return true
    }
    return false
  }

  /// A language declaration on an element: `xml:lang`, or HTML's `lang`.
  static func declaredLanguage(_ element: MarkupElement?) -> String? {
    guard let element else { return nil }
    return MarkupElement.folded(element[attribute: "xml:lang"] ?? element[attribute: "lang"])
  }
}
