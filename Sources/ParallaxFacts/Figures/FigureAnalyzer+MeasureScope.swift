import ParallaxCorpus
import ParallaxText

extension FigureAnalyzer {
  /// How far after the figure a verb-final clause may still give the event (`Dreiundvierzig
  /// Migranten werden nach dem Kentern ihres Bootes vor Lampedusa vermisst`), up to a comma.
  static let eventWordsAfter = 14
  /// How many words before a figure a noun phrase naming the event may start (`Количество
  /// погибших в результате землетрясения достигло 112`).
  static let headWordsBefore = 16
  /// How many words of a head's noun phrase are read (`the number of Israeli soldiers killed`),
  /// after the head toward the figure (`Die Zahl der seit Beginn der Proteste festgenommenen`)
  /// and before it.
  static let headPhraseWords = 6
  static let headPhraseWordsBefore = 3

  /// One word after a figure, with its concepts and its place.
  struct MeasureWord {
    /// The token.
    var index: Int
    /// The word's number among the words after the figure, from 1.
    var word: Int
    /// How many commas lie between the figure and the word.
    var clause: Int
    /// Whether the word is a short function word (`de`, `la`, `of`): at most three letters.
    var short: Bool
    /// What the word names.
    var concepts: [MeasureLexicon.Concept]

    /// Whether the word names a concept of `part`.
    func has(_ part: String) -> Bool { concepts.contains { $0.part == part } }
  }

  /// "Nine Palestinian civilians, three of them children, were killed", "Dreizehn
  /// Blauhelmsoldaten, darunter zwölf Deutsche, wurden … verletzt": when the next figure (at
  /// `opening`) opens an apposition after a comma (and maybe two words), the first event word
  /// in the clause after the comma that closes it, which the head shares.
  func eventAfterApposition(opening: Int, sentence: Int, sentences: [Int])
    -> (index: Int, concepts: [MeasureLexicon.Concept])?
  {
    func isComma(_ index: Int) -> Bool {
      index >= 0 && index < tokens.count && tokens[index].kind == .punct
        && tokens[index].punct == CharacterNames.comma
    }
    // The comma, then at most two words (`darunter`, `among them`) before the next figure.
    var comma = opening - 1
    while comma > 0, opening - comma <= 2, tokens[comma].kind == .word { comma -= 1 }
    guard isComma(comma) else { return nil }
    var cursor = opening + 1
    while cursor < min(tokens.count, opening + 10), sentences[cursor] == sentence,
      !isComma(cursor)
    {
      if tokens[cursor].kind == .punct, FigureAnalyzer.isClauseBreak(punct: tokens[cursor].punct) {
        return nil
      }
      cursor += 1
    }
    guard isComma(cursor) else { return nil }
    var words = 0
    cursor += 1
    while cursor < tokens.count, sentences[cursor] == sentence, words < FigureAnalyzer.wordsAfter,
      !isComma(cursor)
    {
      if tokens[cursor].kind == .word {
        words += 1
        let events = concepts(cursor).filter { $0.part == "event" }
        if !events.isEmpty { return (cursor, events) }
      }
      cursor += 1
    }
    return nil
  }

  /// The words after the figure, up to the next figure, a `;` or the sentence end: every
  /// word of the first `wordsAfter`, then only event words up to `eventWordsAfter`.
  func measureWords(after frame: Frame, limit: Int, frames: [Frame], sentences: [Int])
    -> [MeasureWord]
  {
    let sentence = sentences[frame.mention.firstToken]
    // The next figure ends the words (an article that counts nothing does not: `einem`).
    var next = limit
    while next < frames.count, !isKept(frames[next]) { next += 1 }
    let stop = next < frames.count ? frames[next].quantityStart : tokens.count
    var result: [MeasureWord] = []
    result.reserveCapacity(FigureAnalyzer.wordsAfter + 1)
    var cursor = frame.afterStart
    var words = 0
    var commas = 0
    while cursor < stop, words < FigureAnalyzer.eventWordsAfter {
      let token = tokens[cursor]
      if sentences[cursor] != sentence { break }
      if token.kind == .punct {
        if FigureAnalyzer.isClauseBreak(punct: token.punct) { break }
        if token.punct == CharacterNames.comma || token.punct == CharacterNames.arabicComma {
          // Past the words that may name the counted, a comma ends the verb-final clause.
          if words >= FigureAnalyzer.wordsAfter { break }
          commas += 1
        }
      }
      if token.kind == .word {
        words += 1
        let concepts = concepts(cursor)
        if words > FigureAnalyzer.wordsAfter {
          if concepts.contains(where: { $0.part == "event" }) {
            result.append(
              MeasureWord(
                index: cursor, word: words, clause: commas, short: false,
                concepts: concepts.filter { $0.part == "event" }))
            break
          }
        } else {
          result.append(
            MeasureWord(
              index: cursor, word: words, clause: commas,
              short: token.end - token.start <= 3, concepts: concepts))
        }
      }
      cursor += 1
    }
    if cursor == stop, stop < tokens.count, !result.contains(where: { $0.has("event") }),
      let event = eventAfterApposition(opening: stop, sentence: sentence, sentences: sentences)
    {
      result.append(
        MeasureWord(
          index: event.index, word: words + 1, clause: commas + 2, short: false,
          concepts: event.concepts))
    }
    return result
  }

