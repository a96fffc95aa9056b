import Testing

@testable import ParallaxCorpus

/// HTML fragments (feed descriptions, Atom content) into paragraphs.
@Suite struct FeedHTMLFragmentTests {
  static func texts(_ html: String) -> [String] {
    HTMLFragment.paragraphs(html).map { TextNormalizer.normalize($0.text) }.filter { !$0.isEmpty }
  }

  @Test func blocksAndDoubleBreaksEndParagraphs() {
    #expect(Self.texts("<p>One</p><p>Two</p>") == ["One", "Two"])
    #expect(Self.texts("One<br>still one<br/><br />Two") == ["One still one", "Two"])
    #expect(
      Self.texts("<div>A<div>B</div></div><ul><li>C</li><li>D</li></ul>") == [
        "A", "B", "C", "D",
      ])
    #expect(Self.texts("<blockquote>Quote</blockquote>After") == ["Quote", "After"])
  }

  @Test func headingsTwoAndThreeAreSubheadings() {
    let paragraphs = HTMLFragment.paragraphs("<p>Lead</p><h2>Inter</h2><p>Body</p><h4>Minor</h4>")
    #expect(paragraphs.map(\.kind) == [nil, .subheading, nil, nil])
    #expect(paragraphs.map(\.text) == ["Lead", "Inter", "Body", "Minor"])
  }

  @Test func inlineTagsAreDroppedAndEntitiesDecoded() {
    #expect(Self.texts("<b>Ex</b>ample &amp; <a href=\"x?a=1&b=2\">link</a>") == ["Example & link"])
    #expect(
      Self.texts("caf&eacute;&nbsp;cr&egrave;me &#8364; &#x41; &#150;") == [
        "café\u{A0}crème € A –"
      ])
    #expect(Self.texts("AT&T &unknown; 5 < 6 &") == ["AT&T &unknown; 5 < 6 &"])
  }

  @Test func scriptsStylesAndCommentsAreSkipped() {
    #expect(
      Self.texts("<script>var p = '<p>x</p>';</script><style>p{}</style><!-- c -->Text") == [
        "Text"
      ])
    #expect(Self.texts("<![CDATA[raw <b>]]>") == ["raw <b>"])
  }

  @Test func textThatOnlyLooksLikeMarkupStays() {
    #expect(Self.texts("<!' <a href=\"foo\">") == ["<!'"])
    #expect(Self.texts("<!DOCTYPE") == ["<!DOCTYPE"])
    #expect(Self.texts("a <b") == ["a <b"])
  }

  @Test func plainTextSplitsOnBlankLines() {
    let paragraphs = HTMLFragment.plainParagraphs(Array("One\nline\n\n  \nTwo".utf8))
    #expect(paragraphs.map { TextNormalizer.normalize($0.text) } == ["One line", "Two"])
  }

  @Test func htmlEntityTableIsComplete() {
    #expect(HTMLEntities.value(named: "nbsp") == "\u{A0}")
    #expect(HTMLEntities.value(named: "Eacute") == "É")
    #expect(HTMLEntities.value(named: "NotEqualTilde") == "\u{2242}\u{338}")
    #expect(HTMLEntities.value(named: "notanentity") == nil)
  }
}
