import Foundation
import ParallaxCorpus
import ParallaxText
import Testing

@testable import ParallaxFacts

/// The one name index a glossary shares between the seven languages.
@Suite struct GlossaryIndexTests {
  static let fixture = """
    id\tfr\ten\tde\tes\ttr\tar\tru
    erdogan\tRecep Tayyip Erdogan | Erdogan\tRecep Tayyip Erdogan | Erdogan\tRecep Tayyip Erdoğan\tRecep Tayyip Erdogan\tRecep Tayyip Erdoğan | Erdoğan\tرجب طيب أردوغان | أردوغان\tРеджеп Тайип Эрдоган | Эрдоган
    idlib\tIdleb\tIdlib\tIdlib\tIdlib\tİdlib\tإدلب\tИдлиб
    sohr\tObservatoire syrien des droits de l'Homme | OSDH\tSyrian Observatory for Human Rights\tSyrische Beobachtungsstelle für Menschenrechte\tObservatorio Sirio de Derechos Humanos\tSuriye İnsan Hakları Gözlemevi\tالمرصد السوري لحقوق الإنسان\tСирийская обсерватория по правам человека
    competition\tAutorité turque de la concurrence\tTurkish Competition Authority\ttürkische Wettbewerbsbehörde\tAutoridad de Competencia\tRekabet Kurumu\tهيئة المنافسة\tАнтимонопольное ведомство
    kaya-family\tfamille Kaya\tKaya family\tFamilie Kaya\tfamilia Kaya\tKaya ailesi\tعائلة كايا\tсемья Кая
    netzagentur\tAgence fédérale des réseaux\t\tBundesnetzagentur
    harbour\t\tPort Zavira
    """

  private static func concepts(_ text: String, _ language: String, _ glossary: Glossary)
    -> [String]
  {
    FactsTestSupport.facts(
      text, language, extractor: FactExtractor(glossaries: [glossary], includeGazetteer: false)
    ).entities.compactMap(\.key.concept)
  }

  /// Each language finds its own spellings, inflected as it inflects names, in its script.
  @Test(arguments: [
    ("fr", "L'armée est entrée dans la province d'Idleb jeudi.", ["idlib"]),
    ("en", "Recep Tayyip Erdogan spoke on Friday.", ["erdogan"]),
    ("de", "Die Entscheidung der türkischen Wettbewerbsbehörde fiel am Montag.", ["competition"]),
    ("es", "El Observatorio Sirio de Derechos Humanos informó el lunes.", ["sohr"]),
    ("tr", "Hisseler Kaya ailesinden satın alındı.", ["kaya-family"]),
    ("ar", "وقال المرصد السوري لحقوق الإنسان إن الهجوم وقع بإدلب.", ["sohr", "idlib"]),
    ("ru", "Эрдогана поддержали в Идлибе.", ["erdogan", "idlib"]),
  ])
  func findsNamesInSevenLanguages(language: String, text: String, expected: [String]) throws {
    let glossary = try Glossary(text: Self.fixture, path: "names.tsv")
    #expect(Self.concepts(text, language, glossary) == expected)
    #expect(glossary.nameIndexBuilds == 1)
  }

  /// A language reads its own cell (English when it has none) and every cell's acronyms,
  /// never another language's spelling.
  @Test func readsItsOwnCellEnglishAndAcronyms() throws {
    let glossary = try Glossary(text: Self.fixture, path: "names.tsv")
    #expect(
      Self.concepts("The OSDH counted the dead in Idlib.", "en", glossary) == ["sohr", "idlib"])
    #expect(Self.concepts("Le Port Zavira est fermé.", "fr", glossary) == ["harbour"])
    #expect(
      !Self.concepts("La Bundesnetzagentur a tranché.", "fr", glossary).contains("netzagentur"))
    #expect(Self.concepts("Die Bundesnetzagentur entschied.", "de", glossary) == ["netzagentur"])
  }

  /// Look-ups fold case, accents and typographic apostrophes, through the shared index.
  @Test func lookupIsTolerantAndUsesTheSharedIndex() throws {
    let glossary = try Glossary(text: Self.fixture, path: "names.tsv")
    #expect(glossary.lookup("ERDOĞAN").map(\.id) == ["erdogan"])
    #expect(glossary.lookup("observatoire syrien des droits de l’homme").map(\.id) == ["sohr"])
    #expect(
      glossary.lookup("Observatoire  Syrien des Droits de l'Homme", language: "fr").map(\.id) == [
        "sohr"
      ])
    #expect(glossary.lookup("idlib", language: "fr").isEmpty)
    #expect(glossary.lookup("Эрдоган", language: "ru").map(\.id) == ["erdogan"])
    #expect(glossary.nameIndexBuilds == 1)
  }

  /// A generated glossary of 5,000 concepts in seven languages is indexed once for all of
  /// them, and its index grows with the concepts, not with the languages' inflections.
  @Test func aGeneratedGlossaryIsIndexedOnceAndLinearly() throws {
    let small = try Glossary(
      text: GlossaryGenerator(concepts: 1_000, seed: 7).text(), path: "g.tsv")
    let large = try Glossary(
      text: GlossaryGenerator(concepts: 5_000, seed: 7).text(), path: "g.tsv")
    #expect(large.count == 5_000)
    let extractor = FactExtractor(glossaries: [large], includeGazetteer: false)
    for language in FactExtractor.supportedLanguages {
      _ = extractor.extract(FactsTestSupport.report(["Un texte, a text."], language: language))
    }
    #expect(large.nameIndexBuilds == 1)
    let ratio = Double(large.nameIndex.nodeCount) / Double(small.nameIndex.nodeCount)
    #expect(
      ratio > 4 && ratio < 6, "nodes \(small.nameIndex.nodeCount) → \(large.nameIndex.nodeCount)")
    // No inflected forms in the index: at most one node per word of a variant.
    var words = 0
    for entry in large.entries {
      for variants in entry.terms.values {
        for variant in variants { words += Tokenizer.tokens(variant).count }
      }
    }
    #expect(large.nameIndex.nodeCount <= words + 1)
    // Every concept is found by its Russian spelling in capitals.
    for entry in large.entries.prefix(200) {
      let russian = try #require(entry.terms["ru"]?.first)
      #expect(large.lookup(russian.uppercased()).contains { $0.id == entry.id })
    }
  }
}
