import ParallaxCorpus
import Testing

@testable import ParallaxFacts

/// Sources of issue 9 left over after the sources branch, on sentences written for these
/// rules: a multi-word name in an oblique case tied to its gazetteer entity (Russian
/// adjectives and head noun inflected, the complement as written), Arabic `علي` (Ali) read
/// apart from `على` (on), a Turkish genitive possessor before a report noun with modifiers
/// (`Bakanlığı'nın son verilerine göre`, the source without its suffix). Every language has its case of the entity tie.
@Suite struct SourceLeftoverTests {
  /// One sentence: the figure's surface and what the attribution covering it must have: the
  /// source's concept (`who`), or the source as written, or a person entity it names.
  struct Case: Sendable, CustomStringConvertible {
    var language: String
    var sentence: String
    var figure: String
    var concept: String? = nil
    var source: String? = nil
    var person: String? = nil
    var description: String { "\(language) \(sentence)" }
  }

  static let cases: [Case] = [
    Case(
      language: "ru",
      sentence:
        "По данным Всемирной организации здравоохранения, от холеры в стране умерли 120 человек.",
      figure: "120", concept: "who"),
    Case(
      language: "ru",
      sentence:
        "Как сообщили в Международном комитете Красного Креста, из города вывезены 40 раненых.",
      figure: "40", concept: "icrc"),
    Case(
      language: "ru",
      sentence:
        "В Управлении ООН по координации гуманитарных вопросов заявили, что дома покинули 80 тыс. человек.",
      figure: "80 тыс", concept: "ocha"),
    Case(
      language: "ru",
      sentence:
        "Согласно оценке Международной организации по миграции, в лагерях находятся 65 тыс. человек.",
      figure: "65 тыс", concept: "iom"),
    Case(
      language: "ar",
      sentence: "وقال وزير الصحة العراقي علي الحسني إن 14 شخصا قتلوا في الانفجار.",
      figure: "14", person: "علي الحسني"),
    Case(
      language: "ar",
      sentence: "وأفادت منظمة الصحة العالمية بوفاة 37 شخصا جراء الكوليرا.", figure: "37",
      concept: "who"),
    Case(
      language: "tr",
      sentence: "İçişleri Bakanlığı'nın son açıklamasına göre 12 kişi gözaltına alındı.",
      // The case suffix after the apostrophe is no part of the source (issue 11, story4:
      // `Ortakaya Madencilik A.Ş.'nin` is the company `Ortakaya Madencilik A.Ş.`).
      figure: "12", source: "İçişleri Bakanlığı"),
    Case(
      language: "tr",
      sentence: "Dünya Sağlık Örgütü'nün güncel verilerine göre salgında 2 bin 100 kişi öldü.",
      figure: "2 bin 100", concept: "who"),
    Case(
      language: "de",
      sentence: "Nach Angaben der Weltgesundheitsorganisation starben 30 Menschen an Cholera.",
      figure: "30", concept: "who"),
    Case(
      language: "en",
      sentence:
        "At least 45 people have died of cholera, according to the World Health Organization.",
      figure: "45", concept: "who"),
    Case(
      language: "fr",
      sentence:
        "Selon l'Organisation internationale pour les migrations, 900 personnes ont fui la ville.",
      figure: "900", concept: "iom"),
    Case(
      language: "es",
      sentence: "Según el Comité Internacional de la Cruz Roja, 60 heridos fueron evacuados.",
      figure: "60", concept: "icrc"),
  ]

  /// Whether the attributions covering the case's figure meet it, and what they were.
  static func verdict(_ item: Case) -> (right: Bool, got: String) {
    let facts = FactsTestSupport.facts(item.sentence, item.language)
    let got = facts.attributions.map {
      "«\($0.source ?? "-")» \($0.sourceEntity.map { "\($0)" } ?? "-") \($0.figures)"
    }.joined(separator: "; ")
    guard
      let figure = facts.figures.firstIndex(where: {
        $0.range.slice(of: item.sentence).hasPrefix(item.figure)
      })
    else { return (false, got) }
    let covering = facts.attributions.filter { $0.figures.contains(figure) && $0.source != nil }
    guard !covering.isEmpty else { return (false, got) }
    let right = covering.allSatisfy { attribution in
      if let concept = item.concept, attribution.sourceEntity?.concept != concept { return false }
      if let source = item.source, attribution.source != source { return false }
      if let person = item.person {
        return facts.entities.contains { entity in
          entity.kind == .person && entity.text == person
            && (attribution.sourceRange?.contains(entity.range) ?? false)
        }
      }
      return true
    }
    return (right, got)
  }

  /// Cases right, at least (measured when the rules landed; only rises).
  static let floor = 12

  @Test func leftoverSourcesAreTiedToTheirEntity() {
    var right = 0
    var lines: [String] = []
    for item in Self.cases {
      let (ok, got) = Self.verdict(item)
      if ok { right += 1 } else { lines.append("  miss \(item): \(got)") }
    }
    print((["source leftovers: \(right)/\(Self.cases.count)"] + lines).joined(separator: "\n"))
    #expect(right >= Self.floor)
  }

  @Test func theArabicPrepositionStaysAFunctionWord() {
    // "على" (on) spelled with ى is still no name: no person opens with it.
    let facts = FactsTestSupport.facts("وأكد الوزير على ضرورة التهدئة بعد مقتل 5 أشخاص.", "ar")
    #expect(!facts.entities.contains { $0.kind == .person && $0.text.hasPrefix("على") })
  }
}
