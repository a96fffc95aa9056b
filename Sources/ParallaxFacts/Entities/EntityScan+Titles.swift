import ParallaxCorpus
import ParallaxText

/// Titles with a complement before the name: `el ministro del Interior, Süleyman Soylu`,
/// `Губернатор Белгородской области Вячеслав Гладков`, `وزير الصحة اللبناني فراس الأبيض`.
extension EntityScan {
  /// The most tokens a title's complement holds.
  static let complementLimit = 7

  /// After a title ending at `start`: where its complement ends (at the comma before the
  /// name, or at the name) and, in a script without capitals, the name itself; `nil` when
  /// no complement leads to a name of two words or more.
  func titleComplement(after start: Int) -> (title: Int, name: Range<Int>?)? {
    guard start < end else { return nil }
    if !lexicon.hasCapitals { return uncasedComplement(after: start) }
    var index = start
    var loose = 0
    var afterKnown = false
    while index < end, index - start <= Self.complementLimit {
      let token = tokens[index]
      if taken[index] { return nil }
      if token.is(",") {
        guard index > start, personNameEnd(at: index + 1) != nil else { return nil }
        return (index, nil)
      }
      if token.kind == .punctuation {
        guard token.isAny(Self.joiners) else { return nil }
        index += 1
        continue
      }
      guard token.kind == .word else { return nil }
      if paragraph.has(index, TokenBits.name),
        let known = names.match(tokens, keys, at: index, limit: min(end, index + 12))
      {
        guard known.name.kind != .person else { return nil }
        index = known.end
        afterKnown = true
        continue
      }
      if token.isCapitalized {
        // "Polizeipräsidentin Barbara Slowik sagte im RBB-Inforadio": a name right after the
        // title is the titled person; no complement.
        if index == start, !token.isAllCaps, personNameEnd(at: index) != nil { return nil }
        // The name follows a known place or a lowercase word, not a capital of its own run
        // ("Fonds Al-Waha Capital").
        let opens =
          afterKnown || (tokens[index - 1].kind == .word && !tokens[index - 1].isCapitalized)
        if index > start, opens, let run = personNameEnd(at: index) {
          // "el jefe de la Policía Local de Gandía, Luis Ferri": a run that a connector
          // carries on to more capitals is an organization or place of the complement.
          if run + 1 < end, isIn(run, TokenBits.entityConnectors),
            tokens[run + 1].isCapitalized
              || (run + 2 < end && isIn(run + 1, TokenBits.functionWords)
                && tokens[run + 2].isCapitalized)
          {
            index = run
            continue
          }
          // "der Gouverneur der Provinz Adana, Ahmet Kaya": a name set off by a comma after
          // the run is the person; the run is the title's complement.
          guard run < end, tokens[run].is(","), personNameEnd(at: run + 1) != nil else {
            return (index, nil)
          }
          return (run, nil)
        }
        // "Глава МЧС Александр Куренков": an acronym names an organization, like a known one.
        afterKnown = token.isAllCaps && token.scalarCount > 1
        index += 1
        continue
      }
      afterKnown = false
      if !isIn(index, TokenBits.entityConnectors), !isIn(index, TokenBits.elisions),
        !isIn(index, TokenBits.functionWords)
      {
        loose += 1
        if loose > 2 { return nil }
      }
      index += 1
    }
    return nil
  }

  /// The end of a person's name of two to four capitalized words starting at `index` that
  /// ends the phrase (a boundary, a lowercase word or the sentence end follows).
  private func personNameEnd(at index: Int) -> Int? {
    var last = index
    var words = 0
    while last < end, words < 4 {
      // "François-Xavier Lauch": a hyphen between capitalized words joins a first name.
      if words > 0, tokens[last].is("-"), !tokens[last].spaceBefore, last + 1 < end,
        !tokens[last + 1].spaceBefore, tokens[last + 1].kind == .word,
        tokens[last + 1].isCapitalized
      {
        last += 1
        continue
      }
      guard tokens[last].kind == .word, tokens[last].isCapitalized, !taken[last],
        !isIn(last, TokenBits.functionWords)
      else { break }
      if last > index, tokens[last].isAllCaps { break }
      // "der Provinz Hatay": a known place or organization is no part of a person's name.
      if paragraph.has(last, TokenBits.name),
        let known = names.match(tokens, keys, at: last, limit: min(end, last + 12)),
        known.name.kind != .person
      {
        return nil
      }
      last += 1
      words += 1
    }
    guard words >= 2,
      last == end || tokens[last].kind == .punctuation || !tokens[last].isCapitalized
    else { return nil }
    return last
  }