  /// Assigns what the words after the figure name. The counted is the first counted noun; a
  /// generic one (`погибших`, `morts`) gives way to a specific one right after it, past
  /// affiliations only (`погибших российских военных`). The event is the first event word.
  /// An affiliation counts only where it modifies the counted noun: before it with no event
  /// between (`7 Filistinli sivil`), or after it past counted nouns and short function words
  /// only (`4 صحفيين فرنسيين`, `agentes de la Policía iraquí`), never after the event
  /// (`12 police officers wounded in Iraqi raid`); with no counted noun, an affiliation
  /// among the first two words is a nationality noun and counts people (`9 Suriyeli`).
  func applyAfter(_ words: [MeasureWord], count: Bool, _ measure: inout Measure) {
    // A counted noun past a comma belongs to another clause (`…, informó la Policía`).
    let counted = words.firstIndex {
      $0.has("counted") && $0.word <= FigureAnalyzer.wordsAfter && $0.clause == 0
    }
    if let counted {
      var chosen = counted
      if concept(words[counted], "counted") == Measure.anyone {
        var next = counted + 1
        while next < words.count, words[next].word == words[next - 1].word + 1,
          words[next].clause == words[counted].clause
        {
          if let specific = concept(words[next], "counted"), specific != Measure.anyone {
            chosen = next
            break
          }
          guard words[next].has("affiliation") else { break }
          next += 1
        }
      }
      if measure.counted == nil
        || (chosen != counted && measure.counted?.concept == Measure.anyone)
      {
        measure.counted = part(words[chosen], "counted")
      }
    }
    if measure.event == nil, let event = words.first(where: { $0.has("event") }) {
      measure.event = part(event, "event")
    }
    guard measure.affiliation == nil else { return }
    for (position, word) in words.enumerated() where word.has("affiliation") && word.clause == 0 {
      if let counted {
        // One word for both (`Bundeswehrsoldaten`).
        if position == counted {
          measure.affiliation = part(word, "affiliation")
          return
        }
        if position < counted {
          let between = words[position..<counted]
          if !between.contains(where: { $0.has("event") }), word.clause == words[counted].clause {
            measure.affiliation = part(word, "affiliation")
            return
          }
          continue
        }
        if inNounPhrase(words, from: counted, to: position)
          || inRanks(words, from: counted, to: position)
        {
          measure.affiliation = part(word, "affiliation")
          return
        }
        continue
      }
      guard count, word.word <= 2, word.clause == 0 else { break }
      if words[..<position].contains(where: { $0.has("event") }) { break }
      measure.affiliation = part(word, "affiliation")
      if measure.counted == nil {
        measure.counted = Measure.Part(
          concept: Measure.anyone,
          range: TextRange(tokens[word.index].start, tokens[word.index].end))
      }
      return
    }
  }

  /// Whether the words from the counted noun at `from` to the word at `to` are one noun
  /// phrase: consecutive, in one clause, each a counted noun, an affiliation or a short word.
  private func inNounPhrase(_ words: [MeasureWord], from: Int, to: Int) -> Bool {
    guard to > from, words[to].clause == words[from].clause else { return false }
    var previous = words[from].word
    for position in (from + 1)...to {
      let word = words[position]
      // A word without concepts was listed too: a gap in the numbering is not possible
      // among the first words, so consecutive numbering holds.
      guard word.word == previous + 1 else { return false }
      previous = word.word
      // The affiliation follows a counted noun or another affiliation (`agentes de la
      // Policía iraquí`, `4 صحفيين فرنسيين`), not any word (`9 مدنيين في قصف إسرائيلي`).
      if position == to {
        let before = words[position - 1]
        return before.word == word.word - 1 && (before.has("counted") || before.has("affiliation"))
      }
      if word.has("event") { return false }
      if !(word.has("counted") || word.has("affiliation") || word.short) { return false }
    }
    return true
  }

  /// Whether the words from the counted noun at `from` to the affiliation at `to` say whose
  /// ranks the counted were in (`22 morts jeudi dans les rangs des forces turques`): a
  /// `ranks` word between them, no event word, one clause.
  private func inRanks(_ words: [MeasureWord], from: Int, to: Int) -> Bool {
    guard to > from + 1, words[to].clause == words[from].clause else { return false }
    let between = words[(from + 1)..<to]
    return !between.contains { $0.has("event") }
      && between.contains { language.measures.ranks.contains(tokens[$0.index].key) }
  }

