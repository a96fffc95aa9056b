import ParallaxText

/// Words that carry a glued conjunction, preposition or article before a number (Arabic
/// `وخمسة`, `بثلاثة آلاف`, `الأطفال الخمسة`): read as numbers, with the clitic outside the
/// number's span.
extension NumberScanner {
  /// "الأطفال الخمسة": a number word with the article after a definite noun; the article
  /// stays outside the number.
  func definiteNumber(at index: Int) -> NumberMention? {
    guard index > 0, tokens[index - 1].kind == .word,
      let value = language.definiteNumbers.value(tokens[index].hash, tokens, index)
    else { return nil }
    let key = tokens[index].key
    let before = tokens[index - 1].key
    guard
      let article = language.context.definiteArticles.first(where: {
        key.hasPrefix($0) && before.hasPrefix($0)
      })
    else { return nil }
    var mention = NumberMention(
      firstToken: index, endToken: index + 1, suffixEnd: index + 1, value: value, form: .words)
    mention.procliticScalars = leadingScalars(of: index, letters: article.unicodeScalars.count)
    return mention
  }

  /// A number phrase whose first word carries a glued conjunction or clitic (Arabic
  /// `وستة عشر`, `بألفين`): the conjunction becomes a connector, a clitic is dropped.
  func cliticPhrase(at index: Int, maxTokens: Int)
    -> (atoms: [NumberAtom], end: Int, prefix: Int)?
  {
    let conjunctions = language.conjunctionPrefixes
    let clitics = language.numberClitics
    // Most languages have neither: no key copy, no list built.
    guard !conjunctions.isEmpty || !clitics.isEmpty else { return nil }
    let key = tokens[index].key
    for position in 0..<(conjunctions.count + clitics.count) {
      let isConjunction = position < conjunctions.count
      let prefix = isConjunction ? conjunctions[position] : clitics[position - conjunctions.count]
      guard key.hasBytePrefix(prefix) else { continue }
      let rest = String(key.dropFirst(prefix.count))
      guard rest.unicodeScalars.count > 1 else { continue }
      // "بملايين الدولارات": a clitic before a vague plural leaves it vague.
      if language.vagueHashes[FigureView.hash(rest), key: rest] != nil { continue }
      var hash = FigureView.hash(rest)
      var best: (NumberAtom, Int)?
      if let atom = language.phraseHashes[hash, key: rest] { best = (atom, index + 1) }
      var cursor = index + 1
      var count = 1
      while language.prefixHashes.contains(
        hash, key: { [cursor] in joinedKey(index + 1..<cursor, first: rest) }),
        cursor < tokens.count, count < maxTokens, tokens[cursor].kind == .word
      {
        hash = FigureLanguage.chain(hash, tokens[cursor].hash)
        cursor += 1
        count += 1
        let end = cursor
        if let atom = language.phraseHashes.value(
          hash, key: { joinedKey(index + 1..<end, first: rest) })
        {
          best = (atom, cursor)
        }
      }
      guard let (atom, end) = best,
        [.value, .scale, .fraction, .hundred, .multiplier].contains(atom.role)
      else { continue }
      let length = prefix.unicodeScalars.count
      if isConjunction {
        return ([NumberAtom(role: .connector, value: ExactNumber(3)), atom], end, length)
      }
      return ([atom], end, length)
    }
    return nil
  }

  /// The scalars of the text that a glued conjunction or clitic takes at the start of the
  /// number word at `index` (`بـ` of `بـثلاثة`, with its tatweel and marks), which stay
  /// outside the number's span; 0 when the word itself opens a number.
  func procliticScalars(at index: Int) -> Int {
    let token = tokens[index]
    guard !language.conjunctionPrefixes.isEmpty || !language.numberClitics.isEmpty,
      language.phraseHashes.value(token.hash, tokens, index) == nil,
      !language.prefixHashes.contains(token.hash, tokens, index),
      let found = cliticPhrase(at: index, maxTokens: .max)
    else { return 0 }
    return leadingScalars(of: index, letters: found.prefix)
  }

  /// The scalars of the text that the first `letters` letters of token `index`'s key take,
  /// with the marks and tatweel glued after them (the key drops those:
  /// `TextFolding.letterVariant`); 0 when they would take the whole token.
  func leadingScalars(of index: Int, letters count: Int) -> Int {
    let token = tokens[index]
    var cursor = token.start
    var letters = 0
    while cursor < token.end, letters < count {
      if TextFolding.letterVariant(scalars[cursor]) != nil { letters += 1 }
      cursor += 1
    }
    while cursor < token.end, TextFolding.letterVariant(scalars[cursor]) == nil { cursor += 1 }
    return cursor < token.end ? cursor - token.start : 0
  }
}
