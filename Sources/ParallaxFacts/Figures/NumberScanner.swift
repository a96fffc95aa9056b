import ParallaxText

/// Finds the numbers of a tokenized paragraph in one pass: digits with the language's
/// separators, number words composed by `NumberComposer`, vague amounts.
struct NumberScanner {
  let box: FigureLanguageBox
  var language: FigureLanguage { box.value }
  let tokens: [FigureToken]
  let scalars: [Unicode.Scalar]

  /// The numbers in order.
  func scan() -> [NumberMention] {
    var result: [NumberMention] = []
    var index = 0
    while index < tokens.count {
      var found: NumberMention?
      var skipTo = index + 1
      // The kind only: copying a token (its key) for every token of the text costs.
      switch tokens[index].kind {
      case .digits, .fractionGlyph:
        switch digitNumber(at: index) {
        case .number(let mention):
          found = mention
        case .skip(let end):
          skipTo = max(end, index + 1)
        }
      case .word:
        if let end = urlEnd(at: index) {
          skipTo = end
        } else if !mayStartNumber(at: index) {
          skipTo = index + 1
        } else if let end = language.guards.idiomEnd(tokens, at: index) {
          // "yüz yüze", "один на один", "ниже нуля": an idiom, no number.
          skipTo = end
        } else {
          found = vagueNumber(at: index) ?? wordNumber(at: index)
        }
      case .punct:
        if isDecimalStart(index) || isMinusStart(index) || isLooseMinusStart(index),
          case .number(let mention) = digitNumber(at: index + 1, signToken: index)
        {
          found = mention
        }
      }
      if var mention = found {
        if isDate(mention) {
          index = max(mention.suffixEnd, skipTo)
          continue
        }
        if isReference(mention) {
          // "saat 14.30'da": the rest of a time or reference number goes with it.
          index = max(mention.suffixEnd, skipTo)
          while index + 1 < tokens.count, tokens[index].gap == 0, tokens[index + 1].gap == 0,
            tokens[index].punct == CharacterNames.fullStop
              || tokens[index].punct == CharacterNames.colon,
            tokens[index + 1].kind == .digits
          {
            index += 2
          }
          continue
        }
        mention.suffixEnd = suffixEnd(after: mention.endToken)
        // "sıfırın altında 8", "8 درجات تحت الصفر": below zero.
        if !language.guards.belowZero.isEmpty, .zero < mention.value,
          language.guards.isBelowZero(tokens, first: mention.firstToken, end: mention.suffixEnd)
        {
          mention.value = -mention.value
        }
        if let previous = result.last, let merged = mergeMixedFraction(previous, mention) {
          result[result.count - 1] = merged
        } else {
          result.append(mention)
        }
        index = max(mention.endToken, skipTo)
        // "2,5 por ciento": the percent words are no number of their own.
        for phrase in language.percentAfter where phrase.count > 1 {
          if index + phrase.count <= tokens.count,
            phrase.indices.allSatisfy({ phrase[$0].matches(tokens, index + $0) })
          {
            index += phrase.count
            break
          }
        }
      } else {
        index = skipTo
      }
    }
    return result
  }

  // MARK: Words

  private func vagueNumber(at index: Int) -> NumberMention? {
    guard !language.vague.isEmpty else { return nil }
    var best: (end: Int, value: ExactNumber)?
    var count = 0
    var hash: UInt64 = 0
    var cursor = index
    while cursor < tokens.count, count < language.maxPhraseTokens {
      guard tokens[cursor].kind == .word || tokens[cursor].punct == CharacterNames.apostrophe else {
        break
      }
      hash = count == 0 ? tokens[cursor].hash : FigureLanguage.chain(hash, tokens[cursor].hash)
      count += 1
      cursor += 1
      let end = cursor
      // One word: its key compared in place; more: their keys joined, on a hash match only.
      let single = count == 1
      if let value = single
        ? language.vagueHashes.value(hash, tokens, index)
        : language.vagueHashes.value(hash, key: { joinedKey(index..<end) })
      {
        best = (cursor, value)
      }
      let more =
        single
        ? language.prefixHashes.contains(hash, tokens, index)
        : language.prefixHashes.contains(hash, key: { joinedKey(index..<end) })
      if !more { break }
    }
    guard var best else { return nil }
    // "несколько тысяч", "birkaç bin", "بضعة آلاف": a few of a scale is vague of that scale.
    if best.value == .one, best.end < tokens.count, tokens[best.end].kind == .word {
      if let (atoms, end) = phrase(at: best.end), atoms.count == 1,
        [.scale, .hundred, .multiplier].contains(atoms[0].role)
      {
        best = (end, atoms[0].value)
      } else if let magnitude = language.vagueHashes.value(
        tokens[best.end].hash, tokens, best.end)
      {
        best = (best.end + 1, magnitude)
      }
    }
    // "более тысячи", "около сотни": after a word governing the genitive, a vague form of a
    // scale or of a hundred is that number.
    if index > 0, !language.guards.scaleAfter.isEmpty,
      language.guards.scaleAfter.matches(tokens, at: index - 1),
      let role = language.phraseHashes.value(tokens[index].hash, tokens, index)?.role,
      role == .scale || role == .value
    {
      return nil
    }
    // "plusieurs fois": a vague frequency, not a count.
    var next = best.end
    var looked = 0
    while next < tokens.count, looked < 2 {
      if tokens[next].kind == .word {
        if language.notCounted.contains(tokens[next].key) { return nil }
        looked += 1
      } else if tokens[next].punct != CharacterNames.apostrophe {
        break
      }
      next += 1
    }
    let approximate =
      !language.approximate.isEmpty
      && language.approximate.contains(joinedKey(index..<best.end))
    return NumberMention(
      firstToken: index, endToken: best.end, suffixEnd: best.end, value: best.value,
      form: .words, isVague: !approximate, isApproximate: approximate)
  }

