import ParallaxXML

extension NewsContent {
  /// Reads a NITF document (`<nitf>`): `head/docdata` for identifiers and dates,
  /// `body.head` for headline, byline, dateline and abstract, `body.content` for the text.
  init(nitf: MarkupElement) {
    self.init()
    let head = nitf.first("head")
    let body = nitf.first("body")
    let bodyHead = body?.first("body.head")
    language =
      Self.nitfLanguage(nitf) ?? Self.nitfLanguage(body) ?? Self.declaredLanguage(head)
    if let hedline = bodyHead?.first("hedline") {
      title = hedline.first("hl1")?.trimmedText
      summary = hedline.first("hl2")?.trimmedText
    }
    if title == nil { title = head?.first("title")?.trimmedText }
    byline = bodyHead?.first("byline").flatMap(Self.bylineText)
    dateline = bodyHead?.first("dateline")?.trimmedText
    if let abstract = bodyHead?.first("abstract")?.trimmedText { summary = abstract }
    credit = bodyHead?.first("distributor")?.trimmedText
    if let docdata = head?.first("docdata") {
      guid = MarkupElement.folded(docdata.first("doc-id")?[attribute: "id-string"])
      published =
        NewsMLDate.parse(docdata.first("date.issue")?[attribute: "norm"])
        ?? NewsMLDate.parse(docdata.first("date.release")?[attribute: "norm"])
      outlet = MarkupElement.folded(docdata.first("doc.copyright")?[attribute: "holder"])
    }
    if published == nil {
      published = NewsMLDate.parse(head?.first("pubdata")?[attribute: "date.publication"])
    }
    if let dateline = bodyHead?.first("dateline"), published == nil {
      published = NewsMLDate.parse(dateline.first("story.date")?[attribute: "norm"])
    }
    url = MarkupElement.folded(head?.first("pubdata")?[attribute: "ex-ref"])
    guard let body else { return }
    var collector = BlockCollector(
      kinds: ["hl1": .headline, "hl2": .subheading],
      skip: { element in
        Self.isNonPublic(element) || Self.nitfSkipped.contains(element.name)
      })
    // The whole body but its head and end: in a recovered tree, text may have slipped out
    // of `body.content`.
    for block in collector.collect(body) {
      paragraphs.append(.init(block.text, kind: block.kind))
    }
  }

  /// The language an NITF element declares: `xml:lang` (or `lang`), else NITF's own
  /// `baselang` (`<nitf baselang="de-DE">`, also allowed on `<body>`).
  static func nitfLanguage(_ element: MarkupElement?) -> String? {
    guard let element else { return nil }
    return declaredLanguage(element) ?? MarkupElement.folded(element[attribute: "baselang"])
  }

  /// NITF elements whose text is not part of the story.
  static let nitfSkipped: Set<String> = [
    "media", "table", "nitf-table", "note", "fn", "ed-msg", "body.head", "body.end",
  ]

  /// `By Meredith Jameson, <byttl>Staff Reporter</byttl>` → `By Meredith Jameson, Staff
  /// Reporter`, without a trailing comma.
  static func bylineText(_ byline: MarkupElement) -> String? {
    guard var text = byline.trimmedText else { return nil }
    while let last = text.last, last == "," || last == ";" || last == " " { text.removeLast() }
    return text.isEmpty ? nil : text
  }
}
