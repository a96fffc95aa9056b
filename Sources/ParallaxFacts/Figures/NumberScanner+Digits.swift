import ParallaxText

extension NumberScanner {
  /// The outcome of reading digits: a number, or a span to skip (a date, a phone number,
  /// an IP address, a reference, digits glued to a unit or an ordinal suffix).
  enum DigitResult {
    case number(NumberMention)
    case skip(Int)
  }

  /// A plain digit number at `index` (separators only): value and end token.
  func plainDigits(at index: Int) -> (value: ExactNumber, end: Int)? {
    guard tokens[index].kind == .digits else { return nil }
    let chain = self.chain(at: index)
    guard let (value, used) = interpret(chain) else { return nil }
    return (value, index + 2 * used - 1 - spaceGroups(chain, used))
  }

  private func spaceGroups(_ chain: Chain, _ used: Int) -> Int {
    chain.separators.prefix(used - 1).filter { $0 == " " }.count
  }

  /// Reads the number starting with the digits at `index` (and a sign at `signToken`).
  func digitNumber(at index: Int, signToken: Int? = nil) -> DigitResult {
    guard index < tokens.count else { return .skip(index) }
    if tokens[index].kind == .fractionGlyph {
      let value = ExactNumber(string: tokens[index].key) ?? .zero
      return .number(
        NumberMention(
          firstToken: index, endToken: index + 1, suffixEnd: index + 1, value: value,
          form: .digits))
    }
    guard tokens[index].kind == .digits else { return .skip(index + 1) }
    if let skip = referenceBefore(index) { return .skip(skip) }
    if let skip = phoneRun(from: index) { return .skip(skip) }
    if let skip = parenthesizedPhone(from: index) { return .skip(skip) }
    // "0933 456 789": a group with a leading zero, then more groups: a phone number.
    if tokens[index].key.utf8.count >= 3, tokens[index].key.utf8.first == UInt8(ascii: "0"),
      index + 1 < tokens.count, tokens[index + 1].kind == .digits, tokens[index + 1].gap == 1
    {
      return .skip(digitRunEnd(from: index))
    }
    // "00963112233", "05321234567": a long run of digits with a leading zero is a phone or
    // reference number.
    if tokens[index].key.utf8.count >= 6, tokens[index].key.utf8.first == UInt8(ascii: "0") {
      return .skip(index + 1)
    }
    var chain = self.chain(at: index)
    if index > 1, tokens[index].gap == 0, tokens[index - 1].key == ",",
      tokens[index - 2].kind == .digits, tokens[index - 1].gap == 0
    {
      // The rest of a list "22,24,26,31".
      chain.groups = [chain.groups[0]]
      chain.separators = []
    }
    guard var (integerValue, used) = interpret(chain) else { return .skip(chain.end) }
    // "2.5 milyar", "%12.5" in a language whose decimal mark is ",": a scale word or a percent
    // sign makes it a decimal.
    if language.strictDecimal, used == 1, chain.separators == ["."],
      isScaleOrPercent(after: chain.end) || isPercent(before: signToken ?? index),
      let decimal = ExactNumber(string: chain.groups[0] + "." + chain.groups[1])
    {
      integerValue = decimal
      used = 2
    }
    var value = integerValue
    var end = index + 2 * used - 1 - spaceGroups(chain, used)
    // "34 ABC 512": a licence plate (digits, one to three capitals, digits).
    if used == 1, end + 1 < tokens.count, tokens[end].kind == .word, tokens[end].gap == 1,
      isCapitalCode(tokens[end]), tokens[end + 1].kind == .digits, tokens[end + 1].gap == 1
    {
      return .skip(self.chain(at: end + 1).end)
    }
    // Dates, times, scores, phone numbers, fractions.
    if end + 1 < tokens.count, tokens[end].gap == 0, tokens[end + 1].gap == 0,
      tokens[end + 1].kind == .digits
    {
      switch tokens[end].key {
      case ":", "-", "/", "\u{2013}":
        var cursor = end
        var links = 0
        let link = tokens[end].key
        while cursor + 1 < tokens.count, tokens[cursor].key == link, tokens[cursor].gap == 0,
          tokens[cursor + 1].kind == .digits, tokens[cursor + 1].gap == 0
        {
          links += 1
          cursor += 2
        }
        if link == ":" || links > 1 { return .skip(cursor) }
        // "2020-02": an ISO year and month.
        if link == "-", used == 1, tokens[index].key.count == 4, tokens[end + 1].key.count == 2,
          let year = Int(tokens[index].key), (1800...2100).contains(year),
          let month = Int(tokens[end + 1].key), (1...12).contains(month)
        {
          return .skip(cursor)
        }
        if link == "/" {
          let top = tokens[index].key
          let bottom = tokens[end + 1].key
          guard used == 1, top.count <= 3, bottom.count <= 3, !bottom.hasPrefix("0"),
            let bottomValue = ExactNumber(string: bottom), bottomValue != .zero,
            value < bottomValue
          else { return .skip(cursor) }
          value = value / bottomValue
          end += 2
        }
      default: break
      }
    }
    // Exponents: 1e10, 1.1^23, 1.3x10^6.
    if let (exponentValue, exponentEnd) = exponent(after: end, base: value) {
      value = exponentValue
      end = exponentEnd
    }
    var scale = ExactNumber.one
    if end < tokens.count, tokens[end].gap == 0, tokens[end].kind == .word {
      let original = text(of: tokens[end])
      let afterCurrency =
        (signToken ?? index) > 0
        && language.currencies.contains {
          $0.keys.count == 1 && $0.keys[0].matches(tokens, (signToken ?? index) - 1)
        }
      if let factor = language.suffixes[original]
        ?? (afterCurrency ? language.currencySuffixes[original] : nil)
      {
        value = value * factor
        scale = factor
        end += 1
      } else if let atom = language.phrases[tokens[end].key], atom.role == .scale {
        value = value * atom.value
        scale = atom.value
        end += 1
      } else if !language.currencies.contains(where: {
        $0.keys.count == 1 && $0.keys[0].matches(tokens, end)
      }),
        !language.prefixClitics.contains(tokens[end].key)
      {
        return .skip(end + 1)
      }
    } else if end + 1 < tokens.count, tokens[end].kind == .word,
      language.spacedSuffixes.contains(text(of: tokens[end])),
      let factor = language.suffixes[text(of: tokens[end])],
      end + 1 >= tokens.count || tokens[end + 1].gap > 0 || tokens[end + 1].kind != .word
    {
      value = value * factor
      scale = factor
      end += 1
    } else if end == tokens.count - 1, tokens[end].kind == .word,
      language.spacedSuffixes.contains(text(of: tokens[end])),
      let factor = language.suffixes[text(of: tokens[end])]
    {
      value = value * factor
      scale = factor
      end += 1
    }
    // "3'te 1", "20'de bir": a denominator written first (Turkish).
    if let fraction = fractionAfterLocative(end: end, denominator: value, index: index) {
      return .number(fraction)
    }
    // "5'inci", "5-й": an ordinal suffix after an apostrophe or a hyphen.
    if end + 1 < tokens.count,
      tokens[end].punct == CharacterNames.apostrophe
        || tokens[end].punct == CharacterNames.hyphenMinus,
      tokens[end].gap == 0, tokens[end + 1].gap == 0, tokens[end + 1].kind == .word,
      language.ordinalSuffixes.contains(tokens[end + 1].key)
        || (language.decadeSuffixes.contains(tokens[end + 1].key)
          && (value / ExactNumber(10)).isWhole)
    {
      return .skip(end + 2)
    }
    // "100'lerce": a suffix that makes the digits a vague amount.
    if end + 1 < tokens.count, tokens[end].punct == CharacterNames.apostrophe,
      tokens[end].gap == 0, tokens[end + 1].gap == 0,
      language.guards.vagueSuffixes.contains(tokens[end + 1].key)
    {
      return .skip(end + 2)
    }
    // "2. Ordu", "5. kattan": digits with a full stop before a word are an ordinal.
    if language.guards.ordinalDot, used == 1, scale == .one, signToken == nil,
      end + 1 < tokens.count, tokens[end].punct == CharacterNames.fullStop, tokens[end].gap == 0,
      tokens[end + 1].kind == .word, tokens[end + 1].gap > 0,
      !tokens[end + 1].capitalized || opensSentence(index)
    {
      return .skip(end + 1)
    }
    var mention = NumberMention(
      firstToken: signToken ?? index, endToken: end, suffixEnd: end, value: value,
      form: tokens[index].nonASCIIDigits ? .arabicIndic : .digits, scale: scale)
    if let signToken {
      if isLeadingDecimalMark(signToken) {
        guard used == 1, end == index + 1,
          let fraction = ExactNumber(string: "0." + tokens[index].key)
        else { return .skip(end) }
        mention.value = fraction
        value = fraction
      } else {
        mention.value = -value
      }
    }
    if used == 1, chain.groups[0].count == 4, scale == .one, value.isWhole,
      value >= ExactNumber(1900), value <= ExactNumber(2100)
    {
      mention.isYearLike = true
    }
    // "3-х тысяч": a case ending, then a scale word.
    var wordsAt = end
    if end + 2 < tokens.count, tokens[end].punct == CharacterNames.hyphenMinus,
      tokens[end].gap == 0,
      tokens[end + 1].gap == 0, language.caseSuffixes.contains(tokens[end + 1].key),
      language.phraseHashes.value(tokens[end + 2].hash, tokens, end + 2)?.role == .scale
    {
      wordsAt = end + 2
    }
    // Spaced scale words and fractions: "2,5 milliards", "3 hundred and 21", "1 over 3".
    if let (atoms, phraseEnd) = phrase(at: wordsAt), let role = atoms.first?.role,
      NumberScanner.continuesDigits(role) || NumberScanner.isHalfWord(atoms[0]),
      role != .fraction || atoms[0].value < NumberScanner.ordinalScale
    {
      var composer = NumberComposer()
      if NumberScanner.seed(&composer, value: value, scale: scale),
        let (composedEnd, composedValue, used) = compose(
          from: (atoms, phraseEnd, false), composer: composer),
        composedEnd > end,
        role != .over || composedEnd >= tokens.count
          || !language.notCounted.contains(tokens[composedEnd].key)
      {
        mention.endToken = composedEnd
        mention.value = signToken != nil && mention.value < .zero ? -composedValue : composedValue
        mention.form = .mixed
        mention.isYearLike = false
        if used.hasScale { mention.scale = used.maxScale }
      }
    }
    mention.suffixEnd = mention.endToken
    return .number(mention)
  }

