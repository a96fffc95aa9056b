/// Gathers what a reader found and turns it into a clean `Report`.
///
/// Readers hand over raw text; the builder normalizes it, drops empty paragraphs, puts the
/// title first as the headline, marks the lead and records a wire dateline.
package struct ReportBuilder: Sendable {
  /// A paragraph as a reader found it, before normalization.
  package struct RawParagraph: Sendable, Hashable {
    /// The role, when the source says (an intertitle, a lead); `nil` lets the builder decide.
    package var kind: Paragraph.Kind?
    /// The text as found.
    package var text: String
    /// Whether `text` is already `TextNormalizer`'s output (a reader normalized it while
    /// scanning), so that the builder does not do it again.
    var isNormalized = false

    /// Creates a raw paragraph.
    package init(_ text: String, kind: Paragraph.Kind? = nil) {
      self.text = text
      self.kind = kind
    }

    /// A paragraph whose text `TextNormalizer` has already normalized.
    init(normalized text: String, kind: Paragraph.Kind? = nil) {
      self.text = text
      self.kind = kind
      isNormalized = true
    }
  }

  /// The report under construction; its `paragraphs` are ignored until `build()`.
  package var report: Report
  /// The paragraphs found so far, in order.
  package var paragraphs: [RawParagraph] = []
  /// Whether `report.summary` is already normalized (made of normalized paragraphs).
  var summaryIsNormalized = false

  /// Starts a report for `path`, item `item` of a feed or `nil`.
  package init(path: String, item: Int? = nil, format: SourceFormat) {
    let id = item.map { "\(path)#\($0)" } ?? path
    report = Report(id: id, path: path, item: item, format: format)
  }

  /// Adds a paragraph.
  package mutating func append(_ text: String, kind: Paragraph.Kind? = nil) {
    paragraphs.append(RawParagraph(text, kind: kind))
  }

  /// The finished report: normalized metadata and paragraphs, headline and lead marked.
  package consuming func build() -> Report {
    var builder = self
    return builder.takeReport()
  }

  /// `build()` on a builder in place: the report and the paragraphs are moved out (not
  /// copied: a copy is one reference count per field) and the builder is left empty.
  mutating func takeReport() -> Report {
    var paragraphs: [RawParagraph] = []
    swap(&paragraphs, &self.paragraphs)
    let summaryIsNormalized = self.summaryIsNormalized
    var result = Report(id: "", path: "", item: nil, format: report.format)
    swap(&result, &report)
    result.title = Self.clean(result.title)
    result.outlet = Self.clean(result.outlet)
    result.byline = Self.clean(result.byline)
    result.credit = Self.clean(result.credit)
    if !summaryIsNormalized { result.summary = Self.clean(result.summary) }
    result.url = Self.clean(result.url)
    var out: [Paragraph] = []
    out.reserveCapacity(paragraphs.count + 1)
    if let title = result.title {
      out.append(Paragraph(index: 0, kind: .headline, text: title))
    }
    var leadSeen = false
    for raw in paragraphs {
      let text = raw.isNormalized ? raw.text : TextNormalizer.normalize(raw.text)
      if text.isEmpty { continue }
      if raw.kind == .headline {
        // The first headline becomes the title when the source gave none; a headline
        // repeating the title is not a paragraph of its own.
        if out.isEmpty {
          result.title = text
          out.append(Paragraph(index: 0, kind: .headline, text: text))
        }
        continue
      }
      if out.count == 1, out[0].kind == .headline, out[0].text == text { continue }
      var kind = raw.kind ?? .body
      if kind == .lead || (kind == .body && !leadSeen) {
        kind = leadSeen ? .body : .lead
        leadSeen = true
      }
      out.append(Paragraph(index: out.count, kind: kind, text: text))
    }
    result.paragraphs = out
    if result.dateline == nil, let lead = out.first(where: { $0.kind == .lead }),
      let found = Dateline.find(in: lead.text)
    {
      result.dateline = found.dateline
      if result.credit == nil { result.credit = found.credit }
    }
    return result
  }

  private static func clean(_ value: String?) -> String? {
    guard let value else { return nil }
    let text = TextNormalizer.normalize(value)
    return text.isEmpty ? nil : text
  }
}
