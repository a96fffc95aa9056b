import ParallaxCorpus
import ParallaxText

/// Finds dates in a paragraph: day–month(–year) in either order with an optional weekday,
/// month pairs (`شباط/فبراير`), ISO and numeric dates, weekdays alone and relative words.
///
/// Mentions come out unresolved; `DateResolver` turns them into calendar dates.
public struct DateExtractor: Sendable {
  /// The language code.
  public let language: String
  let lexicon: DateLexicon

  /// An extractor for `language`.
  public init(language: String) {
    self.language = language
    lexicon = DateLexicon(language: language)
  }

  /// The dates of `text` (unresolved).
  public func dates(in text: String) -> [DateMention] {
    var table = WordTable<Void>(capacity: 64)
    let folded = FoldedTokens(text, table: &table) { bytes, _, kind in
      let word = String(decoding: bytes, as: UTF8.self)
      if kind != .word && bytes.count == 1 { return (word, lexicon.listBits(word), ()) }
      let key = TextFolding.fold(word)
      let starts = lexicon.words.starts(with: key) ? TokenBits.date : 0
      return (key, starts | lexicon.listBits(key), ())
    }
    return dates(in: folded, text: text)
  }

  /// The dates of an already tokenized paragraph (unresolved).
  func dates(in folded: FoldedTokens, text: String) -> [DateMention] {
    var scanner = DateScanner(folded: folded, lexicon: lexicon)
    var mentions: [DateMention] = []
    var index = 0
    let tokens = folded.tokens
    let masks = folded.masks
    while index < tokens.count {
      // Only a number or a word that may start a date word can start a date.
      guard
        tokens[index].kind == .number
          || (tokens[index].kind == .word && masks[index] & TokenBits.date != 0)
      else {
        index += 1
        continue
      }
      if let (end, parts) = scanner.match(at: index) {
        let range = TextRange(folded.tokens[index].range.start, folded.tokens[end - 1].range.end)
        mentions.append(DateMention(range: range, text: folded.text(index..<end), parts: parts))
        index = end
      } else {
        index += 1
      }
    }
    return mentions
  }
}

/// The date grammar over one paragraph's folded tokens.
struct DateScanner: MaskedTokenScan {
  let tokens: [Token]
  let keys: [String]
  let masks: [UInt32]
  let utf8: [UInt8]
  let lexicon: DateLexicon

  init(folded: FoldedTokens, lexicon: DateLexicon) {
    tokens = folded.tokens
    keys = folded.keys
    masks = folded.masks
    utf8 = folded.utf8
    self.lexicon = lexicon
  }

  /// A date starting at token `start`: one past its last token and its parts.
  mutating func match(at start: Int) -> (Int, DateParts)? {
    let kind = tokens[start].kind
    if kind == .number {
      if let iso = isoDate(at: start) { return iso }
      if let numeric = numericDate(at: start) { return numeric }
      if let found = dayFirst(at: start, weekday: nil, from: start) { return found }
      return yearAlone(at: start)
    }
    guard kind == .word, let (end, word) = word(at: start) else { return nil }
    switch word {
    case .weekday(let weekday):
      var next = end
      if next < tokens.count, keys[next] == "," { next += 1 }
      while next < tokens.count, isIn(next, TokenBits.dateConnectors) { next += 1 }
      if next < tokens.count, tokens[next].kind == .number,
        let found = dayFirst(at: next, weekday: weekday, from: start)
      {
        return found
      }
      if next < tokens.count, let found = monthFirst(at: next, weekday: weekday) { return found }
      return (end, DateParts(weekday: weekday))
    case .month:
      if let found = monthFirst(at: start, weekday: nil) { return found }
      return monthAlone(at: start)
    case .days(let offset):
      return (end, DateParts(dayOffset: offset))
    case .weeks(let offset):
      return (end, DateParts(weekOffset: offset))
    case .yearEnd(let offset):
      return (end, DateParts(month: 12, day: 31, yearOffset: offset))
    }
  }

