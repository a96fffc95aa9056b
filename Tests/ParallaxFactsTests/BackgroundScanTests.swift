import Testing

@testable import ParallaxFacts

/// The two year scans of the background pass (`FactExtractor+Background`): the cheap byte
/// pass that says whether a paragraph may name an earlier year, and the scan by scalars
/// that reads the four-digit numbers and the words around them.
@Suite struct BackgroundScanTests {
  struct Case: Sendable, CustomStringConvertible {
    var text: String
    var mayHold: Bool
    var description: String { text }
  }

  /// Texts and whether they may hold a year before 2026: four ASCII digits of such a value
  /// alone in their run, or any Arabic-Indic digit.
  static let byteCases: [Case] = [
    Case(text: "Le port a rouvert en 1987 après les travaux.", mayHold: true),
    Case(text: "1987", mayHold: true),
    Case(text: "Ended 2025", mayHold: true),
    Case(text: "2025: a year of floods", mayHold: true),
    Case(text: "Er kam 2031 zurück, nicht 1799.", mayHold: false),
    Case(text: "Lot 19870 und 198 Kisten.", mayHold: false),
    Case(text: "Code 123456789012345678901234 then 1990", mayHold: true),
    Case(text: "Code 123456789012345678901234", mayHold: false),
    Case(text: "Numéro 2026, pas plus.", mayHold: false),
    Case(text: "نحو ٣ ملايين", mayHold: true),
    Case(text: "في عام ۱۹۹۰", mayHold: true),
    Case(text: "Без цифр, только «слова» и пробелы.", mayHold: false),
    Case(text: "", mayHold: false),
    Case(text: "1,987 and 1.987 and 19:87 and x1987y", mayHold: true),
  ]

  @Test(arguments: byteCases)
  func theBytePassFindsTheYearsBeforeTheReportsOwn(_ item: Case) {
    #expect(FactExtractor.mayHoldYear(item.text, before: 2026) == item.mayHold)
  }

  /// The words before a year (nearest first) and after it (in order), lowercased, in Latin,
  /// Cyrillic and accented scripts, as the `since` test receives them.
  @Test func theWordsAroundAYearAreReadInTextOrder() {
    var seen: [([String], [String])] = []
    let numbers = FactExtractor.fourDigitNumbers(
      in: "Die Brücke ÜBER den Fluss steht seit 1961 Jahren, Ölhafen inklusive.",
      since: { before, after in
        seen.append((before, after))
        return false
      })
    #expect(numbers.map(\.value) == [1961])
    #expect(seen.count == 1)
    #expect(seen.first?.0 == ["seit", "steht", "fluss", "den", "über", "brücke"])
    #expect(seen.first?.1 == ["jahren", "ölhafen", "inklusive"])
  }

  @Test func theWordsStopAtTheTextsEnds() {
    var seen: [([String], [String])] = []
    _ = FactExtractor.fourDigitNumbers(
      in: "С 2004 года",
      since: { before, after in
        seen.append((before, after))
        return true
      })
    #expect(seen.first?.0 == ["с"])
    #expect(seen.first?.1 == ["года"])
  }

  @Test func aClockMarkOrASinceWordMakesTheYearVoid() {
    let clock = FactExtractor.fourDigitNumbers(
      in: "Vers 1830 GMT, 1830h et 1830 Paris", since: { _, _ in false })
    #expect(clock.map(\.void) == [true, true, false])
  }
}
