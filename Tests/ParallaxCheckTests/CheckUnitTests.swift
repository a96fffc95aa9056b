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
