import Testing

@testable import ParallaxText

@Suite struct StemmerTests {
  @Test(arguments: [
    ("fr", "soldats", "soldat"), ("en", "killed", "kill"), ("de", "soldaten", "soldat"),
    ("ru", "солдаты", "солдат"), ("tr", "askerler", "asker"),
  ])
  func stemsInflectedForms(language: String, word: String, stem: String) throws {
    let stemmer = try #require(Stemmer(language: language))
    #expect(stemmer.stem(word) == stem)
  }
}