  /// The atoms of the longest number phrase at `index`: (atoms, end token).
  func phrase(at index: Int, maxTokens: Int = .max) -> ([NumberAtom], Int)? {
    guard index < tokens.count, tokens[index].kind == .word else { return nil }
    var count = 0
    var hash: UInt64 = 0
    // The longest match so far, as one atom: the array is made once, at the end.
    var longest: (NumberAtom, Int)?
    var cursor = index
    while cursor < tokens.count, count < min(language.maxPhraseTokens, maxTokens) {
      if tokens[cursor].punct == CharacterNames.hyphenMinus, count > 0 {
        cursor += 1
        continue
      }
      guard tokens[cursor].kind == .word else { break }
      hash = count == 0 ? tokens[cursor].hash : FigureLanguage.chain(hash, tokens[cursor].hash)
      count += 1
      cursor += 1
      let end = cursor
      // One word: its key compared in place; more: their keys joined, on a hash match only.
      let single = count == 1
      if let atom = single
        ? language.phraseHashes.value(hash, tokens, index)
        : language.phraseHashes.value(hash, key: { joinedKey(index..<end, withoutHyphens: true) })
      {
        longest = (atom, cursor)
      }
      let more =
        single
        ? language.prefixHashes.contains(hash, tokens, index)
        : language.prefixHashes.contains(
          hash, key: { joinedKey(index..<end, withoutHyphens: true) })
      if !more { break }
    }
    if let (atom, end) = longest { return ([atom], end) }
    var best: ([NumberAtom], Int)?
    if best == nil, let found = cliticPhrase(at: index, maxTokens: maxTokens) {
      return (found.atoms, found.end)
    }
    if best == nil, let trie = language.compoundTrie, tokens[index].key.unicodeScalars.count > 3 {
      let word = Array(tokens[index].key.unicodeScalars)
      if let parts = trie.split(word), parts.count > 1 {
        best = (parts.map { language.compoundAtoms[Int($0)] }, index + 1)
      }
    }
    return best
  }