  /// The concept id of `part` a word names.
  private func concept(_ word: MeasureWord, _ part: String) -> String? {
    word.concepts.first { $0.part == part }?.id
  }

  /// The measure part of `part` a word names, with its range.
  private func part(_ word: MeasureWord, _ part: String) -> Measure.Part? {
    guard let id = concept(word, part) else { return nil }
    return Measure.Part(
      concept: id, range: TextRange(tokens[word.index].start, tokens[word.index].end))
  }

  /// Fills the parts still unknown from a noun phrase that names the event around a head
  /// (`countHead` in the measures data: число, sayısı, عدد, the number of, le nombre de,
  /// die Zahl der, among): before the figure in its clause (`Число погибших … достигло 112`,
  /// `hayatını kaybedenlerin sayısı 418'e çıktı`), or right after it (`sitúa en 1,7 millones
  /// el número de desplazados`). The words after the head are read first, then those
  /// before it (Turkish puts the noun phrase first). Returns whether a head was found and the
  /// event is known: the event's noun is then what is counted (`the number of missing`).
  func applyCountHead(
    before start: Int, after frame: Frame, sentences: [Int], _ measure: inout Measure
  ) -> Bool {
    let heads = language.measures
    guard heads.hasCountHeads,
      measure.event == nil || measure.counted == nil || measure.counted?.concept == Measure.anyone
    else {
      return false
    }
    let sentence = sentences[frame.mention.firstToken]
    var head: Int?
    var kind = MeasureLexicon.CountHead.noun
    var cursor = start - 1
    var words = 0
    while cursor >= 0, words < FigureAnalyzer.headWordsBefore, sentences[cursor] == sentence {
      let token = tokens[cursor]
      if token.kind == .punct,
        FigureAnalyzer.isClauseBreak(punct: token.punct) || token.punct == CharacterNames.comma
          || token.punct == CharacterNames.arabicComma
      {
        break
      }
      if token.kind == .word {
        words += 1
        if let found = heads.countHead(token.key) {
          head = cursor
          kind = found
          break
        }
      }
      cursor -= 1
    }
    if head == nil {
      cursor = frame.afterStart
      words = 0
      while cursor < tokens.count, words < 3, sentences[cursor] == sentence,
        tokens[cursor].kind != .punct
      {
        if tokens[cursor].kind == .word {
          words += 1
          if let found = heads.countHead(tokens[cursor].key) {
            head = cursor
            kind = found
            break
          }
        }
        cursor += 1
      }
    }
    guard let head else { return false }
    // The phrase ends at the figure (a head before it) and at punctuation other than an
    // elision's apostrophe (`le nombre d'enfants`).
    let end = head < start ? start : tokens.count
    for step in kind == .among ? [1] : [1, -1] {
      var index = head + step
      var read = 0
      // "Les blessés, au nombre de 14", "the wounded, numbering 14": an appositive head
      // (only short words between it and a comma) counts the noun phrase before the comma.
      var appositive = step == -1
      var pastComma = false
      // Past a place or disaster noun, a nationality says where (`ضحايا زلزال تركيا`).
      var pastPlace = false
      let most = step == 1 ? FigureAnalyzer.headPhraseWords : FigureAnalyzer.headPhraseWordsBefore
      while index >= 0, index < end, read < most,
        sentences[index] == sentence
      {
        let token = tokens[index]
        if token.kind == .word {
          read += 1
          if token.end - token.start > 3 { appositive = false }
          if pastComma {
            // The noun phrase before an appositive head is what the figure counts, whatever
            // the verb after it (`Les blessés, au nombre de 14, ont été évacués`).
            for concept in concepts(index)
            where concept.part == "event" || concept.part == "counted" {
              if concept.part == "event" { measure.event = nil } else { measure.counted = nil }
            }
            pastComma = false
          }
          let found = concepts(index)
          assignSpecific(
            pastPlace ? found.filter { $0.part != "affiliation" } : found, index, &measure)
          if step == 1, heads.isPlaceHead(token.key) { pastPlace = true }
        } else if appositive,
          token.punct == CharacterNames.comma || token.punct == CharacterNames.arabicComma
        {
          appositive = false
          pastComma = true
          read = 0
        } else if token.kind != .punct || token.punct != CharacterNames.apostrophe {
          break
        }
        index += step
      }
    }
    return measure.event != nil
  }

  /// `assign`, except that a specific counted noun in a head's phrase replaces the `people`
  /// an event noun implies (`La cifra de soldados muertos`: soldiers, not people).
  func assignSpecific(
    _ concepts: [MeasureLexicon.Concept], _ index: Int, _ measure: inout Measure
  ) {
    if measure.counted?.concept == Measure.anyone,
      concepts.contains(where: { $0.part == "counted" && $0.id != Measure.anyone })
    {
      measure.counted = nil
    }
    assign(concepts, index, &measure)
  }
}
