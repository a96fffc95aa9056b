import Foundation
import ParallaxCompare
import Testing

@testable import ParallaxCheck

/// What professional translators do that must not come out as an error or a warning, one
/// class each, and the real error of the same shape that must still be found.
@Suite("Check: a professional translation's liberties are no noise")
struct CheckNoiseTests {
  static func findings(
    _ from: String, _ source: [String], _ to: String, _ target: [String],
    pairs: [ParagraphPair]? = nil
  ) -> [Finding] {
    let left = BadInputTests.report(source, language: from, id: "a.txt")
    let right = BadInputTests.report(target, language: to, id: "b.txt")
    guard let pairs else { return BadInputTests().check(left, right).findings }
    return CheckTestSupport.checker.check(
      source: CheckTestSupport.side(left), target: CheckTestSupport.side(right), pairs: pairs
    ).findings
  }

  @Test("A change read as one figure pairs its earlier value with the number written alone")
  func earlierValueOfAChange() {
    let source = ["Şehit sayısı gece saatlerinde önce 29'a, ardından 33'e yükseldi."]
    let clean = Self.findings(
      "tr", source, "es", ["Durante la noche, la cifra subió primero a 29 y después a 33."])
    #expect(
      !clean.contains { $0.kind.rawValue.hasPrefix("figure") }, "\(clean.map(\.message))")
    let damaged = Self.findings(
      "tr", source, "es", ["Durante la noche, la cifra subió primero a 28 y después a 33."])
    #expect(
      damaged.contains { $0.kind == .figureValue && $0.severity == .error },
      "\(damaged.map(\.message))")
  }

  @Test(
    "Approximations, vague round amounts, values reached and durations: no figure finding",
    arguments: [
      (
        "fr", "Une vingtaine de soldats ont été blessés jeudi dans la ville.",
        "en", "About 20 soldiers were wounded in the town on Thursday."
      ),
      (
        "fr", "Une douzaine de navires attendaient au large.", "en",
        "A dozen ships were waiting offshore."
      ),
      (
        "de", "Die Übernahme kostet rund 2,5 Milliarden Euro.",
        "ru", "Поглощение обойдётся примерно в 2,5 миллиарда евро."
      ),
      (
        "en", "Nearly half of the 1,200 employees will lose their jobs.",
        "fr", "Près de la moitié des 1 200 salariés perdront leur emploi."
      ),
      (
        "es", "El paro bajó hasta 2,7 millones de personas.", "en",
        "Unemployment fell to 2.7 million."
      ),
      (
        "tr", "Enflasyon yüzde 64,8 ile son 25 yılın zirvesine çıktı.",
        "en", "Inflation hit 64.8%, its highest level in 25 years."
      ),
    ])
  func approximations(_ from: String, _ source: String, _ to: String, _ target: String) {
    let found = Self.findings(from, [source], to, [target])
    #expect(
      !found.contains { $0.kind.rawValue.hasPrefix("figure") && $0.severity != .note },
      "\(found.map(\.message))")
  }

  @Test("A change whose earlier value is no whole number written is not split: no error")
  func changeByAFraction() {
    // The facts stage reads `by a third to 4.2 million` as a change from a third of a
    // million; placed alone, that would be a scale error against `ein Drittel`.
    let found = Self.findings(
      "en", ["Sales fell by a third to 4.2 million units."], "de",
      ["Der Absatz ging um ein Drittel auf 4,2 Millionen Einheiten zurück."])
    #expect(!found.contains { $0.severity == .error }, "\(found.map(\.message))")
  }

  @Test("A round amount against another number is still a figure finding: a changed value")
  func vagueAgainstAnotherNumber() {
    // `une vingtaine` is about 20 (the facts stage reads one approximate amount as `about`):
    // against about 30 it is a matched figure whose value changed, an error.
    let found = Self.findings(
      "fr", ["Une vingtaine de soldats ont été blessés."], "en",
      ["About 30 soldiers were wounded."])
    #expect(
      found.contains { $0.kind == .figureValue && $0.severity == .error },
      "\(found.map(\.message))")
  }

  @Test(
    "A one-sentence translation is not judged in the wrong language by its few letters",
    arguments: [
      (
        "fr", "Le chômage a reculé de 0,3 point à 7,1 %.", "en",
        "Unemployment fell 0.3 percentage points to 7.1%."
      ),
      (
        "en", "The ceasefire came into force at midnight on 5 March 2020.", "ar",
        "دخل وقف إطلاق النار حيز التنفيذ منتصف ليل الخامس من آذار/مارس ٢٠٢٠."
      ),
    ])
  func shortTranslation(_ from: String, _ source: String, _ to: String, _ target: String) {
    let found = Self.findings(from, [source], to, [target])
    #expect(
      !found.contains { $0.kind == .wrongLanguage || $0.kind == .untranslated },
      "\(found.map(\.message))")
  }

  @Test("A paragraph dropped inside a 3-2 pair of the aligner is a missing paragraph")
  func omissionInAThreeTwoPair() {
    let source =
      OmissionTests.source + [
        "La CGT réclame une hausse de 6 % des salaires et 150 embauches sur le port."
      ]
    var target =
      OmissionTests.target + [
        "The CGT is calling for a 6% pay rise and 150 new hires at the port."
      ]
    let pairs = { (right: [Int], last: Int) in
      [
        ParagraphPair(left: [0], right: [0], score: 1),
        ParagraphPair(left: [1, 2, 3], right: right, score: 0.6),
        ParagraphPair(left: [4], right: [last], score: 1),
      ]
    }
    let clean = Self.findings("fr", source, "en", target, pairs: pairs([1, 2, 3], 4))
    #expect(!clean.contains { $0.severity == .error }, "\(clean.map(\.message))")
    target.remove(at: 2)
    let damaged = Self.findings("fr", source, "en", target, pairs: pairs([1, 2], 3))
    let missing = damaged.filter { $0.kind == .segmentMissing && $0.severity == .error }
    #expect(missing.map { $0.source?.paragraph } == [2], "\(damaged.map(\.message))")
  }

  @Test(
    "A name written with or without the marks of its language is the same name",
    arguments: [("doğan", "dogan"), ("Şahin", "Sahin"), ("Hélior", "Helior"), ("ёлка", "елка")])
  func bareNames(_ marked: String, _ bare: String) {
    #expect(TermMatcher.bare(marked) == bare)
  }

  @Test(
    "A glossary name rendered with its marks, or in another usual spelling, is rendered",
    arguments: [
      (
        "tr", "Vali Rahmi Doğan açıklama yaptı.", "es",
        "El gobernador Rahmi Doğan hizo una declaración."
      ),
      (
        "de", "Das sagte Fahrettin Altun am Donnerstag.", "ar",
        "قال ذلك فخر الدين ألطون يوم الخميس."
      ),
    ])
  func renderedNames(_ from: String, _ source: String, _ to: String, _ target: String) {
    let found = Self.findings(from, [source], to, [target])
    #expect(!found.contains { $0.kind == .termMissing }, "\(found.map(\.message))")
  }

  @Test("A name given once and then referred to by title is a note; never given, a warning")
  func nameGivenThenReferredToByTitle() {
    let source = [
      "Vali Rahmi Doğan, saldırıda 12 askerin yaralandığını açıkladı.",
      "Doğan, yaralıların tedavisinin sürdüğünü belirtti.",
    ]
    let given = Self.findings(
      "tr", source, "es",
      [
        "El gobernador Rahmi Doğan anunció que 12 soldados resultaron heridos en el ataque.",
        "Los heridos siguen recibiendo tratamiento, según el gobernador.",
      ])
    let missing = given.filter { $0.kind == .termMissing }
    #expect(
      missing.count == 1 && missing.allSatisfy { $0.severity == .note }, "\(given.map(\.message))")
    #expect(missing.first?.message.contains("given earlier as «Rahmi Doğan» (¶0)") == true)
    let never = Self.findings(
      "tr", source, "es",
      [
        "El gobernador anunció que 12 soldados resultaron heridos en el ataque.",
        "Los heridos siguen recibiendo tratamiento, según el gobernador.",
      ])
    #expect(
      never.contains { $0.kind == .termMissing && $0.severity == .warning },
      "\(never.map(\.message))")
  }
}
