import ParallaxCorpus
import Testing

/// `StoryReadme` on a small README written for this test in the Corpus notation.
@Suite struct CorpusTruthReadmeTests {
  static let text = """
    # A story

    ## Reports

    | report | format | lang | outlet | published | ¶ |
    |---|---|---|---|---|---|
    | a-wire.rss#0 | RSS 2.0 item | en | Wire (channel title `Wire — World`) | 2020-02-27T20:05Z | ¶0–¶3 |
    | a-wire.rss#1 | RSS 2.0 item — **off-story** | en (en-GB) | Wire | 2020-02-27T21:30Z | ¶0–¶2 |
    | b-post.newsml.xml | NewsML-G2 newsItem | de | Post | 2020-02-28T00:40+01:00 (firstCreated); this version 07:55+01:00 (versionCreated = updated) | ¶0–¶4 |
    | c-feed.atom#1 | Atom 1.0 entry | fr | Le Q | 2025-06-02T18:10+02:00 (updated) | ¶0–¶8 |

    Metadata a reader must find: a-wire items: dateline `ANKARA` credit `Wire` (¶1, `ANKARA (Wire) -`),
    guid `w:1` / `…:3`; de: creator `Jana K`, dateline `Istanbul (Post) – ` (also at the head of ¶1),
    version 3, modified 11:05; fr: dc:creator `A` (#1), url.

    Junk a reader must drop: de's `edNote` (`+49 30 5550 1234`); a's `aside.related`.

    ## Facts per report

    ### a-wire.rss#0
    - figure: ¶0 "At least 22" → ≥ 22 · K · source: authorities (from ¶1; headline)
    - date: ¶1 "on Thursday" → 2020-02-27; ¶3 "since December" → 2019-12
    - attribution: ¶1 source x "A; B" · cue "said"; ¶1 channel kap "KAP"
    - off-story; figure: ¶2 "4.4 percent" → = 4.4 %. Must not align.

    ## Differences, pair by pair

    ### a-wire.rss#0 ↔ b-post.newsml.xml
    - figure: K: a-wire.rss#0 ¶1 "At least 22" (≥ 22) ↔ b-post.newsml.xml ¶2 "mindestens 22" … "dann 29"
    """

  @Test func readsTheReportsTable() throws {
    let readme = StoryReadme(name: "test", text: Self.text)
    try #require(readme.reports.count == 4)
    let wire = readme.reports[0]
    #expect(wire.file == "a-wire.rss" && wire.item == 0 && wire.format == .rss)
    #expect(wire.outlet == "Wire — World" && wire.published?.iso == "2020-02-27T20:05Z")
    #expect(wire.paragraphs == 0...3 && !wire.offStory)
    let second = readme.reports[1]
    #expect(second.outlet == "Wire — World", "a later item of the same feed")
    #expect(second.language == "en" && second.languageTag == "en-GB" && second.offStory)
    let post = readme.reports[2]
    #expect(post.format == .newsml && post.outlet == "Post")
    #expect(post.published?.iso == "2020-02-28T00:40+01:00")
    #expect(post.updated?.iso == "2020-02-28T07:55+01:00")
    let entry = readme.reports[3]
    #expect(entry.published == nil && entry.updated?.iso == "2025-06-02T18:10+02:00")
  }

  @Test func readsQuotesAfterEachMarkAsTheScriptDoes() {
    let readme = StoryReadme(name: "test", text: Self.text)
    let quotes = readme.quotes.map { "\($0.report) ¶\($0.paragraph) \($0.text)" }
    #expect(
      quotes == [
        "a-wire.rss#0 ¶0 At least 22", "a-wire.rss#0 ¶1 on Thursday",
        "a-wire.rss#0 ¶3 since December", "a-wire.rss#0 ¶1 A; B", "a-wire.rss#0 ¶1 said",
        "a-wire.rss#0 ¶1 KAP", "a-wire.rss#0 ¶2 4.4 percent", "a-wire.rss#0 ¶1 At least 22",
        "b-post.newsml.xml ¶2 mindestens 22", "b-post.newsml.xml ¶2 dann 29",
      ])
    #expect(readme.quotes.filter(\.inFactsSection).count == 7)
  }

  @Test func splitsFactLinesAtSemicolonsOutsideQuotes() {
    let readme = StoryReadme(name: "test", text: Self.text)
    let facts = readme.facts.map { "\($0.kind) ¶\($0.paragraph) \($0.body)" }
    #expect(
      facts == [
        "figure ¶0 \"At least 22\" → ≥ 22 · K · source: authorities (from ¶1; headline)",
        "date ¶1 \"on Thursday\" → 2020-02-27", "date ¶3 \"since December\" → 2019-12",
        "attribution ¶1 source x \"A; B\" · cue \"said\"", "attribution ¶1 channel kap \"KAP\"",
        "figure ¶2 \"4.4 percent\" → = 4.4 %. Must not align.",
      ])
    #expect(readme.facts[3].quotes == ["A; B", "said"])
  }

  @Test func readsMetadataClaimsPerReport() {
    let readme = StoryReadme(name: "test", text: Self.text)
    let claims = readme.metadataClaims.map {
      "\($0.report) \($0.field.rawValue) \($0.value)" + ($0.paragraph.map { " ¶\($0)" } ?? "")
    }
    #expect(
      claims == [
        "a-wire.rss#0 dateline ANKARA", "a-wire.rss#0 credit Wire",
        "a-wire.rss#0 paragraphContains ANKARA (Wire) - ¶1",
        "a-wire.rss#0 guid w:1", "b-post.newsml.xml byline Jana K",
        "b-post.newsml.xml dateline Istanbul (Post) – ",
        "b-post.newsml.xml paragraphHead Istanbul (Post) –  ¶1",
        "b-post.newsml.xml unchecked version 3", "b-post.newsml.xml updatedTime 11:05",
        "c-feed.atom#1 byline A", "c-feed.atom#1 url ",
      ])
    #expect(readme.quotedJunk == ["+49 30 5550 1234"])
  }
}