  private func wordNumber(at index: Int) -> NumberMention? {
    // "الحادي عشر": number words after an ordinal word are part of the ordinal.
    if index > 0, !language.guards.ordinalBefore.isEmpty,
      language.guards.ordinalBefore.matches(tokens, at: index - 1)
    {
      return nil
    }
    guard var first = phrase(at: index) else {
      return qualifiedWord(at: index) ?? standaloneFraction(at: index)
        ?? definiteNumber(at: index)
    }
    // "au moins 20", "al menos 20": after these words the minus word is a qualifier's.
    if first.0.first?.role == .negative, index > 0,
      language.negativeVoid.contains(tokens[index - 1].key)
    {
      return nil
    }
    if first.0.count > 1, first.0[0].role == .connector { first.0.removeFirst() }
    if first.0.count == 1, first.0[0].role == .fraction, first.1 > index + 1,
      let shorter = phrase(at: index, maxTokens: 1)
    {
      first = shorter
    }
    if first.0.count == 1,
      [NumberAtom.Role.connector, .over, .decimalPoint].contains(first.0[0].role)
    {
      return nil
    }
    guard let (end, value, composer) = compose(from: (first.0, first.1, false)) else {
      return first.1 == index + 1 ? standaloneFraction(at: index) : nil
    }
    if end < tokens.count, tokens[end].kind == .word, !language.ordinalWords.isEmpty,
      language.ordinalWords.matches(tokens, at: end)
    {
      return nil
    }
    var mention = NumberMention(
      firstToken: index, endToken: end, suffixEnd: end, value: value,
      form: composer.usedDigits ? .mixed : .words)
    mention.procliticScalars = procliticScalars(at: index)
    if end == index + 1, language.articles.contains(tokens, index) {
      mention.isArticle = true
    }
    if end == index + 1, value == .one, index > 0,
      language.pronounBefore.contains(tokens, index - 1)
    {
      return nil
    }
    if end == index + 1, value == .one, end < tokens.count,
      language.partitives.contains(tokens, end)
    {
      return nil
    }
    if composer.hasScale { mention.scale = composer.maxScale }
    if end == index + 1, let part = definiteFraction(at: index) { mention.value = part }
    // "ألفا جندي", "مليونا شخص": a scale's dual before its noun, opening the number.
    if end == index + 1, composer.hasScale, end < tokens.count, tokens[end].kind == .word,
      language.guards.dualScales.contains(tokens, index)
    {
      mention.value = mention.value * ExactNumber(2)
    }
    return mention
  }

  /// `yüzü aşkın`: a word that is a number only right before a qualifier word.
  private func qualifiedWord(at index: Int) -> NumberMention? {
    guard index + 1 < tokens.count, tokens[index + 1].kind == .word,
      let value = language.guards.qualifiedWords.value(tokens[index].hash, tokens, index),
      language.guards.qualifiedNext.matches(tokens, at: index + 1)
    else { return nil }
    return NumberMention(
      firstToken: index, endToken: index + 1, suffixEnd: index + 1, value: value, form: .words)
  }

  /// "more than half", "la mitad de", "треть населения": a lone fraction word.
  private func standaloneFraction(at index: Int) -> NumberMention? {
    guard let part = language.standaloneFractions.value(tokens[index].hash, tokens, index) else {
      return nil
    }
    // "ilk yarısında", "в первую половину": a part of a period, no figure.
    let period = language.guards.fractionPeriod
    if !period.isEmpty,
      (index > 0 && period.matches(tokens, at: index - 1))
        || (index + 1 < tokens.count && period.matches(tokens, at: index + 1))
    {
      return nil
    }
    return NumberMention(
      firstToken: index, endToken: index + 1, suffixEnd: index + 1, value: part, form: .words)
  }

  /// Feeds atoms to a composer from `first` on and returns the longest complete number.
  /// The composer's state at the result is kept as a `Summary`: copying the whole composer
  /// at every atom was a tenth of the number scanner's time.
  func compose(from first: ([NumberAtom], Int, Bool), composer start: NumberComposer = .init())
    -> (Int, ExactNumber, NumberComposer.Summary)?
  {
    var composer = start
    composer.joinsWithConnectorOnly = language.joinsWithConnectorOnly
    var lastGood: (Int, ExactNumber, NumberComposer.Summary)?
    var pendingAtoms: ([NumberAtom], Int, Bool)? = first
    var beforeConnector: (Int, ExactNumber, NumberComposer.Summary)?
    while let (atoms, end, fromDigits) = pendingAtoms {
      var accepted = true
      for atom in atoms where !composer.accept(atom, fromDigits: fromDigits) {
        accepted = false
        break
      }
      if !accepted {
        if composer.splitBeforeJoin { lastGood = beforeConnector }
        break
      }
      if atoms.first?.role == .connector { beforeConnector = lastGood }
      if composer.isComplete { lastGood = (end, composer.value, composer.summary) }
      pendingAtoms = nextAtoms(at: end)
      // "two millionth": a singular large fraction after a number above one is an ordinal.
      if let (next, _, _) = pendingAtoms, let fraction = next.first, fraction.role == .fraction,
        language.ordinalFractions.count > 0 || !language.ordinalWords.isEmpty,
        composer.isComplete, ExactNumber.one < composer.value
      {
        let start = tokens[end].kind == .word ? end : end + 1
        if start < tokens.count,
          language.ordinalFractions.contains(tokens[start].hash, tokens, start)
        {
          break
        }
        // "двадцать пятая", "сорок шестых": a fraction word that is also an ordinal, after a
        // number at least its denominator (a fraction is less than one), ends an ordinal.
        if start < tokens.count, !(composer.value < fraction.value),
          !language.ordinalWords.isEmpty, language.ordinalWords.matches(tokens, at: start)
        {
          break
        }
      }
    }
    return lastGood
  }