  /// Whether the token at `index` opens its sentence.
  private func opensSentence(_ index: Int) -> Bool {
    guard index > 0 else { return true }
    let punct = tokens[index - 1].punct
    return punct == CharacterNames.fullStop || punct == CharacterNames.exclamationMark
      || punct == CharacterNames.questionMark || punct == CharacterNames.colon
  }

  /// One to three capital Latin letters (`ABC` of a licence plate).
  private func isCapitalCode(_ token: FigureToken) -> Bool {
    let count = token.end - token.start
    guard (1...3).contains(count) else { return false }
    return scalars[token.start..<token.end].allSatisfy {
      CharacterNames.asciiCapitals.contains($0.value)
    }
  }

  /// `8 (800) 555-35-35`, `0 (312) 444 12 34`, `(0312) 444 12 34`: an area code in
  /// parentheses before more digit groups is a phone number. Returns where it ends.
  private func parenthesizedPhone(from index: Int) -> Int? {
    var open: Int
    if index + 1 < tokens.count, tokens[index + 1].punct == CharacterNames.leftParenthesis,
      tokens[index].key.utf8.count <= 2
    {
      open = index + 1
    } else if index > 0, tokens[index - 1].punct == CharacterNames.leftParenthesis,
      tokens[index].gap == 0
    {
      open = index - 1
    } else {
      return nil
    }
    guard open + 3 < tokens.count, tokens[open + 1].kind == .digits, tokens[open + 1].gap == 0,
      (2...5).contains(tokens[open + 1].key.utf8.count),
      tokens[open + 2].punct == CharacterNames.rightParenthesis,
      tokens[open + 3].kind == .digits, tokens[open + 3].gap <= 1
    else { return nil }
    open += 3
    return digitRunEnd(from: open)
  }

