import Foundation
import ParallaxCorpus
import Testing

@testable import ParallaxFacts

@Suite struct GlossaryTests {
  static let fixture = """
    # Glossaries/organizations.tsv — a small fixture
    id\tfr\ten\ttr\tar\tru\tde\tes\tnote
    sohr\tObservatoire syrien des droits de l'Homme | OSDH\tSyrian Observatory for Human Rights | SOHR\tSuriye İnsan Hakları Gözlemevi\tالمرصد السوري لحقوق الإنسان\tСирийская обсерватория по правам человека\tSyrische Beobachtungsstelle für Menschenrechte\tObservatorio Sirio de Derechos Humanos | OSDH\tNGO based in London

    assad\tBachar al-Assad | Assad\tBashar al-Assad\tBeşar Esad | Esad\tبشار الأسد\tБашар Асад\tBaschar al-Assad\tBashar al Asad
    """

  @Test func parsesVariantsPreferredFirstAndNotes() throws {
    let glossary = try Glossary(text: Self.fixture, path: "organizations.tsv")
    #expect(glossary.count == 2)
    let sohr = try #require(glossary.entry(id: "sohr"))
    #expect(sohr.preferred("fr") == "Observatoire syrien des droits de l'Homme")
    #expect(sohr.terms["en"] == ["Syrian Observatory for Human Rights", "SOHR"])
    #expect(sohr.note == "NGO based in London")
    #expect(sohr.domain == "organizations")
    #expect(glossary.diagnostics.isEmpty)
  }

  @Test func looksUpAnyVariantFolded() throws {
    let glossary = try Glossary(text: Self.fixture, path: "organizations.tsv")
    #expect(glossary.lookup("esad").map(\.id) == ["assad"])
    #expect(glossary.lookup("ESAD", language: "tr").map(\.id) == ["assad"])
    #expect(glossary.lookup("Esad", language: "fr").isEmpty)
    #expect(glossary.lookup("osdh").map(\.id) == ["sohr"])
    #expect(glossary.lookup("المرصد السوري لحقوق الإنسان").map(\.id) == ["sohr"])
    #expect(glossary.lookup("nobody").isEmpty)
  }

  @Test func lookUpMakesEntriesOnlyWhenRead() throws {
    let glossary = try Glossary(text: Self.fixture, path: "organizations.tsv")
    let found = glossary.lookup("OSDH")
    #expect(found.count == 1 && found.ids == ["sohr"])
    #expect(found.first == glossary.entry(id: "sohr"))
    #expect(glossary.lookup("Osdh", language: "en").ids.isEmpty)
    #expect(glossary.lookup("").ids.isEmpty && glossary.lookup("", language: "xx").isEmpty)
  }

  @Test func aMissingHeaderIsLocated() {
    #expect(
      throws: GlossaryError.missingHeader(SourceLocation(path: "bad.tsv", line: 2, column: 1))
    ) {
      try Glossary(text: "# comment\nsohr\tOSDH\n", path: "bad.tsv")
    }
  }

  @Test func aBadColumnIsLocated() throws {
    do {
      _ = try Glossary(text: "id\tfr\tFrench words\n", path: "g.tsv")
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description
          == "g.tsv:1:7: glossary column 'French words' is not a language code or 'note'")
    }
  }

  @Test func badRowsAreDiagnosedAndTheRestLoads() throws {
    let text = "id\tfr\ten\n\tsans id\tno id\nok\tDamas\tDamascus\textra\n"
    let glossary = try Glossary(text: text, path: "places.tsv")
    #expect(glossary.count == 1)
    #expect(
      glossary.diagnostics.map(\.location.description) == ["places.tsv:2:1", "places.tsv:3:19"])
    #expect(glossary.entry(id: "ok")?.terms["en"] == ["Damascus"])
  }

  @Test func duplicateIdsMergeTheirVariants() throws {
    let text = "id\tfr\nx\tA\nx\tB\n"
    let glossary = try Glossary(text: text, path: "dup.tsv")
    #expect(glossary.entry(id: "x")?.terms["fr"] == ["A", "B"])
    #expect(glossary.diagnostics.count == 1)
  }

  @Test func aFolderOfFilesIsOneGlossary() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parallax-glossary-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.fixture.utf8).write(to: folder.appendingPathComponent("organizations.tsv"))
    try Data("id\tfr\nhatay\tHatay\n".utf8).write(to: folder.appendingPathComponent("places.tsv"))
    try Data("not a glossary".utf8).write(to: folder.appendingPathComponent("README.md"))
    let glossary = try Glossary(folder: folder)
    #expect(glossary.count == 3)
    #expect(glossary.entry(id: "hatay")?.domain == "places")
    #expect(throws: GlossaryError.self) {
      try Glossary(contentsOf: folder.appendingPathComponent("missing.tsv"))
    }
  }

  @Test func theShippedGazetteerLoadsInSevenLanguages() {
    let gazetteer = FactExtractor.gazetteer
    #expect(gazetteer.count >= 70)
    #expect(gazetteer.diagnostics.isEmpty)
    for entry in gazetteer.entries {
      for language in FactExtractor.supportedLanguages {
        #expect(entry.terms[language]?.isEmpty == false, "\(entry.id) has no \(language)")
      }
    }
  }
}
