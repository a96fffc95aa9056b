import ParallaxXML
import Testing

/// `MarkupDocument(xml:streaming:each:)` hands over the same elements the whole-tree parse
/// builds, in order, and keeps what it did not hand over.
@Suite("Markup streaming: children handed over as they close")
struct MarkupStreamingTests {
  static let document = """
    <?xml version="1.0"?>
    <root a="1"><head><p>h</p></head>
      <text><body>
        <entry id="1"><x k="v">one &amp; <b>two</b></x></entry>
        <other/>
        <entry id="2"><x>three</x>  text after
        </entry>
      </body><body><entry id="not-streamed"/></body></text>
      <text><body><entry id="second-text"/></body></text>
    </root>
    """

  @Test("The streamed children are the whole tree's children of root › text › body")
  func sameElementsInOrder() throws {
    let bytes = Array(Self.document.utf8)
    let whole = MarkupDocument(xml: bytes)
    let expected = try #require(whole.root?.path("text", "body")).elements
    var streamed: [MarkupElement] = []
    let document = MarkupDocument(xml: bytes, streaming: ["text", "body"]) { streamed.append($0) }
    #expect(streamed == expected)
    #expect(streamed.map { $0[attribute: "id"] } == ["1", nil, "2"])
    // What was handed over is left out of the tree; everything else stays.
    #expect(document.root?.path("text", "body")?.elements == [])
    #expect(document.root?.first("head") == whole.root?.first("head"))
    #expect(document.root?.elements("text").count == 2)
    #expect(document.root?.elements("text").last == whole.root?.elements("text").last)
    #expect(document.problems == whole.problems)
  }

  @Test("A document cut short: the unclosed entry stays in the tree, problems unchanged")
  func cutShort() throws {
    let bytes = Array(
      "<root><text><body><entry id=\"1\"/><entry id=\"2\"><x>two</x>\n".utf8)
    let whole = MarkupDocument(xml: bytes)
    var streamed: [MarkupElement] = []
    let document = MarkupDocument(xml: bytes, streaming: ["text", "body"]) { streamed.append($0) }
    let wholeEntries = try #require(whole.root?.path("text", "body")).elements
    let left = try #require(document.root?.path("text", "body")).elements
    #expect(streamed.map { $0[attribute: "id"] } == ["1"])
    #expect(streamed + left == wholeEntries)
    #expect(document.firstFatal != nil)
    #expect(document.problems == whole.problems)
  }
}
