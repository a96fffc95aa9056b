import ParallaxCorpus
import ParallaxFacts
import Testing

@testable import ParallaxCompare

/// Two classes of false findings (issue 11): a number with a unit of measure taken for a
/// count (of people, or a toll's), and a figure paired with nothing shown as a change.
@Suite struct QuantityAndLoneFigureTests {
  typealias Item = StoryDiffUnitTests

  /// A number followed by a unit in its language is a quantity with its unit: grouped by
  /// amount in its dimension, never a count of people, never a toll's value.
  @Test(arguments: [
    ("en", "The shaft collapsed 640 metres below ground, killing 9 miners.", "length 640 m"),
    ("fr", "Le puits s'est effondré à 640 mètres de profondeur, tuant 9 mineurs.", "length 640 m"),
    (
      "de", "Der Schacht stürzte in 640 Metern Tiefe ein, 9 Bergleute wurden getötet.",
      "length 640 m"
    ),
    ("es", "El pozo se derrumbó a 640 metros de profundidad y murieron 9 mineros.", "length 640 m"),
    ("tr", "Ocak 640 metre derinlikte çöktü, 9 madenci hayatını kaybetti.", "length 640 m"),
    ("ru", "Шахта обрушилась на глубине 640 метров, погибли 9 горняков.", "length 640 m"),
    ("ar", "انهار المنجم على عمق 640 مترا ما أدى إلى مقتل 9 عمال.", "length 640 m"),
    ("en", "The plant will add 2.4 gigawatts and cost 3 workers their jobs.", "power 2.4 GW"),
    ("de", "Das Kraftwerk liefert 2,4 Gigawatt, sagte der Betreiber.", "power 2.4 GW"),
    ("es", "Los camiones llevaban 7,5 toneladas de harina.", "mass 7.5 t"),
  ])
  func aNumberWithAUnitIsAQuantityOfItsOwn(language: String, text: String, key: String) {
    let a = Item.item("\(language)-a", language, "2026-04-02T09:00Z", ["Headline", text])
    let b = Item.item("\(language)-b", language, "2026-04-02T10:00Z", ["Headline", text])
    let diff = StoryDiff([a, b], names: CompareTestSupport.names)
    let group = diff.quantities.first { $0.key == key }
    #expect(group != nil, "\(diff.quantities.map(\.key))")
    #expect(group?.unit != nil)
    #expect(group?.reportCount == 2)
    // The quantity is in no group of people or of a toll.
    #expect(!diff.measures.contains { $0.unit != nil })
    for other in diff.measures {
      let value = group?.mentions.first?.figure.value
      #expect(
        !other.mentions.contains { $0.figure.value == value && $0.unit == nil },
        "\(other.key) holds the quantity as a count")
    }
  }

  @Test func oneAmountInTwoUnitsOfOneDimensionIsOneQuantity() {
    let a = Item.item(
      "en-a", "en", "2026-04-02T09:00Z", ["Quarry", "The slope slid 1.2 kilometres downhill."])
    let b = Item.item(
      "fr-b", "fr", "2026-04-02T10:00Z", ["Carrière", "La pente a glissé sur 1200 mètres."])
    let diff = StoryDiff([a, b], names: CompareTestSupport.names)
    let lengths = diff.quantities.filter { $0.unit?.dimension == "length" }
    #expect(lengths.count == 1, "\(diff.quantities.map(\.key))")
    #expect(lengths.first?.reportCount == 2)
  }

  @Test func aQuantityIsNeverMatchedWithATollOfTheSameNumber() {
    // 420 metres in one report, 420 dead in the other: two measures, no change between them.
    let a = Item.item(
      "en-a", "en", "2026-04-02T09:00Z",
      ["Mine blast", "The blast struck 420 metres underground, officials said."])
    let b = Item.item(
      "en-b", "en", "2026-04-02T12:00Z",
      ["Quake toll", "At least 420 people were killed in the quake, officials said."])
    let pairs = [
      ParagraphPair(left: [0], right: [0], score: 1),
      ParagraphPair(left: [1], right: [1], score: 1),
    ]
    let comparison = ReportComparison(a, b, pairs: pairs, names: CompareTestSupport.names)
    #expect(
      !comparison.figures.contains { $0.first != nil && $0.second != nil },
      "\(comparison.figures.map { ($0.measure, $0.kind) })")
    #expect(comparison.figures.contains { $0.first?.unit?.symbol == "m" && $0.second == nil })
  }

  @Test func spanishMilIsAThousandNotAMile() {
    let a = Item.item(
      "es-a", "es", "2026-04-02T09:00Z",
      ["Evacuados", "Unas 3 mil personas fueron evacuadas, según Protección Civil."])
    let b = Item.item(
      "es-b", "es", "2026-04-02T11:00Z",
      ["Evacuados", "Protección Civil evacuó a unas 3 mil personas del barrio."])
    let diff = StoryDiff([a, b], names: CompareTestSupport.names)
    #expect(diff.quantities.isEmpty, "\(diff.quantities.map(\.key))")
    #expect(!diff.measures.contains { $0.unit != nil })
  }

  /// A headline that restates the toll its lead attributes is that toll told twice: it is
  /// no figure "only in the second", and no change paired with nothing.
  @Test(arguments: [
    (
      "ru",
      [
        "Число погибших при обрушении моста выросло до 14",
        "Как сообщила полиция, число погибших при обрушении моста выросло до 14.",
      ]
    ),
    (
      "tr",
      [
        "Köprü çöktü: ölü sayısı 14'e yükseldi",
        "Polis, köprünün çökmesi sonucu ölenlerin sayısının 14'e yükseldiğini açıkladı.",
      ]
    ),
  ])
  func aHeadlineRestatingItsLeadsTollIsNoLoneFigure(language: String, later: [String]) {
    let earlier = Item.item(
      "en-a", "en", "2026-04-02T09:00Z",
      [
        "Bridge collapses over the river",
        "At least 9 people were killed when a bridge collapsed, the police said.",
      ])
    let update = Item.item("\(language)-b", language, "2026-04-02T15:00Z", later)
    let pairs = [
      ParagraphPair(left: [0], right: [0], score: 1),
      ParagraphPair(left: [1], right: [1], score: 1),
    ]
    let comparison = ReportComparison(
      earlier, update, pairs: pairs, names: CompareTestSupport.names)
    let killed = comparison.figures.filter { $0.measure.hasPrefix("killed") }
    #expect(
      killed.contains { $0.first != nil && $0.second?.valueText == "14" },
      "\(killed.map { ($0.kind, $0.first?.valueText, $0.second?.valueText) })")
    #expect(
      !killed.contains { $0.first == nil && $0.second?.valueText == "14" },
      "\(killed.map { ($0.kind, $0.first?.valueText, $0.second?.valueText) })")
    // Every change has a figure on both sides; a lone figure is said as such.
    for change in comparison.figures where change.first == nil || change.second == nil {
      #expect([.onlyInFirst, .onlyInSecond, .history].contains(change.kind))
    }
  }

  @Test func aLoneFigureOfAValueNoOtherFigureGivesStays() {
    // The second report adds a count of the missing that the first never gives: a finding.
    let a = Item.item(
      "en-a", "en", "2026-04-02T09:00Z",
      ["Bridge collapse", "At least 9 people were killed, the police said."])
    let b = Item.item(
      "en-b", "en", "2026-04-02T15:00Z",
      [
        "Bridge collapse",
        "At least 9 people were killed and 5 are missing, the police said.",
      ])
    let pairs = [
      ParagraphPair(left: [0], right: [0], score: 1),
      ParagraphPair(left: [1], right: [1], score: 1),
    ]
    let comparison = ReportComparison(a, b, pairs: pairs, names: CompareTestSupport.names)
    #expect(
      comparison.figures.contains { $0.kind == .onlyInSecond && $0.second?.valueText == "5" },
      "\(comparison.figures.map { ($0.measure, $0.kind) })")
  }
}
