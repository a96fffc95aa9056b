import ParallaxText

/// What surrounds a number: signs and leading decimal marks (`.5`, `- 2 1/2`), dates and date ranges, mixed fractions, denominators written
/// first (`3'te 1`), and the scale or percent sign that makes a Turkish dot a decimal.
extension NumberScanner {
  /// Whether a scale word or a percent sign or word starts at `end`.
  func isScaleOrPercent(after end: Int) -> Bool {
    guard end < tokens.count else { return false }
    if language.phraseHashes.value(tokens[end].hash, tokens, end)?.role == .scale { return true }
    return language.percentAfter.contains { $0.first?.matches(tokens, end) == true }
  }

  /// Whether a percent sign or word (`%`, `yüzde`) ends right before `index`.
  func isPercent(before index: Int) -> Bool {
    guard index > 0 else { return false }
    return language.percentBefore.contains { $0.last?.matches(tokens, index - 1) == true }
  }

  /// `3'te 1`: digits, an apostrophe, a locative suffix, then the numerator.
  func fractionAfterLocative(end: Int, denominator: ExactNumber, index: Int)
    -> NumberMention?
  {
    guard !language.fractionOfSuffixes.isEmpty, end + 2 < tokens.count,
      tokens[end].punct == CharacterNames.apostrophe,
      tokens[end].gap == 0, tokens[end + 1].gap == 0,
      language.fractionOfSuffixes.contains(tokens[end + 1].key), denominator != .zero,
      // "3'te 1", "100'de 35", "1000'de 3": a small or round denominator; "2019'da 1900'e"
      // is a year, then a count.
      denominator <= NumberScanner.hundred || NumberComposer.isPowerOfTen(denominator)
    else { return nil }
    var composer = NumberComposer()
    guard composer.accept(NumberAtom(role: .fractionOf, value: denominator), fromDigits: true)
    else { return nil }
    let next = end + 2
    let first: ([NumberAtom], Int, Bool)
    if tokens[next].kind == .digits, let digits = plainDigits(at: next) {
      first = ([NumberAtom(role: .value, value: digits.value)], digits.end, true)
    } else if let words = phrase(at: next) {
      first = (words.0, words.1, false)
    } else {
      return nil
    }
    guard let (composedEnd, value, _) = compose(from: first, composer: composer) else {
      return nil
    }
    return NumberMention(
      firstToken: index, endToken: composedEnd, suffixEnd: composedEnd, value: value,
      form: .mixed)
  }

  /// A hundred, built once.
  static let hundred = ExactNumber(100)

  /// The last day of a month, built once.
  static let thirtyOne = ExactNumber(31)

  /// Whether the number is part of a date (`27 février`, `27. Februar`, `Feb. 27`).
  func isDate(_ mention: NumberMention) -> Bool {
    guard mention.value.isWhole, mention.scale == .one, !mention.isVague,
      mention.form != .words || mention.value <= NumberScanner.thirtyOne
    else { return false }
    var next = mention.suffixEnd
    if next < tokens.count, tokens[next].punct == CharacterNames.fullStop, tokens[next].gap == 0 {
      next += 1
    }
    if next < tokens.count,
      language.dateJoinerHashes.contains(tokens[next].hash, tokens, next)
    {
      next += 1
    }
    if next < tokens.count, tokens[next].kind == .word,
      language.months.contains(tokens, next), mention.value <= NumberScanner.thirtyOne
    {
      return true
    }
    // "с 1 по 15 марта", "1-15 Mart": the first day of a range of days.
    if next + 2 < tokens.count, mention.value <= NumberScanner.thirtyOne,
      tokens[next].punct == CharacterNames.hyphenMinus
        || tokens[next].punct == CharacterNames.enDash
        || language.dateRangeJoiners.contains(tokens[next].key),
      tokens[next + 1].kind == .digits, tokens[next + 1].key.utf8.count <= 2,
      tokens[next + 2].kind == .word, language.months.contains(tokens, next + 2)
    {
      return true
    }
    var previous = mention.firstToken - 1
    // "Feb. 2020", but "Depuis janvier, 1912 migrants": a comma ends the date.
    while previous >= 0, tokens[previous].punct == CharacterNames.fullStop {
      previous -= 1
    }
    if previous >= 0, tokens[previous].kind == .word,
      language.months.contains(tokens, previous)
    {
      return mention.value <= NumberScanner.thirtyOne || mention.isYearLike
    }
    return false
  }