  /// The atoms after `cursor` that may continue a number: words, or digits after a connector
  /// or scale word (`4 thousand 3 hundred and 21`).
  private func nextAtoms(at cursor: Int) -> ([NumberAtom], Int, Bool)? {
    guard cursor < tokens.count else { return nil }
    // "2 тыс. 300", "1 млн. 200 тыс.": the full stop of a short scale word inside the number.
    if tokens[cursor].punct == CharacterNames.fullStop, tokens[cursor].gap == 0, cursor > 0,
      cursor + 1 < tokens.count, tokens[cursor + 1].kind == .digits, tokens[cursor + 1].gap > 0,
      tokens[cursor - 1].kind == .word, tokens[cursor - 1].end - tokens[cursor - 1].start <= 4,
      language.phraseHashes.value(tokens[cursor - 1].hash, tokens, cursor - 1)?.role == .scale
    {
      return nextAtoms(at: cursor + 1)
    }
    if tokens[cursor].kind == .punct, tokens[cursor].punct == CharacterNames.hyphenMinus,
      cursor + 1 < tokens.count,
      tokens[cursor + 1].kind == .word, let found = phrase(at: cursor + 1)
    {
      return (found.0, found.1, false)
    }
    if tokens[cursor].kind == .word, let found = phrase(at: cursor) {
      return (found.0, found.1, false)
    }
    // "iki yüzden fazla": a form that is a number word only after another one.
    if tokens[cursor].kind == .word,
      let atom = language.continuations.value(tokens[cursor].hash, tokens, cursor)
    {
      return ([atom], cursor + 1, false)
    }
    // "3 virgül 5", "3 точка 05": the digits after a decimal word are its decimals, one by one.
    if tokens[cursor].kind == .digits, cursor > 0, tokens[cursor - 1].kind == .word,
      language.phraseHashes.value(tokens[cursor - 1].hash, tokens, cursor - 1)?.role
        == .decimalPoint,
      cursor + 1 >= tokens.count || tokens[cursor + 1].kind != .digits
    {
      let digits = tokens[cursor].key.unicodeScalars.compactMap {
        ExactNumber(string: String($0)).map { NumberAtom(role: .value, value: $0) }
      }
      if !digits.isEmpty { return (digits, cursor + 1, false) }
    }
    // Digits after a space, or glued to a connector word (Arabic "3 مليارات و500 مليون").
    if tokens[cursor].kind == .digits, tokens[cursor].spaceBefore || isGluedToConnector(cursor),
      let parsed = plainDigits(at: cursor)
    {
      return ([NumberAtom(role: .value, value: parsed.value)], parsed.end, true)
    }
    return nil
  }

  private func isGluedToConnector(_ cursor: Int) -> Bool {
    guard cursor > 0, tokens[cursor - 1].kind == .word,
      let atom = language.phraseHashes.value(tokens[cursor - 1].hash, tokens, cursor - 1)
    else { return false }
    return atom.role == .connector
  }

  /// Whether a word can start a number word, a vague amount or a compound number.
  private func mayStartNumber(at index: Int) -> Bool {
    let flags = tokens[index].flags
    if flags & FigureToken.flagsKnown != 0 { return flags & FigureToken.mayStartNumber != 0 }
    return language.mayStartNumber(key: tokens[index].key, hash: tokens[index].hash)
  }

  /// The keys of tokens `range` joined by single spaces, as the phrase tables key them
  /// (after `first`, when given; without `-` tokens when `withoutHyphens`): built only when
  /// a table holds the phrase's hash, to compare the key.
  func joinedKey(_ range: Range<Int>, first: String? = nil, withoutHyphens: Bool = false)
    -> String
  {
    var parts: [String] = first.map { [$0] } ?? []
    for index in range where !(withoutHyphens && tokens[index].punct == CharacterNames.hyphenMinus)
    {
      parts.append(tokens[index].key)
    }
    return parts.count == 1 ? parts[0] : parts.joined(separator: " ")
  }

  /// The keys of the words of tokens `range` glued together, as `notFigureAfter` keys them.
  func gluedKey(_ range: Range<Int>) -> String {
    var key = ""
    for index in range where tokens[index].kind == .word { key += tokens[index].key }
    return key
  }

  func topScale(_ value: ExactNumber) -> ExactNumber {
    var scale = ExactNumber.one
    let thousand = ExactNumber(1000)
    while scale * thousand <= value { scale = scale * thousand }
    return scale
  }
}
