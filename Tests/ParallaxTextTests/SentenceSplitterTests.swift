import ParallaxCore
import Testing

@testable import ParallaxText

@Suite struct SentenceSplitterTests {
  private func split(_ text: String, _ language: String) -> [String] {
    SentenceSplitter(language: language).sentences(in: text).map { $0.range.slice(of: text) }
  }

  @Test func frenchAbbreviationsAndInitialsAreNotEnds() {
    let text = "M. Erdogan a parlé. Le Dr. Dupont et J. Martin ont répondu. Fin."
    #expect(
      split(text, "fr") == [
        "M. Erdogan a parlé.", "Le Dr. Dupont et J. Martin ont répondu.", "Fin.",
      ])
  }

  @Test func germanOrdinalDotIsADate() {
    let text = "Am 27. Februar starben 33 Soldaten. Das bestätigte Ankara."
    #expect(split(text, "de") == ["Am 27. Februar starben 33 Soldaten.", "Das bestätigte Ankara."])
  }

  @Test func russianUnitsAndInitials() {
    let text = "Погибли 3 тыс. человек, сообщил Р. Доган. По словам проф. Иванова, всё стихло."
    #expect(
      split(text, "ru") == [
        "Погибли 3 тыс. человек, сообщил Р. Доган.", "По словам проф. Иванова, всё стихло.",
      ])
  }

  @Test func arabicCommaIsNotAnEndButTheQuestionMarkIs() {
    let text = "قال المرصد، إن 34 جنديا قتلوا. هل سترد أنقرة؟ لا أحد يعلم."
    #expect(
      split(text, "ar") == ["قال المرصد، إن 34 جنديا قتلوا.", "هل سترد أنقرة؟", "لا أحد يعلم."])
  }

  @Test func englishMonthAbbreviationAndClosingQuote() {
    let text = "It happened on Thursday, Feb. 27. \"We will respond.\" Officials said so."
    #expect(
      split(text, "en") == [
        "It happened on Thursday, Feb. 27.", "\"We will respond.\"", "Officials said so.",
      ])
  }

  @Test func decimalsAndLowercaseContinuationsDoNotSplit() {
    #expect(split("Il y a 2.5 millions de gens. vraiment", "fr").count == 1)
    #expect(split("", "fr").isEmpty)
  }
}

@Suite struct SentenceBoundTests {
  @Test func runawaySentencesAreCutAtCommasOrHard() {
    let text = Array(repeating: "mot, mot mot", count: 1_000).joined(separator: " ")
    let sentences = SentenceSplitter(language: "fr").sentences(in: text)
    #expect(sentences.count > 1)
    #expect(sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maxTokens })
    #expect(sentences.first?.range.start == 0)
    #expect(sentences.last?.range.end == text.unicodeScalars.count)
    for (first, second) in zip(sentences, sentences.dropFirst()) {
      #expect(first.tokens.upperBound == second.tokens.lowerBound)
    }
  }
}
