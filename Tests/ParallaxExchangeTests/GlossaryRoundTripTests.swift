import Foundation
import ParallaxCore
import ParallaxGlossary
import Testing

@testable import ParallaxExchange

/// native → format → native, one test per format, and what each format cannot hold.
@Suite("Glossary formats: round trips through the native model")
struct GlossaryRoundTripTests {
  @Test("native → TBX v2 → native keeps ids, languages, variants, order, statuses, notes")
  func tbx2() throws {
    let original = try GlossarySample.glossary()
    let (back, text, diagnostics) = try GlossarySample.roundTrip(original, .tbx2)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(GlossarySample.content(back) == GlossarySample.content(original))
    #expect(text.contains("<martif type=\"TBX\" xml:lang=\"en-GB\">"))
    #expect(text.contains("<term>AT&amp;T &lt;« 3 &gt; 2 »&gt;</term>"))
    #expect(text.contains(">deprecatedTerm-admn-sts</termNote>"))
  }

  @Test("native → TBX v3 (TBX-Basic) → native keeps ids, languages, variants, statuses, notes")
  func tbx3() throws {
    let original = try GlossarySample.glossary()
    let (back, text, diagnostics) = try GlossarySample.roundTrip(original, .tbx3)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(GlossarySample.content(back) == GlossarySample.content(original))
    #expect(text.contains("<langSec xml:lang=\"en-GB\">"))
    let forbidden = text.components(separatedBy: "deprecatedTerm-admn-sts").count - 1
    #expect(forbidden == 2)
  }

  @Test("native → CSV → native keeps ids, languages, variants, forbidden terms, notes")
  func csv() throws {
    let original = try GlossarySample.glossary()
    let (back, text, diagnostics) = try GlossarySample.roundTrip(original, .csv)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(GlossarySample.content(back) == GlossarySample.content(original))
    #expect(text.hasPrefix("id,fr,en-GB,tr,ar,ru,de,note\r\n"))
    #expect(text.contains("Damascus regime [forbidden]"))
    #expect(text.contains("\"\"\"quoted\"\", with a comma\""))
  }

  @Test("native → OmegaT (fr → en-GB) → native keeps the pairs and notes, not ids or forbidden")
  func omegat() throws {
    let original = try GlossarySample.glossary()
    let (back, text, diagnostics) = try GlossarySample.roundTrip(
      original, .omegat, source: "fr", target: "en-GB")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(!text.contains("régime de Damas"), "a forbidden term was offered to OmegaT")
    // What OmegaT can hold: per concept, the allowed fr and en-GB terms in order and the note.
    func pairs(_ glossary: Glossary) -> Set<String> {
      Set(
        glossary.entries.compactMap { entry in
          let fr = entry.variants(in: "fr").filter { $0.status != .forbidden }.map(\.text)
          let en = entry.variants(in: "en-gb").filter { $0.status != .forbidden }.map(\.text)
          guard !fr.isEmpty, !en.isEmpty else { return nil }
          return "\(fr) → \(en) note=\(entry.note ?? "-")"
        })
    }
    #expect(pairs(back) == pairs(original))
    #expect(back.count == 4)
    #expect(Set(back.entries.flatMap { $0.terms.keys }) == ["fr", "en-gb"])
    #expect(back.entry(id: "syrian-government")?.terms["fr"] == ["gouvernement syrien"])
  }

  @Test("native → TSV → native is unchanged")
  func tsv() throws {
    let original = try GlossarySample.glossary()
    let (back, _, diagnostics) = try GlossarySample.roundTrip(original, .tsv)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(GlossarySample.content(back) == GlossarySample.content(original))
  }

  @Test("term notes and a second preferred term survive TBX and CSV; CSV has no subject field")
  func termNotes() throws {
    var concept = TermbaseConcept(id: "x", subjectField: "politics", note: "concept note")
    concept.add(TermbaseTerm("alpha", status: .preferred, note: "usage: headlines"), language: "en")
    concept.add(TermbaseTerm("beta", status: .preferred), language: "en")
    concept.add(TermbaseTerm("gamma", status: .forbidden), language: "en")
    let termbase = Termbase(concepts: [concept])
    for format in [GlossaryFormat.tbx2, .tbx3, .csv] {
      let text = try GlossaryFormats.write(termbase, format: format).text
      let back = try GlossaryFormats.read(Array(text.utf8), path: "t", format: format)
      #expect(back.concepts.first?.languages == concept.languages, "\(format)")
      #expect(back.concepts.first?.note == "concept note", "\(format)")
      #expect(back.concepts.first?.subjectField == (format == .csv ? nil : "politics"))
    }
  }

  @Test(
    "XML escaping: markup characters and carriage returns read back; a control character is said")
  func escaping() throws {
    var concept = TermbaseConcept(id: "1st & <b>", note: "line one\r\nline two")
    concept.add(TermbaseTerm("a < b & c > \"d\" 'e'"), language: "en")
    concept.add(TermbaseTerm("bell\u{7}here"), language: "en")
    let termbase = Termbase(concepts: [concept])
    for format in [GlossaryFormat.tbx2, .tbx3] {
      let (text, notes) = try GlossaryFormats.write(termbase, format: format)
      #expect(notes == ["1 control character(s) XML cannot hold were left out"])
      #expect(text.contains("id=\"c-1st____b_\""))
      let back = try GlossaryFormats.read(Array(text.utf8), path: "t.tbx", format: format)
      #expect(back.diagnostics.isEmpty)
      #expect(back.concepts.first?.id == ConceptIDs.ncName("1st & <b>"))
      #expect(
        back.concepts.first?.terms("en").map(\.text) == ["a < b & c > \"d\" 'e'", "bellhere"])
    }
  }
}
