import Foundation
import ParallaxGlossary
import ParallaxTestSupport
import Testing

@testable import ParallaxExchange

/// translate-toolkit (PyPI, pinned in Scripts/requirements-test.txt) reads the TBX v2 we
/// write: every entry, language, term, status and note as we wrote them.
@Suite("TBX v2: read back by translate-toolkit")
struct TBXIndependentReaderTests {
  struct Entry: Decodable {
    struct Term: Decodable {
      var text: String
      var status: String?
      var deprecated: Bool
      var notes: [String]
    }
    var id: String?
    var source: String?
    var languages: [String: [Term]]
    var conceptNotes: [Note]
  }

  struct Note: Decodable {
    var text: String
    var category: String?
  }

  @Test("translate-toolkit reads our TBX v2 as we wrote it")
  func translateToolkitReadsOurTBX2() throws {
    var termbase = Termbase(glossary: try GlossarySample.glossary())
    termbase.concepts[0].languages[0].terms[0].note = "a term note"
    let text = try GlossaryFormats.write(termbase, format: .tbx2, source: "fr").text
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-tbx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("sample.tbx").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let result = try PythonCheckers.run(script: "check-tbx.py", [path, "fr"])
    #expect(result.status == 0, "check-tbx.py failed: \(result.stderr)")
    let entries = try JSONDecoder().decode([Entry].self, from: Data(result.stdout.utf8))
    #expect(entries.count == termbase.concepts.count)
    for (entry, concept) in zip(entries, termbase.concepts) {
      #expect(entry.id == concept.id)
      #expect(entry.source == concept.terms("fr").first?.text)
      #expect(Set(entry.languages.keys) == Set(concept.languages.map(\.language)))
      // translate-toolkit gives the subject field (a descrip) and the note as concept notes.
      let notes = entry.conceptNotes.filter { $0.category == nil }.map(\.text)
      let fields = entry.conceptNotes.filter { $0.category == "subjectField" }.map(\.text)
      #expect(notes == (concept.note.map { [$0] } ?? []), "\(concept.id ?? "")")
      #expect(fields == (concept.subjectField.map { [$0] } ?? []), "\(concept.id ?? "")")
      for section in concept.languages {
        let read = entry.languages[section.language] ?? []
        #expect(read.map(\.text) == section.terms.map(\.text), "\(section.language)")
        #expect(read.map(\.status) == section.terms.map { $0.status?.tbxValue })
        #expect(read.map(\.deprecated) == section.terms.map { $0.status == .forbidden })
        #expect(read.map(\.notes) == section.terms.map { $0.note.map { [$0] } ?? [] })
      }
    }
  }
}
