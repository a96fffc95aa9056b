import Foundation
import Testing

@testable import ParallaxCorpus

/// Pages nested deeper than the tree is kept (`MarkupDocument.maximumDepth`) or than libxml2
/// allows by default (256 open elements): every word is still read, in order, and a located
/// warning says where the nesting was opened. Never silent loss (issue 11).
@Suite struct HTMLDeepNestingTests {
  /// Loads `html` written to a temporary file.
  static func load(_ html: String) throws -> ReportLoader.Result {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("deep-\(UUID().uuidString).html")
    try html.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    return ReportLoader().load([url.path])
  }

  /// A story whose middle paragraphs sit inside `levels` nested `tag`s, one per line.
  static func page(levels: Int, tag: String = "div") -> String {
    var html = """
      <!doctype html>
      <html lang="en"><head><title>Barge sinks in the estuary</title></head>
      <body><article>
      <p>A grain barge sank in the estuary on Monday, the harbour master said.</p>

      """
    html += String(repeating: "<\(tag)>\n", count: levels)
    html += """
      <p>All 6 crew members were pulled from the water by a pilot boat.</p>
      <p>The cargo of 900 tonnes of wheat was lost, its owner said.</p>

      """
    html += String(repeating: "</\(tag)>\n", count: levels)
    html += """
      <p>Divers will inspect the wreck on Wednesday.</p>
      </article></body></html>
      """
    return html
  }

  static let expected = [
    "A grain barge sank in the estuary on Monday, the harbour master said.",
    "All 6 crew members were pulled from the water by a pilot boat.",
    "The cargo of 900 tonnes of wheat was lost, its owner said.",
    "Divers will inspect the wreck on Wednesday.",
  ]

  /// Below both limits nothing changes: four paragraphs and no warning.
  @Test func aShallowPageIsReadAsBefore() throws {
    let result = try Self.load(Self.page(levels: 100))
    let report = try #require(result.reports.first)
    #expect(report.bodyParagraphs.map(\.text) == Self.expected)
    #expect(!result.diagnostics.contains { $0.severity >= .warning }, "\(result.diagnostics)")
  }

  /// Past libxml2's default limit (256) but within the tree's: libxml2 used to stop the
  /// whole page there, silently; now every paragraph is read and nothing is said.
  @Test func pastLibxml2sDefaultLimitNothingIsLost() throws {
    let result = try Self.load(Self.page(levels: 400))
    let report = try #require(result.reports.first)
    #expect(report.bodyParagraphs.map(\.text) == Self.expected)
    #expect(!result.diagnostics.contains { $0.severity >= .warning }, "\(result.diagnostics)")
  }

  /// Past the tree's depth: the text is kept, paragraph by paragraph and in order, and a
  /// warning names the file and the line where the nesting was opened.
  @Test(arguments: [(600, "div"), (3000, "section"), (20000, "div"), (5000, "span")])
  func pastTheTreesDepthTheTextIsKeptWithALocatedWarning(levels: Int, tag: String) throws {
    let result = try Self.load(Self.page(levels: levels, tag: tag))
    let report = try #require(result.reports.first)
    let texts = report.bodyParagraphs.map(\.text)
    if tag == "span" {
      // Inline nesting joins the two deep paragraphs' block boundaries to their spans, but
      // keeps every word, in order.
      let joined = texts.joined(separator: " ")
      var from = joined.startIndex
      for sentence in Self.expected {
        let found = try #require(joined.range(of: sentence, range: from..<joined.endIndex))
        from = found.upperBound
      }
    } else {
      #expect(texts == Self.expected)
    }
    let warning = try #require(
      result.diagnostics.first { $0.severity == .warning && $0.message.contains("nested") },
      "\(result.diagnostics)")
    #expect(warning.location.path.hasSuffix(".html"))
    // The element at the tree's depth opens on line 4 + depth (one tag a line).
    let line = try #require(warning.location.line)
    #expect(line > 4 + 500 && line < 4 + 560, "\(warning)")
    #expect(warning.message.contains("512"))
  }

  /// NITF (XML) keeps libxml2's limit of 256 levels (lifting it would lift the guards
  /// against entity bombs too): the text before is kept and an error names the line where
  /// the rest was dropped — never a silent loss.
  @Test func aDeepNITFDocumentSaysWhereItsTextWasDropped() throws {
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <nitf><head><title>Barge sinks</title></head><body><body.content>
      <p>A grain barge sank in the estuary on Monday, the harbour master said.</p>

      """
    xml += String(repeating: "<block>\n", count: 900)
    xml += "<p>All 6 crew members were pulled from the water by a pilot boat.</p>\n"
    xml += String(repeating: "</block>\n", count: 900)
    xml += "<p>Divers will inspect the wreck on Wednesday.</p>\n</body.content></body></nitf>\n"
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("deep-\(UUID().uuidString).nitf.xml")
    try xml.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let result = ReportLoader().load([url.path])
    let report = try #require(result.reports.first)
    #expect(report.plainText.contains("A grain barge sank in the estuary"))
    let error = try #require(
      result.diagnostics.first { $0.severity == .error && $0.message.contains("depth") },
      "\(result.diagnostics)")
    #expect(error.message.contains("missing"))
    let line = try #require(error.location.line)
    #expect(line > 250 && line < 270, "\(error)")
  }

  /// Furniture below the depth stays furniture when it fits in the window kept whole.
  @Test func aScriptBelowTheDepthIsStillLeftOut() throws {
    var html = "<html><body><article><p>The ferry sailed at noon with 40 passengers.</p>"
    html += String(repeating: "<div>", count: 700)
    html += "<script>var secret = 'tracking-pixel';</script><p>It docked at dusk.</p>"
    html += String(repeating: "</div>", count: 700)
    html += "</article></body></html>"
    let result = try Self.load(html)
    let report = try #require(result.reports.first)
    #expect(report.plainText.contains("It docked at dusk."))
    #expect(!report.plainText.contains("tracking-pixel"))
  }
}
