import Foundation
import ParallaxCore
import ParallaxGlossary
import Testing

@testable import ParallaxExchange

/// Reading what other tools write, and bad input: located errors, the rest kept.
@Suite("Glossary formats: reading other tools' files and bad input")
struct GlossaryFormatInputTests {
  static func read(_ text: String, _ format: GlossaryFormat, path: String = "in.tbx")
    throws(GlossaryFormatError) -> Termbase
  {
    try GlossaryFormats.read(
      Array(text.utf8), path: path, format: format, source: "fr", target: "en")
  }

  @Test("TBX v2: tig and ntig, normativeAuthorization, language tags in any case")
  func tbx2Variants() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
      <martif type="TBX" xml:lang="en">
        <martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
        <text><body>
          <termEntry id="t1">
            <descrip type="subjectField">politics</descrip>
            <langSet xml:lang="En-uS">
              <tig><term>ceasefire</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
              <ntig><termGrp><term>truce</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp></ntig>
            </langSet>
            <langSet xml:lang="FR">
              <ntig><termGrp><term>cessez-le-feu</term></termGrp><admin type="x">y</admin></ntig>
              <tig><term>trêve</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></tig>
            </langSet>
          </termEntry>
        </body></text>
      </martif>
      """
    let termbase = try Self.read(text, .tbx2)
    #expect(termbase.diagnostics.isEmpty, "\(termbase.diagnostics)")
    let concept = try #require(termbase.concepts.first)
    #expect(concept.id == "t1")
    #expect(concept.subjectField == "politics")
    #expect(concept.languages.map(\.language) == ["en-US", "fr"])
    #expect(concept.terms("EN-us").map(\.text) == ["ceasefire", "truce"])
    #expect(concept.terms("en-US").map(\.status) == [.preferred, .admitted])
    #expect(concept.terms("fr").map(\.status) == [nil, .forbidden])
    var glossary = Glossary()
    GlossaryImport.merge(termbase, into: &glossary, domain: "d")
    #expect(glossary.entry(id: "t1")?.terms["en-us"] == ["ceasefire", "truce"])
    #expect(glossary.entry(id: "t1")?.terms["fr"] == ["cessez-le-feu", "trêve"])
    #expect(glossary.entry(id: "t1")?.status(of: "trêve", in: "fr") == .forbidden)
  }

  @Test("TBX v3 in DCT style: the administrativeStatus element is read")
  func tbx3DCT() throws {
    let text = """
      <?xml version="1.0"?>
      <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
        xmlns:min="http://www.tbxinfo.net/ns/min">
        <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
        <text><body><conceptEntry id="c1"><langSec xml:lang="de">
          <termSec><term>Waffenruhe</term><min:administrativeStatus>deprecatedTerm-admn-sts</min:administrativeStatus></termSec>
        </langSec></conceptEntry></body></text>
      </tbx>
      """
    let termbase = try Self.read(text, .tbx3)
    #expect(termbase.concepts.first?.terms("de").first?.status == .forbidden)
  }

  @Test("a TBX that is not TBX is a located error naming its root")
  func notTBX() {
    let text = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/></tmx>\n"
    #expect(
      throws: GlossaryFormatError.notTBX(
        SourceLocation(path: "in.tbx", line: 2, column: 1), root: "tmx")
    ) { try Self.read(text, .tbx2) }
    do {
      _ = try Self.read(text, .tbx2)
    } catch {
      #expect(error.description.hasPrefix("in.tbx:2:1: error: not TBX: the root element is <tmx>"))
    }
  }

  @Test("XML that is not well-formed: the entries before the error kept, the error located")
  func malformed() throws {
    let text = """
      <?xml version="1.0"?>
      <martif type="TBX" xml:lang="en"><text><body>
      <termEntry id="a"><langSet xml:lang="en"><tig><term>one</term></tig></langSet></termEntry>
      <termEntry id="b"><langSet xml:lang="en"><tig><term>two</term></tig></langSet></termEntry>
      <termEntry id="c"><langSet xml:lang="en"><tig><term>three & four</term></tig></langSet></termEntry>
      </body></text></martif>
      """
    let termbase = try Self.read(text, .tbx2)
    #expect(termbase.concepts.prefix(2).map(\.id) == ["a", "b"])
    let errors = termbase.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1)
    #expect(errors.first?.location.line == 5, "\(errors)")
    #expect(errors.first?.message.hasPrefix("not well-formed XML") == true)
    // libxml2 recovers a root from a bare start tag: nothing is read, and that is said.
    let bare = try Self.read("<martif", .tbx2)
    #expect(bare.concepts.isEmpty)
    #expect(
      bare.diagnostics.first?.description.hasPrefix("in.tbx:1:8: error: not well-formed") == true)
    #expect(throws: GlossaryFormatError.self) { try Self.read("", .tbx3) }
  }

  @Test("a CSV row with a wrong column count is a located error; the other rows are read")
  func csvColumns() throws {
    let text = """
      ID,Fr,EN-us,Note\r
      a,un,one,\r
      b,deux,two,extra,field\r
      c,"trois, 3","three ""3""
      (multi-line)",\r
      d,quatre\r
      e,cinq,five,\r

