import Foundation
import ParallaxCheck
import ParallaxExchange
import Testing

/// Checks of bilingual files: the numbers of seven locales compared by value.
@Suite("Bilingual files checked: numbers across locales")
struct BilingualCheckTests {
  static func tmx(_ pairs: [(String, String)], target: String) -> String {
    let units = pairs.enumerated().map { index, pair in
      """
      <tu tuid="\(index + 1)"><tuv xml:lang="FR-fr"><seg>\(pair.0)</seg></tuv>\
      <tuv xml:lang="\(target)"><seg>\(pair.1)</seg></tuv></tu>
      """
    }.joined(separator: "\n")
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header creationtool="t" creationtoolversion="1" datatype="plaintext" \
      segtype="paragraph" adminlang="en" srclang="fr-FR" o-tmf="none"/><body>
      \(units)
      </body></tmx>
      """
  }

  static func check(_ text: String) throws -> CheckResult {
    let document = try BilingualReader.parse(Array(text.utf8), path: "memory.tmx")
    let sides = CheckSide.sides(of: document, extractor: CheckTestSupport.extractor)
    return CheckTestSupport.checker.check(
      source: sides.source, target: sides.target, pairs: sides.pairs)
  }

  static let source =
    "Le groupe valorise sa cible à 2,5 milliards d'euros et emploie 1 200 personnes."

  @Test(
    "The same amounts in each language: no error",
    arguments: [
      ("en-GB", "The group values its target at €2.5 billion and employs 1,200 people."),
      (
        "de-DE",
        "Der Konzern bewertet das Ziel mit 2,5 Milliarden Euro und beschäftigt 1.200 Menschen."
      ),
      (
        "es-ES", "El grupo valora su objetivo en 2.500 millones de euros y emplea a 1.200 personas."
      ),
      ("ru-RU", "Группа оценивает компанию в 2,5 млрд евро, в ней работают 1200 человек."),
      ("tr-TR", "Grup hedefine 2,5 milyar avro değer biçiyor ve 1.200 kişi istihdam ediyor."),
      ("ar", "تقدّر المجموعة قيمة الشركة بـ٢٫٥ مليار يورو ويعمل فيها ١٢٠٠ شخص."),
    ])
  func clean(_ language: String, _ translation: String) throws {
    let result = try Self.check(Self.tmx([(Self.source, translation)], target: language))
    let errors = result.findings.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(language): \(errors.map(\.message))")
    #expect(!result.findings.contains { $0.kind == .figureDropped || $0.kind == .figureAdded })
  }

  @Test(
    "A scale or a value changed: an error",
    arguments: [
      (
        "en-US", "The group values its target at €2.5 million and employs 1,200 people.",
        Finding.Kind.figureScale
      ),
      (
        "de-DE",
        "Der Konzern bewertet das Ziel mit 2,5 Milliarden Euro und beschäftigt 1.300 Menschen.",
        .figureValue
      ),
      (
        "ru-RU", "Группа оценивает компанию в 2,5 млн евро, в ней работают 1200 человек.",
        .figureScale
      ),
      ("ar", "تقدّر المجموعة قيمة الشركة بـ٣٫٥ مليار يورو ويعمل فيها ١٢٠٠ شخص.", .figureValue),
    ])
  func changed(_ language: String, _ translation: String, _ kind: Finding.Kind) throws {
    let result = try Self.check(Self.tmx([(Self.source, translation)], target: language))
    #expect(result.findings.contains { $0.severity == .error && $0.kind == kind })
  }

  @Test("Words and digits: vingt-deux is 22")
  func words() throws {
    let result = try Self.check(
      Self.tmx(
        [("Vingt-deux soldats ont été tués.", "Twenty-two soldiers were killed.")], target: "en"))
    #expect(!result.findings.contains { $0.severity == .error })
    #expect(!result.findings.contains { $0.kind == .figureDropped })
  }
}
