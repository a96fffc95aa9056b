import ParallaxText
import Testing

@testable import ParallaxAlign

/// Anchors that cross languages and scripts: numbers by value, names by transliteration,
/// glossary terms, URLs.
@Suite struct AnchorTests {
  static func values(_ text: String) -> [String] {
    NumberReader.numbers(Tokenizer.tokens(text), in: text).map(\.value)
  }

  @Test(arguments: [
    ("36 000 habitants", ["36000"]), ("36.000 Bewohner", ["36000"]), ("36,000 people", ["36000"]),
    ("2,5 milliards", ["2.5"]), ("2.5 billion", ["2.5"]), ("١٤ شخصا", ["14"]),
    ("en 1956 3 personnes", ["1956", "3"]), ("8839,8 m", ["8839.8"]), ("007", ["7"]),
  ])
  func numbersAreReadByValue(_ text: String, _ expected: [String]) {
    #expect(Self.values(text) == expected)
  }

  @Test func smallNumbersAreLessSpecific() {
    #expect(NumberReader.specificity("1") < NumberReader.specificity("14"))
    #expect(NumberReader.specificity("14") < NumberReader.specificity("1956"))
  }

  @Test func evidenceCrossesScripts() {
    let alignment = Aligner().align(
      AlignmentSide(
        units: ["Rescuers saved 14 people near Imola, said Marco Panieri.", "Rain fell."],
        language: "en"),
      AlignmentSide(
        units: ["وقال ماركو بانييري إن المسعفين أنقذوا ١٤ شخصا قرب إيمولا.", "هطل المطر."],
        language: "ar"))
    let first = alignment.beads.first { $0.source == [0] }
    #expect(first?.target == [0])
    let kinds = Set(first?.evidence.map(\.kind) ?? [])
    #expect(kinds.contains(.number))
    #expect(kinds.contains(.cognate) || kinds.contains(.identical))
  }

  @Test func glossaryTermsAndURLsAreAnchors() {
    let terms = [
      AlignmentTerm(
        id: "sohr",
        variants: [
          "en": ["Syrian Observatory for Human Rights"],
          "fr": ["Observatoire syrien des droits de l'Homme", "OSDH"],
        ])
    ]
    let alignment = Aligner(terms: terms).align(
      AlignmentSide(
        units: ["The Syrian Observatory for Human Rights counted them.", "See www.example.org/x."],
        language: "en"),
      AlignmentSide(
        units: ["L'OSDH les a comptés.", "Voir www.example.org/x."], language: "fr"))
    #expect(alignment.beads.map(\.source) == [[0], [1]])
    let kinds = alignment.beads.flatMap(\.evidence).map(\.kind)
    #expect(kinds.contains(.glossary))
    #expect(kinds.contains(.url))
  }
}
