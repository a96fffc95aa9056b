import Foundation
import ParallaxGlossary
import Testing

/// The status and note of each variant in the native TSV, and the writer's round trip.
@Suite struct GlossaryStatusTests {
  static let marked = """
    # statuses and notes
    id\ten\tfr\tnote
    idlib\tIdlib | Idleb [admitted: French spelling] | Edlib [forbidden]\tIdleb\tprovince

    damascus\tDamascus | the regime [forbidden: a slant; name the government]\tDamas | Cham [forbidden]
    osdh\tSOHR [admitted] | Syrian Observatory for Human Rights [preferred]\t\t
    # trailing comment
    """

  @Test func statusesFollowPlaceUnlessMarked() throws {
    let glossary = try Glossary(text: Self.marked, path: "g.tsv")
    #expect(glossary.diagnostics.isEmpty)
    let idlib = try #require(glossary.entry(id: "idlib"))
    #expect(idlib.terms["en"] == ["Idlib", "Idleb", "Edlib"])
    #expect(
      idlib.variants(in: "en") == [
        GlossaryTerm("Idlib", status: .preferred),
        GlossaryTerm("Idleb", status: .admitted, note: "French spelling"),
        GlossaryTerm("Edlib", status: .forbidden),
      ])
    #expect(idlib.status(of: "Edlib", in: "en") == .forbidden)
    #expect(idlib.status(of: "Idleb", in: "fr") == .preferred)
    #expect(idlib.status(of: "Nowhere", in: "en") == nil)
    let damascus = try #require(glossary.entry(id: "damascus"))
    #expect(damascus.variants(in: "en").last?.note == "a slant; name the government")
    let osdh = try #require(glossary.entry(id: "osdh"))
    #expect(osdh.preferred("en") == "Syrian Observatory for Human Rights")
    #expect(osdh.status(of: "SOHR", in: "en") == .admitted)
  }

  @Test func aForbiddenFirstVariantIsNotPreferred() throws {
    let glossary = try Glossary(text: "id\ten\nx\tbad [forbidden] | good\n", path: "g.tsv")
    #expect(glossary.entry(id: "x")?.preferred("en") == "good")
  }

  @Test(
    "Brackets that are no marker stay in the term",
    arguments: [
      ("Foo [bar]", "Foo [bar]"), ("Foo[forbidden]", "Foo[forbidden]"),
      ("[forbidden]", "[forbidden]"), ("Foo \\[forbidden]", "Foo [forbidden]"),
      ("a \\| b", "a | b"), ("back\\\\slash", "back\\slash"),
    ])
  func bracketsThatAreNoMarker(_ cell: String, _ term: String) throws {
    let glossary = try Glossary(text: "id\ten\nx\t\(cell)\n", path: "g.tsv")
    #expect(glossary.entry(id: "x")?.variants(in: "en") == [GlossaryTerm(term, status: .preferred)])
  }

  @Test func theWriterRoundTripsEveryShippedGlossaryByteForByte() throws {
    let folder = GlossaryWriteSupport.packageRoot.appendingPathComponent("Glossaries")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".tsv") }
    #expect(!names.isEmpty)
    for name in names.sorted() {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let glossary = try Glossary(text: text, path: name)
      #expect(try glossary.tsv() == text, "\(name) changed when written back")
    }
  }

  @Test func theWriterRoundTripsStatusesNotesAndAwkwardText() throws {
    var glossary = try Glossary(text: Self.marked, path: "g.tsv")
    glossary.add(
      GlossaryEntry(
        id: "#awkward",
        variants: [
          "en": [
            GlossaryTerm("a | b", status: .preferred), GlossaryTerm("tab\there"),
            GlossaryTerm("ends [forbidden]", status: .admitted, note: "a [bracketed] note"),
            GlossaryTerm("back\\slash", status: .forbidden, note: "line\nbreak"),
          ],
          "tr": [GlossaryTerm("İdlib", status: .admitted)],
        ], note: "concept\tnote \\ with | bar"))
    let text = try glossary.tsv()
    let again = try Glossary(text: text, path: "g.tsv")
    #expect(again.diagnostics.isEmpty)
    #expect(again.entries.map(\.id) == glossary.entries.map(\.id))
    for entry in glossary.entries {
      let read = try #require(again.entry(id: entry.id))
      #expect(read.note == entry.note)
      for language in entry.terms.keys {
        #expect(
          read.variants(in: language) == entry.variants(in: language), "\(entry.id) \(language)")
      }
    }
    #expect(text.hasPrefix("# statuses and notes\nid\ten\tfr\tnote\ttr\n") == false)
    #expect(text.contains("id\ten\tfr\ttr\tnote\n"))
    #expect(try again.tsv() == text)
  }

  @Test func textTheFormatCannotHoldIsRefused() {
    let glossary = Glossary(entries: [
      GlossaryEntry(id: "x", terms: ["en": ["para\u{2029}graph"]])
    ])
    #expect(throws: GlossaryError.self) { try glossary.tsv(path: "g.tsv") }
  }

  @Test func aRowWithTooManyCellsIsALocatedErrorAndTheRestLoads() throws {
    let text = "id\tfr\ten\nok\tDamas\tDamascus\textra\nnext\tAlep\tAleppo\nshort\tHoms\n"
    let glossary = try Glossary(text: text, path: "places.tsv")
    #expect(glossary.count == 3)
    #expect(
      glossary.diagnostics.map { "\($0.location): \($0.severity)" } == [
        "places.tsv:2:19: error", "places.tsv:4:11: error",
      ])
    #expect(glossary.entry(id: "next")?.terms["en"] == ["Aleppo"])
  }
}
