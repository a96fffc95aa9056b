import Foundation
import ParallaxCompare
import ParallaxExchange
import ParallaxFacts
import Testing

@testable import ParallaxCheck

@Suite("Check: number formats, term matching, consistency")
struct CheckUnitTests {
  @Test(
    "Readings of a written number per language",
    arguments: [
      ("2,5", "fr", ["2.5"]), ("2,5", "en", []), ("1.000", "de", ["1000"]),
      ("1.000", "en", ["1"]), ("1.000", "fr", []), ("1,000", "en", ["1000"]),
      ("1,000", "fr", ["1"]), ("٢٫٥", "ar", ["2.5"]), ("1.234,5", "de", ["1234.5"]),
      ("1,234.5", "en", ["1234.5"]), ("27.02.2020", "de", []), ("20.15", "de", []),
    ])
  func readings(_ written: String, _ language: String, _ expected: [String]) {
    let values = NumberFormats.shipped.readings(written, language: language)
    #expect(values.map { "\($0)" }.sorted() == expected)
  }

  @Test("Numbers with marks are found; those in words or URLs are not")
  func numbers() {
    let found = NumberFormatCheck.numbers(
      in: "Il coûte 2,5 milliards, v1.2 et http://a.b/1.5, 1 200.")
    #expect(found.map(\.text) == ["2,5"])
  }

  @Test(
    "Terms are found through endings and prefixes",
    arguments: [
      ("в Анкаре и Дамаске", "Анкара", true), ("Хакана Фидана", "Хакан Фидан", true),
      ("بإدلب", "إدلب", true), ("les Syriens", "Syrien", true), ("Idleb", "Idlib", false),
      ("турецких военных", "турецкие военные", true),
    ])
  func matcher(_ text: String, _ term: String, _ found: Bool) {
    let range = TermMatcher(text).find(TermMatcher.words(of: term), clitics: true)
    #expect((range != nil) == found)
  }

  @Test("Forbidden variants are read from their status, and only they")
  func forbidden() throws {
    let glossary = try Glossary(
      text: "id\ten\tfr\nx\tgood term | bad term [forbidden]\tbon terme\n", path: "t.tsv")
    let rules = TermRules(glossary: glossary)
    #expect(rules.forbidden["en"]?.map(\.term) == ["bad term"])
    #expect(rules.allowed("x", language: "en") == ["good term"])
  }

  @Test("One source segment translated two ways is a warning")
  func inconsistentTranslation() throws {
    let xliff = """
      <?xml version="1.0"?>
      <xliff version="1.2"><file source-language="fr" target-language="en"><body>
      <trans-unit id="1"><source>Le bilan reste provisoire.</source><target>The toll is provisional.</target></trans-unit>
      <trans-unit id="2"><source>Le bilan reste provisoire.</source><target>The toll remains tentative.</target></trans-unit>
      </body></file></xliff>
      """
    let document = try BilingualReader.parse(Array(xliff.utf8), path: "t.xlf")
    let sides = CheckSide.sides(of: document, extractor: CheckTestSupport.extractor)
    let result = CheckTestSupport.checker.check(
      source: sides.source, target: sides.target, pairs: sides.pairs)
    let finding = try #require(result.findings.first { $0.kind == .inconsistentTranslation })
    #expect(finding.severity == .warning)
    #expect(finding.target?.segment == "2")
  }
}