  /// From a millionth on, a fraction word after digits is an ordinal (`100 millionths` reads
  /// as the number 100 in the references).
  static let ordinalScale = ExactNumber(1_000_000)

  /// Roles that may follow digits in one number (`2,5 milliards`, `3 hundred`, `1 sur 3`,
  /// `3 virgül 5`).
  static func continuesDigits(_ role: NumberAtom.Role) -> Bool {
    switch role {
    case .scale, .hundred, .multiplier, .fraction, .connector, .over, .decimalPoint: return true
    default: return false
    }
  }

  /// A word worth a part of one that follows digits: `3 buçuk milyon`, `3 с половиной`.
  static func isHalfWord(_ atom: NumberAtom) -> Bool {
    atom.role == .value && .zero < atom.value && atom.value < .one
  }

  /// Gives `composer` the digits read so far: a glued scale word or suffix stays a scale
  /// (`٦آلاف و٢ مئة` is 6 thousand and 2 hundred, not (6000 + 2) × 100).
  static func seed(_ composer: inout NumberComposer, value: ExactNumber, scale: ExactNumber)
    -> Bool
  {
    guard scale > .one else {
      return composer.accept(NumberAtom(role: .value, value: value), fromDigits: true)
    }
    return composer.accept(NumberAtom(role: .value, value: value / scale), fromDigits: true)
      && composer.accept(NumberAtom(role: .scale, value: scale), fromDigits: false)
  }

