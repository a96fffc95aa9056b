import Foundation
import ParallaxText

/// A word or phrase that a date is made of.
enum DateWord: Sendable, Hashable {
  case month(Int)
  case weekday(Int)
  case days(Int)
  case weeks(Int)
  /// The last day of the report's year plus an offset in years (`la fin de l'année` = 0).
  case yearEnd(Int)
}

/// Month and weekday names of one language, from CLDR (through Foundation's `DateFormatter`)
/// and `Resources/dates/<language>.txt` (sections `months`, `weekdays`, `relative`,
/// `connectors`), built once per language.
final class DateLexicon: OneWordLists, Sendable {
  /// Month, weekday and relative phrases by folded tokens.
  let words: PhraseTrie<DateWord>
  /// Month names to trust alone (full names, not abbreviations), folded.
  let fullMonths: Set<String>
  /// The one-word lists with their `TokenBits`.
  var lists: [(Set<String>, UInt32)] {
    [
      (fullMonths, TokenBits.fullMonths), (connectors, TokenBits.dateConnectors),
      (beforeMonth, TokenBits.beforeMonth), (beforeYear, TokenBits.beforeYear),
      (yearWords, TokenBits.yearWords), (daySuffixes, TokenBits.daySuffixes),
    ]
  }

  /// Small words allowed between day, month and year (`de` in `27 de febrero de 2020`).
  let connectors: Set<String>
  /// Words after which a month name alone is a date (`en février`, `in February`), folded.
  let beforeMonth: Set<String>
  /// Words after which a four-digit number is a year (`en 2019`, `في عام 2018`), folded.
  let beforeYear: Set<String>
  /// Words after a year that make it one (`в 2018 году`, `2018 yılında`), folded.
  let yearWords: Set<String>
  /// Whether a month name alone is always a date (languages where it is unambiguous).
  let monthAlone: Bool
  /// Suffixes written after a day number (`er`, `th`, `-го`), folded.
  let daySuffixes: Set<String>

  init(language: String) {
    let data = LexiconFile(bundle: "Parallax_ParallaxFacts", "dates/\(language).txt")
    var trie = PhraseTrie<DateWord>()
    var full: Set<String> = []
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: language)
    formatter.calendar = Calendar(identifier: .gregorian)
    let fullLists = [formatter.monthSymbols, formatter.standaloneMonthSymbols]
    let shortLists = [formatter.shortMonthSymbols, formatter.shortStandaloneMonthSymbols]
    for list in fullLists {
      for (index, name) in list.enumerated() {
        trie.insert(Self.clean(name), .month(index + 1))
        full.insert(TextFolding.fold(Self.clean(name)))
      }
    }
    for list in shortLists {
      for (index, name) in list.enumerated() where Self.clean(name).count >= 3 {
        trie.insert(Self.clean(name), .month(index + 1))
      }
    }
    for list in [formatter.weekdaySymbols, formatter.standaloneWeekdaySymbols] {
      for (index, name) in list.enumerated() {
        trie.insert(Self.clean(name), .weekday(index == 0 ? 7 : index))
      }
    }
    for entry in data.entries("months") where entry.count >= 2 {
      if let month = Int(entry[1]) {
        trie.insert(entry[0], .month(month))
        if entry.count < 3 || entry[2] != "short" { full.insert(TextFolding.fold(entry[0])) }
      }
    }
    for entry in data.entries("weekdays") where entry.count >= 2 {
      if let day = Int(entry[1]) { trie.insert(entry[0], .weekday(day)) }
    }
    for entry in data.entries("relative") where entry.count >= 3 {
      guard let amount = Int(entry[2]) else { continue }
      switch entry[1] {
      case "week": trie.insert(entry[0], .weeks(amount))
      case "year-end": trie.insert(entry[0], .yearEnd(amount))
      default: trie.insert(entry[0], .days(amount))
      }
    }
    words = trie
    fullMonths = full
    connectors = Set(data.words("connectors").map { TextFolding.fold($0) })
    beforeMonth = Set(data.words("before-month").map { TextFolding.fold($0) })
    monthAlone = data.has("month-alone")
    beforeYear = Set(data.words("before-year").map { TextFolding.fold($0) })
    yearWords = Set(data.words("year-words").map { TextFolding.fold($0) })
    daySuffixes = Set(data.words("day-suffixes").map { TextFolding.fold($0) })
  }

  private static func clean(_ name: String) -> String {
    var name = name
    while name.hasSuffix(".") { name.removeLast() }
    return name
  }
}