@Suite("Check: what a correct translation does to numbers is no error")
struct CleanNumberTests {
  @Test(
    "Converted units, units and subunits, years as dates, list numbers, small counts restated",
    arguments: [
      (
        "de", "Der Abdruck hatte eine Länge von gut 30 cm und eine Breite von 20 cm.",
        "fr", "L'empreinte mesurait 12 pouces de longueur sur 203 mm de large."
      ),
      (
        "de", "Eine Zone von 50 Meilen Tiefe soll gesperrt werden.",
        "fr", "Une zone de 50 milles de largeur devait être fermée."
      ),
      (
        "de", "Ein Träger bekommt 3 Rupien (Fr. 2.70) pro Tag.",
        "fr", "Un porteur reçoit 3 roupies (2 fr. 70) par jour."
      ),
      (
        "de", "Nach den Versuchen im Jahre 1894 liess man den Berg lange in Ruhe.",
        "fr", "Après les tentatives de 1894, la montagne fut laissée en repos."
      ),
      (
        "de", "21. Nördlich des Passes liegt der Kongur (7681 m), der höchste Berg.",
        "fr", "18. Au nord du col se dresse le Kongur, 7681 m, le plus haut sommet."
      ),
      (
        "de", "Die Mannschaft bestand aus sechs Bergsteigern.",
        "fr", "Outre le chef, l'équipe comprenait cinq alpinistes."
      ),
      (
        "de", "Hier war das Wasser etwa 1 ½ m tief.",
        "fr", "L'eau, à cet endroit, était profonde de 1,50 m."
      ),
      (
        "en", "The storm affected 250,000 acres of farmland.",
        "fr", "La tempête a touché 101 000 hectares de terres agricoles."
      ),
    ])
  func clean(_ from: String, _ source: String, _ to: String, _ target: String) {
    let result = BadInputTests().check(
      BadInputTests.report([source], language: from, id: "a.txt"),
      BadInputTests.report([target], language: to, id: "b.txt"))
    let errors = result.findings.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.message))")
  }

  @Test("A converted amount that does not match, or a list number kept, is still compared")
  func stillFound() {
    let result = BadInputTests().check(
      BadInputTests.report(["Der Abdruck war 40 cm lang."], language: "de", id: "a.txt"),
      BadInputTests.report(["L'empreinte mesurait 45 cm de long."], language: "fr", id: "b.txt"))
    #expect(result.findings.contains { $0.kind == .figureValue && $0.severity == .error })
  }
}

@Suite("Check: omissions the aligner hides in a merged pair")
struct OmissionTests {
  static let source = [
    "Le port de Marseille a été paralysé mardi par une grève des dockers à l'appel de la CGT.",
    "Selon la direction, 32 navires attendaient au large et 1 200 conteneurs restaient à quai.",
    "Le trafic avait progressé de 4,3 % l'an dernier, à 77 millions de tonnes, un record.",
    "Le ministre des Transports doit recevoir les syndicats vendredi à Paris pour une médiation.",
  ]
  static let target = [
    "The port of Marseille was paralysed on Tuesday by a dockers' strike called by the CGT.",
    "According to the port authority, 32 ships were waiting offshore and 1,200 containers were stuck on the quays.",
    "Traffic rose 4.3% last year to a record 77 million tonnes.",
    "The transport minister is due to meet the unions in Paris on Friday to mediate.",
  ]

  func check(_ target: [String], _ pairs: [ParagraphPair]) -> CheckResult {
    CheckTestSupport.checker.check(
      source: CheckTestSupport.side(
        BadInputTests.report(Self.source, language: "fr", id: "fr.txt")),
      target: CheckTestSupport.side(BadInputTests.report(target, language: "en", id: "en.txt")),
      pairs: pairs)
  }

  @Test("A paragraph dropped and merged away by the aligner is a missing paragraph")
  func merged() {
    var target = Self.target
    target.remove(at: 2)
    let result = check(
      target,
      [
        ParagraphPair(left: [0], right: [0], score: 1),
        ParagraphPair(left: [1, 2], right: [1], score: 0.4),
        ParagraphPair(left: [3], right: [2], score: 1),
      ])
    let missing = result.findings.filter { $0.kind == .segmentMissing && $0.severity == .error }
    #expect(missing.map { $0.source?.paragraph } == [2], "\(result.findings.map(\.message))")
  }

  @Test("Two paragraphs the translator merged into one: no error")
  func mergedByTheTranslator() {
    var target = Self.target
    target[1] += " " + target.remove(at: 2)
    let result = check(
      target,
      [
        ParagraphPair(left: [0], right: [0], score: 1),
        ParagraphPair(left: [1, 2], right: [1], score: 0.8),
        ParagraphPair(left: [3], right: [2], score: 1),
      ])
    #expect(
      !result.findings.contains { $0.severity == .error }, "\(result.findings.map(\.message))")
  }
}
