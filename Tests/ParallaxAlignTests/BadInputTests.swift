import ParallaxAlign
import ParallaxCore
import Testing

/// Inputs that break naive aligners: sensible beads, every unit once, and a warning where
/// confidence is low.
@Suite struct BadInputTests {
  static let french = [
    "Le gouvernement a annoncé mardi une aide de 20 millions d'euros.",
    "Les inondations ont fait au moins 14 morts dans la région.",
    "Plus de 36 000 habitants ont été évacués pendant la nuit.",
    "« Nous n'avons jamais vu cela », a déclaré le maire Marco Panieri.",
    "Les écoles de 40 communes resteront fermées jusqu'à nouvel ordre.",
  ]
  static let english = [
    "The government announced 20 million euros in aid on Tuesday.",
    "The floods killed at least 14 people in the region.",
    "More than 36,000 residents were evacuated overnight.",
    "\"We have never seen this,\" said mayor Marco Panieri.",
    "Schools in 40 towns will remain closed until further notice.",
  ]

  /// Every unit of both sides is in exactly one bead, in order.
  static func checkCovers(_ alignment: Alignment, _ n: Int, _ m: Int) {
    #expect(alignment.beads.flatMap(\.source) == Array(0..<n))
    #expect(alignment.beads.flatMap(\.target) == Array(0..<m))
    for bead in alignment.beads {
      #expect(bead.source.count <= 4 && bead.target.count <= 4)
      #expect((0...1).contains(bead.score))
    }
  }

  @Test func bothSidesEmpty() {
    let alignment = Aligner().align(
      AlignmentSide(units: [], language: "fr"), AlignmentSide(units: [], language: "en"))
    #expect(alignment.beads.isEmpty)
    #expect(alignment.diagnostics.isEmpty)
  }

  @Test func oneSideEmptyLeavesTheOtherUnmatchedWithAWarning() {
    let alignment = Aligner().align(
      AlignmentSide(units: Self.french, language: "fr", name: "a.txt"),
      AlignmentSide(units: [], language: "en", name: "b.txt"))
    Self.checkCovers(alignment, 5, 0)
    #expect(alignment.beads.allSatisfy { $0.target.isEmpty && $0.score == 0 })
    #expect(
      alignment.diagnostics.contains { $0.severity == .warning && $0.location.path == "b.txt" })
  }

  @Test func oneUnitAgainstManyAlignsWhatItCanAndSaysSo() {
    let alignment = Aligner().align(
      AlignmentSide(units: [Self.english[2]], language: "en"),
      AlignmentSide(units: Self.french, language: "fr", name: "fr.txt"))
    Self.checkCovers(alignment, 1, 5)
    let paired = alignment.beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }
    #expect(paired.count == 1)
    #expect(paired.first?.target.contains(2) == true, "the unit with 36 000 is its translation")
    #expect(alignment.diagnostics.contains { $0.message.contains("no counterpart") })
  }

  @Test func identicalTextsAlignOneToOneWithFullScores() {
    let side = AlignmentSide(units: Self.french, language: "fr")
    let alignment = Aligner().align(side, side)
    #expect(alignment.beads.map(\.source) == (0..<5).map { [$0] })
    #expect(alignment.beads.map(\.target) == (0..<5).map { [$0] })
    #expect(alignment.beads.allSatisfy { $0.score > 0.9 })
    #expect(alignment.diagnostics.isEmpty)
  }

  @Test func unrelatedTextsInUnrelatedLanguagesWarnOfLowConfidence() {
    let arabic = [
      "يعيش في المدينة القديمة عدد كبير من الحرفيين",
      "تشتهر المنطقة بزراعة الزيتون والعنب",
      "يقام سوق أسبوعي في الساحة الكبيرة",
      "يفضل السياح زيارة المتاحف في فصل الربيع",
    ]
    let alignment = Aligner().align(
      AlignmentSide(units: Self.french, language: "fr"),
      AlignmentSide(units: arabic, language: "ar", name: "ar.txt"))
    Self.checkCovers(alignment, 5, 4)
    #expect(alignment.diagnostics.contains { $0.message.contains("low confidence") })
  }

  @Test func aLoneSmallNumberDoesNotPullUnrelatedUnitsTogether() {
    // "Chapter 1" must not be glued to "Livre 1" across a real translation.
    let english = ["Book 1", "The river burst its banks after two days of heavy rain."]
    let french = [
      "Le fleuve est sorti de son lit après deux jours de fortes pluies.", "Chapitre 1",
    ]
    let alignment = Aligner().align(
      AlignmentSide(units: english, language: "en"), AlignmentSide(units: french, language: "fr"))
    Self.checkCovers(alignment, 2, 2)
    #expect(
      alignment.beads.contains { $0.source == [1] && $0.target == [0] }
        || alignment.beads.contains { $0.source.contains(1) && $0.target.contains(0) })
  }

  @Test func blankAndRepeatedUnitsDoNotCrash() {
    let source = ["", "Same line.", "Same line.", "", "Same line."]
    let target = ["Same line.", "", "Same line.", "Same line.", ""]
    let alignment = Aligner().align(
      AlignmentSide(units: source, language: "en"), AlignmentSide(units: target, language: "en"))
    Self.checkCovers(alignment, 5, 5)
  }

  @Test func veryDifferentSizesStillAlign() {
    var target: [String] = []
    for index in 0..<60 { target.append("Filler sentence number \(index + 100) about nothing.") }
    target.insert(contentsOf: Self.english, at: 30)
    let alignment = Aligner().align(
      AlignmentSide(units: Self.french, language: "fr"),
      AlignmentSide(units: target, language: "en", name: "long.txt"))
    Self.checkCovers(alignment, 5, 65)
    let pairs = alignment.beads.filter { $0.source.count == 1 && $0.target.count == 1 }
    #expect(pairs.filter { $0.target[0] == $0.source[0] + 30 }.count >= 4)
    #expect(alignment.diagnostics.contains { $0.location.path == "long.txt" })
  }
}