  /// `2  1/4`, `1 ½`, `1½`: a whole number followed by a digit fraction or a fraction glyph.
  func mergeMixedFraction(_ previous: NumberMention, _ mention: NumberMention) -> NumberMention? {
    let glyph = tokens[mention.firstToken].kind == .fractionGlyph
    guard previous.endToken == mention.firstToken, previous.form == .digits,
      previous.value.isWhole, !mention.value.isWhole, mention.form == .digits,
      glyph
        || (mention.firstToken + 1 < tokens.count && tokens[mention.firstToken + 1].key == "/"),
      mention.value > .zero, mention.value < .one
    else { return nil }
    var merged = previous
    merged.endToken = mention.endToken
    merged.suffixEnd = mention.suffixEnd
    merged.value =
      previous.value < .zero ? previous.value + (-mention.value) : previous.value + mention.value
    merged.isYearLike = false
    return merged
  }

  /// Whether the punctuation at `index` may open a decimal without integer part: the
  /// language's decimal separator, or a full stop (`.5` in any language: a dot before digits
  /// after a space is no thousands separator).
  func isLeadingDecimalMark(_ index: Int) -> Bool {
    isDecimalSeparator(index) || tokens[index].punct == CharacterNames.fullStop
  }

  /// Whether the punctuation at `index` starts a decimal without integer part (`,08`, `.5`).
  func isDecimalStart(_ index: Int) -> Bool {
    guard isLeadingDecimalMark(index), index + 1 < tokens.count,
      tokens[index + 1].kind == .digits, tokens[index + 1].gap == 0
    else { return false }
    return index == 0 || tokens[index].gap > 0
  }

  /// Whether the punctuation at `index` is a minus sign glued to digits (`-4`).
  func isMinusStart(_ index: Int) -> Bool {
    guard
      tokens[index].punct == CharacterNames.hyphenMinus
        || tokens[index].punct == CharacterNames.minusSign, index + 1 < tokens.count,
      tokens[index + 1].kind == .digits, tokens[index + 1].gap == 0
    else { return false }
    return index == 0 || tokens[index].gap > 0
  }

  /// Whether a spaced minus opens a paragraph that is only a number (`- 2 1/2`, `- 10 k`):
  /// a minus sign whose space was lost or added, not a dash before words.
  func isLooseMinusStart(_ index: Int) -> Bool {
    guard index == 0, tokens.count > 1,
      tokens[0].punct == CharacterNames.hyphenMinus || tokens[0].punct == CharacterNames.minusSign,
      tokens[1].kind == .digits, tokens[1].gap > 0
    else { return false }
    return tokens.dropFirst().allSatisfy { token in
      switch token.kind {
      case .digits, .fractionGlyph, .punct: return true
      case .word: return language.spacedSuffixes.contains(text(of: token))
      }
    }
  }

  /// The fraction a number word is before a definite noun (`عشر السكان` = a tenth of the
  /// population), unless that noun is a time unit (`عشر السنوات الماضية`, the past ten
  /// years); `nil` for any other word.
  func definiteFraction(at index: Int) -> ExactNumber? {
    let context = language.context
    guard !context.definiteArticles.isEmpty, index + 1 < tokens.count,
      tokens[index + 1].kind == .word,
      let part = context.definiteFractions.value(tokens[index].hash, tokens, index)
    else { return nil }
    let next = tokens[index + 1].key
    for article in context.definiteArticles where next.hasPrefix(article) {
      let noun = String(next.dropFirst(article.count))
      guard noun.unicodeScalars.count > 1 else { continue }
      if language.durationUnits.contains(FigureView.hash(noun), key: noun) { return nil }
      return part
    }
    // "عشر سكان البلاد": a noun made definite by the definite noun after it (a construct).
    guard index + 2 < tokens.count, tokens[index + 2].kind == .word, tokens[index + 2].gap > 0,
      !language.durationUnits.contains(tokens[index + 1].hash, key: next)
    else { return nil }
    let owner = tokens[index + 2].key
    for article in context.definiteArticles
    where owner.hasPrefix(article) && owner.unicodeScalars.count > article.unicodeScalars.count + 1
    {
      return part
    }
    return nil
  }
}