  private func word(at index: Int) -> (Int, DateWord)? {
    // The mask first: most tokens start no date word.
    guard index < tokens.count, masks[index] & TokenBits.date != 0,
      tokens[index].kind == .word || keys[index] == "'"
    else {
      return nil
    }
    guard let found = lexicon.words.longestMatch(in: keys, from: index, limit: index + 6) else {
      return nil
    }
    return (found.end, found.value)
  }

  private func month(at index: Int) -> (Int, Int)? {
    guard let (end, word) = word(at: index), case .month(let month) = word else { return nil }
    var next = end
    if next < tokens.count, keys[next] == ".", !tokens[next].spaceBefore,
      !isIn(end - 1, TokenBits.fullMonths)
    {
      next += 1
    }
    // A month pair: شباط/فبراير, Feb/March.
    if next + 1 < tokens.count, keys[next] == "/", let (pairEnd, other) = self.word(at: next + 1),
      case .month = other
    {
      next = pairEnd
    }
    return (next, month)
  }

  private func day(at index: Int) -> (Int, Int)? {
    guard index < tokens.count, tokens[index].kind == .number,
      tokens[index].scalarCount <= 2, let value = self.value(of: tokens[index]),
      (1...31).contains(value)
    else { return nil }
    var next = index + 1
    if next < tokens.count, !tokens[next].spaceBefore,
      keys[next] == "." || isIn(next, TokenBits.daySuffixes)
    {
      next += 1
    } else if next + 1 < tokens.count, keys[next] == "-", !tokens[next].spaceBefore,
      isIn(next + 1, TokenBits.daySuffixes)
    {
      next += 2
    }
    return (next, value)
  }

  /// A year at `index` (after a comma when `afterComma`: `February 27, 2020`; not after a
  /// month alone: `Depuis janvier, 1912 migrants`).
  private func year(at index: Int, afterComma: Bool = true) -> (Int, Int)? {
    var index = index
    if afterComma, index < tokens.count, keys[index] == "," { index += 1 }
    while index < tokens.count, isIn(index, TokenBits.dateConnectors) { index += 1 }
    guard index < tokens.count, tokens[index].kind == .number,
      tokens[index].scalarCount == 4, let value = self.value(of: tokens[index]),
      (1800...2200).contains(value)
    else { return nil }
    return (index + 1, value)
  }

  private func trailingWeekday(at index: Int) -> (Int, Int)? {
    var next = index
    if next < tokens.count, keys[next] == "," { next += 1 }
    guard let (end, word) = word(at: next), case .weekday(let weekday) = word else { return nil }
    return (end, weekday)
  }

  /// `27 février 2020`, `27. Februar`, `27 de febrero de 2020`, `27 Şubat Perşembe`.
  private func dayFirst(at index: Int, weekday: Int?, from start: Int) -> (Int, DateParts)? {
    guard let (afterDay, day) = day(at: index) else { return nil }
    var next = afterDay
    while next < tokens.count, isIn(next, TokenBits.dateConnectors) { next += 1 }
    guard let (afterMonth, month) = month(at: next) else { return nil }
    var parts = DateParts(month: month, day: day, weekday: weekday)
    var end = afterMonth
    if let (afterYear, year) = year(at: end) {
      parts.year = year
      end = afterYear
    }
    if weekday == nil, let (afterWeekday, trailing) = trailingWeekday(at: end) {
      parts.weekday = trailing
      end = afterWeekday
    }
    return (end, parts)
  }

  /// `Feb. 27`, `February 27, 2020`, `Thursday, Feb. 27`.
  private func monthFirst(at index: Int, weekday: Int?) -> (Int, DateParts)? {
    guard let (afterMonth, month) = month(at: index) else { return nil }
    var next = afterMonth
    while next < tokens.count, isIn(next, TokenBits.dateConnectors) { next += 1 }
    guard let (afterDay, day) = day(at: next) else {
      if let (afterYear, year) = year(at: afterMonth, afterComma: false), weekday == nil {
        return (afterYear, DateParts(year: year, month: month))
      }
      return nil
    }
    var parts = DateParts(month: month, day: day, weekday: weekday)
    var end = afterDay
    if let (afterYear, year) = year(at: end) {
      parts.year = year
      end = afterYear
    }
    return (end, parts)
  }