      """
    let termbase = try Self.read(text, .csv, path: "in.csv")
    #expect(termbase.concepts.map(\.id) == ["a", "c", "e"])
    #expect(termbase.concepts[1].terms("fr").map(\.text) == ["trois, 3"])
    #expect(termbase.concepts[1].terms("en-US").map(\.text) == ["three \"3\"\n(multi-line)"])
    #expect(
      termbase.diagnostics.map(\.description) == [
        "in.csv:3:1: error: CSV row has 5 fields for 4 columns; skipped",
        "in.csv:6:1: error: CSV row has 2 fields for 4 columns; skipped",
      ])
    #expect(throws: GlossaryFormatError.self) { try Self.read("id,fr,Not A Tag\n", .csv) }
  }

  @Test("an OmegaT line without a target is a located error; the others are read")
  func omegatLines() throws {
    let text = "\u{FEFF}# comment\nIdleb\tIdlib\tprovince\nIdleb\tIdleb\nlonely\nAlep\tAleppo\r\n"
    let termbase = try Self.read(text, .omegat, path: "g.txt")
    #expect(termbase.concepts.count == 2)
    #expect(termbase.concepts[0].terms("en").map(\.text) == ["Idlib", "Idleb"])
    #expect(termbase.concepts[0].note == "province")
    #expect(termbase.concepts[1].terms("en").map(\.text) == ["Aleppo"])
    #expect(termbase.diagnostics.map(\.location.description) == ["g.txt:4:1"])
    #expect(throws: GlossaryFormatError.needsLanguages(.omegat)) {
      try GlossaryFormats.read(Array(text.utf8), path: "g.txt", format: .omegat)
    }
  }

  @Test("the format is guessed from the extension, then the content")
  func guesses() {
    func guess(_ path: String, _ head: String) -> GlossaryFormat? {
      GlossaryFormat.guess(path: path, head: Array(head.utf8))?.format
    }
    #expect(guess("a.tbx", "<?xml version=\"1.0\"?>\n<martif type=\"TBX\">") == .tbx2)
    #expect(
      guess("a.tbx", "<?xml version=\"1.0\"?>\n<!-- c -->\n<tbx type=\"TBX-Basic\">") == .tbx3)
    #expect(guess("a.xml", "<tbx:tbx xmlns:tbx=\"x\">") == .tbx3)
    #expect(guess("a.csv", "id,fr") == .csv)
    #expect(guess("a.tsv", "# c\nid\tfr\ten\n") == .tsv)
    #expect(guess("a.tsv", "Idleb\tIdlib\n") == .omegat)
    #expect(guess("a.utf8", "x") == .omegat)
    #expect(guess("a.tab", "x") == .omegat)
    #expect(guess("glossary", "<martif>") == .tbx2)
    #expect(guess("glossary", "a,b\n") == .csv)
    #expect(guess("glossary", "plain words") == nil)
  }
}