  /// Arabic: the complement's words carry a prefix (`الداخلية التركي`); the name is the
  /// next words without it, the last of which may carry it (`فراس الأبيض`), two or three.
  /// A complement may open with a noun in the construct state, without the prefix, before
  /// one with it (`قائد شرطة الأنبار`); a bare title (`[bare-titles]`: ranks, `اللواء عادل …`,
  /// `القبطان …`) may take the name right after it.
  private func uncasedComplement(after start: Int) -> (title: Int, name: Range<Int>?)? {
    guard !lexicon.complementPrefixes.isEmpty else { return nil }
    var index = start
    let bare = start > 0 && isBareTitle(start - 1)
    if !bare, index + 1 < end, tokens[index].kind == .word, tokens[index + 1].kind == .word,
      !taken[index], !hasComplementPrefix(index), hasComplementPrefix(index + 1),
      !isIn(index, TokenBits.functionWords), !paragraph.has(index, TokenBits.title),
      !paragraph.has(index, TokenBits.name)
    {
      index += 1
    }
    while index < end, index - start < Self.complementLimit, tokens[index].kind == .word,
      !taken[index]
    {
      if paragraph.has(index, TokenBits.name),
        let known = names.match(tokens, keys, at: index, limit: min(end, index + 12))
      {
        // "المتحدث باسم الدفاع المدني في غزة محمود بصل": a known place or organization after
        // a preposition belongs to the complement; any other known name ends the title.
        guard known.name.kind != .person, index > start, isIn(index - 1, TokenBits.functionWords)
        else { return nil }
        index = known.end
        continue
      }
      // "المتحدث باسم وزارة الصحة أشرف القدرة": after a preposition, a noun in the construct
      // state before a definite word belongs to the complement too.
      if index > start, isIn(index - 1, TokenBits.functionWords), index + 2 < end,
        tokens[index + 1].kind == .word, !hasComplementPrefix(index),
        hasComplementPrefix(index + 1), !isIn(index, TokenBits.functionWords)
      {
        index += 2
        continue
      }
      guard hasComplementPrefix(index) || isIn(index, TokenBits.functionWords) else { break }
      index += 1
    }
    if index == start, !bare, let place = placeAfterPlaceNoun(at: start) { index = place }
    guard index > start || bare else { return nil }
    // "وزير المالية في مقابلة تلفزيونية": words right after a preposition name no person.
    if index > start, isIn(index - 1, TokenBits.functionWords) { return nil }
    var last = index
    while last < end, last - index < 3, tokens[last].kind == .word, !taken[last],
      !isIn(last, TokenBits.functionWords), !paragraph.has(last, TokenBits.title),
      !hasPrefix(last, lexicon.nameStopPrefixes)
    {
      if paragraph.has(last, TokenBits.name),
        names.match(tokens, keys, at: last, limit: min(end, last + 12)) != nil
      {
        return nil
      }
      last += 1
      if hasComplementPrefix(last - 1) { break }
    }
    guard last - index >= 2, !hasComplementPrefix(index) else { return nil }
    return (index, index..<last)
  }

  /// "بولاية قزل قايا … والي قزل قايا ليفنت قره صو": where the words at `start` stop
  /// repeating those after a territory noun of the paragraph (`[place-nouns]`, also after a
  /// clitic): a place named before is the title's complement, the name follows it. `nil`
  /// when no such place starts there or nothing follows it.
  private func placeAfterPlaceNoun(at start: Int) -> Int? {
    guard !lexicon.placeNouns.isEmpty else { return nil }
    var best = start
    for noun in paragraph.tokens.indices where noun + 1 < paragraph.tokens.count {
      let key = keys[noun]
      guard tokens[noun].kind == .word,
        lexicon.placeNouns.contains(key)
          || lexicon.clitics.contains(where: {
            key.hasBytePrefix($0) && lexicon.placeNouns.contains(String(key.dropFirst($0.count)))
          })
      else { continue }
      var length = 0
      while start + length < end, noun + 1 + length < paragraph.tokens.count,
        noun + 1 + length != start, tokens[start + length].kind == .word,
        keys[noun + 1 + length] == keys[start + length], !hasComplementPrefix(start + length)
      {
        length += 1
      }
      best = max(best, start + length)
    }
    // Two words at least must be left for the name.
    guard best > start, best + 2 <= end, tokens[best].kind == .word, tokens[best + 1].kind == .word
    else { return nil }
    return best
  }

  /// Whether the word at `index` is a bare title (`اللواء`, `واللواء`).
  private func isBareTitle(_ index: Int) -> Bool {
    guard !lexicon.bareTitles.isEmpty else { return false }
    let word = keys[index]
    if lexicon.bareTitles.contains(word) { return true }
    return lexicon.clitics.contains {
      word.hasBytePrefix($0) && lexicon.bareTitles.contains(String(word.dropFirst($0.count)))
    }
  }

  private func hasComplementPrefix(_ index: Int) -> Bool {
    hasPrefix(index, lexicon.complementPrefixes)
  }

  /// Whether the word at `index` starts with one of `prefixes` and goes on past it.
  private func hasPrefix(_ index: Int, _ prefixes: [String]) -> Bool {
    let word = keys[index]
    return prefixes.contains {
      word.hasBytePrefix($0) && word.utf8.count > $0.utf8.count + 2
    }
  }

  /// A person named after a title and its complement (Arabic, found without capitals).
  mutating func emitTitledName(_ name: Range<Int>, title: Range<Int>) {
    let text = paragraph.text(name)
    var entity = Entity(
      range: paragraph.textRange(name), text: text, kind: .person, key: EntityKey(name: text),
      evidence: .title)
    entity.title = paragraph.text(title)
    entity.titleRange = paragraph.textRange(title)
    result.append(entity)
  }
}