  /// Letters, `+`, `#` or `CODE-` glued before digits make a reference (`A320`, `SCP-173`,
  /// `+1`): the index to skip to, or `nil`.
  private func referenceBefore(_ index: Int) -> Int? {
    guard index > 0, tokens[index].gap == 0 else { return nil }
    if tokens[index - 1].kind == .word, !language.prefixClitics.contains(tokens[index - 1].key) {
      return chain(at: index).end
    }
    if tokens[index - 1].kind == .punct {
      switch tokens[index - 1].key {
      case "+":
        // "+90 312 555 12 12" is a phone number; "+2,5 %" a change.
        let end = digitRunEnd(from: index)
        let chainEnd = chain(at: index).end
        if end <= chainEnd, tokens[index].key.utf8.count <= 3,
          tokens[index - 1].gap > 0 || index == 1
        {
          return nil
        }
        return max(end, chainEnd)
      case "#", "№":
        return chain(at: index).end
      case "-", "/":
        if index > 1, tokens[index - 1].gap == 0, tokens[index - 2].kind == .word {
          return chain(at: index).end
        }
      default: break
      }
    }
    return nil
  }

  /// The end of the digit groups from `index` joined by single spaces, hyphens, dots or
  /// parentheses (`+90 312 555 12 12`, `+7 495 123-45-67`): a phone number after `+`.
  func digitRunEnd(from index: Int) -> Int {
    var cursor = index + 1
    while cursor < tokens.count {
      if tokens[cursor].kind == .digits, tokens[cursor].gap <= 1 {
        cursor += 1
      } else if tokens[cursor].kind == .punct, tokens[cursor].gap <= 1, cursor + 1 < tokens.count,
        tokens[cursor + 1].kind == .digits, tokens[cursor + 1].gap <= 1,
        tokens[cursor].punct == CharacterNames.hyphenMinus
          || tokens[cursor].punct == CharacterNames.fullStop
          || tokens[cursor].punct == CharacterNames.leftParenthesis
          || tokens[cursor].punct == CharacterNames.rightParenthesis
      {
        cursor += 2
      } else {
        break
      }
    }
    return cursor
  }

