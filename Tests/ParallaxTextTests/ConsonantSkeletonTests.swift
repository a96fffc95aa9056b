import Testing

@testable import ParallaxText

@Suite struct ConsonantSkeletonTests {
  @Test(arguments: [
    ("Erdoğan", "Erdogan"), ("Erdogan", "Эрдоган"), ("Erdoğan", "أردوغان"),
    ("Idleb", "إدلب"), ("Idlib", "Идлиб"), ("Assad", "الأسد"),
    ("Bachar al-Assad", "Bashar al-Assad"),
    ("Bashar al-Assad", "بشار الأسد"), ("Ankara", "Анкара"), ("Hatay", "Хатай"),
  ])
  func namesMatchAcrossScripts(_ first: String, _ second: String) {
    let score = ConsonantSkeleton.similarity(first, second)
    #expect(
      score >= 0.8,
      "\(first) ~ \(second): \(score) (\(ConsonantSkeleton.of(first)) / \(ConsonantSkeleton.of(second)))"
    )
  }

  @Test(arguments: [
    ("Erdogan", "Ankara"), ("Idleb", "Hatay"), ("Moscou", "Damas"), ("Putin", "Assad"),
  ])
  func differentNamesDoNotMatch(_ first: String, _ second: String) {
    #expect(ConsonantSkeleton.similarity(first, second) < 0.5)
  }

  @Test func transliterationIsFoldedLatin() {
    #expect(Transliterator.latin("Эрдоган") == "erdogan")
    #expect(Transliterator.latin("Erdoğan") == "erdogan")
    #expect(ConsonantSkeleton.of("Erdoğan") == ConsonantSkeleton.of("أردوغان"))
  }
}