  /// A full month name alone or with a year: `février 2020`, `in February`.
  private func monthAlone(at index: Int) -> (Int, DateParts)? {
    guard let (afterMonth, month) = month(at: index),
      isIn(index, TokenBits.fullMonths)
        || (index + 1 < afterMonth
          && lexicon.fullMonths.contains(keys[index] + " " + keys[index + 1]))
    else { return nil }
    if let (afterYear, year) = year(at: afterMonth, afterComma: false) {
      return (afterYear, DateParts(year: year, month: month))
    }
    let introduced = index > 0 && isIn(index - 1, TokenBits.beforeMonth)
    guard introduced || lexicon.monthAlone else { return nil }
    return (afterMonth, DateParts(month: month))
  }

  /// A year introduced by a word (`en 2019`, `في عام 2018`) or followed by one
  /// (`в 2018 году`).
  private func yearAlone(at index: Int) -> (Int, DateParts)? {
    guard tokens[index].scalarCount == 4, let year = value(of: tokens[index]),
      (1800...2200).contains(year)
    else { return nil }
    let next = index + 1
    if next < tokens.count, isIn(next, TokenBits.yearWords) {
      var end = next + 1
      if end < tokens.count, keys[end] == ".", !tokens[end].spaceBefore, keys[next] == "г" {
        end += 1
      }
      return (end, DateParts(year: year))
    }
    if index > 0,
      isIn(index - 1, TokenBits.beforeYear)
        || (index > 1 && lexicon.beforeYear.contains(keys[index - 2] + " " + keys[index - 1]))
    {
      if next < tokens.count,
        tokens[next].kind == .number || keys[next] == "-"
          || keys[next] == "/"
      {
        return nil
      }
      return (next, DateParts(year: year))
    }
    return nil
  }

  /// `2020-02-27`.
  private func isoDate(at index: Int) -> (Int, DateParts)? {
    guard index + 4 < tokens.count, tokens[index].scalarCount == 4,
      keys[index + 1] == "-", keys[index + 3] == "-",
      !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore,
      !tokens[index + 3].spaceBefore, !tokens[index + 4].spaceBefore,
      tokens[index + 2].kind == .number, tokens[index + 4].kind == .number,
      let year = value(of: tokens[index]), let month = value(of: tokens[index + 2]),
      let day = value(of: tokens[index + 4]), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    return (index + 5, DateParts(year: year, month: month, day: day))
  }

  /// `27/02/2020`, `27.02.2020` (day first).
  private func numericDate(at index: Int) -> (Int, DateParts)? {
    guard index + 4 < tokens.count, tokens[index].scalarCount <= 2,
      keys[index + 1] == "/" || keys[index + 1] == ".", keys[index + 3] == keys[index + 1],
      !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore,
      !tokens[index + 3].spaceBefore, !tokens[index + 4].spaceBefore,
      tokens[index + 2].kind == .number, tokens[index + 4].kind == .number,
      tokens[index + 4].scalarCount == 4,
      let day = value(of: tokens[index]), let month = value(of: tokens[index + 2]),
      let year = value(of: tokens[index + 4]), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    return (index + 5, DateParts(year: year, month: month, day: day))
  }

  /// The value of a run of decimal digits in any script.
  func value(of token: Token) -> Int? {
    guard token.kind == .number else { return nil }
    var value = 0
    var count = 0
    // ASCII digits from the bytes; other scripts' digits through their scalars.
    if utf8[token.utf8Range].allSatisfy(UTF8.isASCII) {
      for byte in utf8[token.utf8Range] {
        guard count < 9 else { return nil }
        value = value * 10 + Int(byte &- UInt8(ascii: "0"))
        count += 1
      }
      return count > 0 ? value : nil
    }
    for scalar in token.text(in: utf8).unicodeScalars {
      let ascii = scalar.value &- CharacterNames.digitZero
      let digit = ascii < 10 ? Double(ascii) : scalar.properties.numericValue
      guard let digit, count < 9 else { return nil }
      value = value * 10 + Int(digit)
      count += 1
    }
    return count > 0 ? value : nil
  }
}