  /// Four or more short digit groups in a row (`01 23 45 67 89`, `+33 1 23 45`): a phone
  /// number. Returns where it ends.
  private func phoneRun(from index: Int) -> Int? {
    var cursor = index
    var groups = 0
    var allThree = true
    while cursor < tokens.count, tokens[cursor].kind == .digits,
      cursor == index || tokens[cursor].gap == 1
        || (tokens[cursor - 1].punct == CharacterNames.hyphenMinus)
    {
      if tokens[cursor].key.count > 4 { return nil }
      if cursor > index, tokens[cursor].key.count != 3 { allThree = false }
      groups += 1
      cursor += 1
      if cursor + 1 < tokens.count, tokens[cursor].punct == CharacterNames.hyphenMinus,
        tokens[cursor].gap == 0,
        tokens[cursor + 1].kind == .digits, tokens[cursor + 1].gap == 0
      {
        cursor += 1
      }
    }
    if groups >= 4, !allThree || tokens[index].key.count > 3 { return cursor }
    if index > 0, tokens[index - 1].key == "+", tokens[index].gap == 0, groups >= 2 {
      return cursor
    }
    return nil
  }

  private func exponent(after end: Int, base: ExactNumber) -> (ExactNumber, Int)? {
    guard end + 1 < tokens.count, tokens[end].gap == 0 else { return nil }
    var cursor = end
    var power: Bool
    switch tokens[cursor].key {
    case "e": power = false
    case "^": power = true
    case "x":
      guard end + 2 < tokens.count, tokens[end + 1].key == "10", tokens[end + 2].key == "^"
      else { return nil }
      cursor += 2
      power = false
    default: return nil
    }
    cursor += 1
    var negative = false
    while cursor < tokens.count, tokens[cursor].gap == 0,
      tokens[cursor].punct == CharacterNames.plusSign
        || tokens[cursor].punct == CharacterNames.hyphenMinus
    {
      if tokens[cursor].punct == CharacterNames.hyphenMinus { negative.toggle() }
      cursor += 1
    }
    guard cursor < tokens.count, tokens[cursor].kind == .digits, tokens[cursor].gap == 0,
      let exponentValue = Int(tokens[cursor].key), exponentValue < 300
    else { return nil }
    let signed = negative ? -exponentValue : exponentValue
    if power { return (base.power(signed), cursor + 1) }
    return (base * ExactNumber(10).power(signed), cursor + 1)
  }

  /// The original text of a short token (suffixes are at most four scalars), or "".
  func text(of token: FigureToken) -> String {
    guard token.end - token.start <= 4 else { return "" }
    return FigureView.string(scalars[token.start..<token.end])
  }

  /// Whether the token at `index` is the language's decimal separator.
  @inline(__always)
  func isDecimalSeparator(_ index: Int) -> Bool {
    let punct = language.decimalSeparatorPunct
    return punct != 0
      ? tokens[index].punct == punct : tokens[index].key == language.decimalSeparator
  }

  /// Where a clitic suffix after a number ends (`22'si`, `30'dan`).
  func suffixEnd(after end: Int) -> Int {
    guard end + 1 < tokens.count, tokens[end].punct == CharacterNames.apostrophe,
      tokens[end].gap == 0,
      tokens[end + 1].kind == .word, tokens[end + 1].gap == 0
    else { return end }
    return end + 2
  }
}
