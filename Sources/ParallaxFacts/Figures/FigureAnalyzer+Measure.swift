import ParallaxCorpus
import ParallaxText

extension FigureAnalyzer {
  /// The status of the sentence read last, and its clause of earlier figures
  /// (`applyClauseStatus`).
  typealias StatusCache = (
    sentence: Int, status: Figure.Status, earlier: Range<Int>?, opening: Int?
  )

  /// How many words after a figure may name what it counts, and before it the event.
  static let wordsAfter = 8
  static let wordsBefore = 3

  /// Event × counted × affiliation from the words after the figure (up to the next figure or
  /// the end of its clause) and the event from the words just before it, in its clause:
  /// the sentence (`sentences`, the sentence number of each token) up to a `,` before the
  /// figure, a `;` on either side (`isClauseBreak`). An event word right before the figure
  /// (`killed 22`) wins over one after it; else the first event after it does (`on dört
  /// kişi de yaralandı`). An affiliation counts only where it modifies the counted noun
  /// (`applyAfter`). A noun phrase that names the event (`число погибших`, `ölü sayısı`,
  /// `عدد الجرحى`) gives what the figure it introduces counts (`applyCountHead`).
  func measure(
    after frame: Frame, before start: Int, limit: Int, frames: [Frame], sentences: [Int]
  ) -> Measure? {
    let sentence = sentences[frame.mention.firstToken]
    var measure = Measure()
    // A dual noun is its own number (قتيلان, two dead).
    for index in frame.mention.firstToken..<frame.mention.endToken
    where tokens[index].kind == .word {
      assign(concepts(index), index, &measure)
    }
    var cursor = start - 1
    var words = 0
    var fallback: ([MeasureLexicon.Concept], Int)?
    var beforeEvent: (concepts: [MeasureLexicon.Concept], index: Int, adjacent: Bool)?
    while cursor >= 0, words < FigureAnalyzer.wordsBefore, beforeEvent == nil {
      let kind = tokens[cursor].kind
      let punct = tokens[cursor].punct
      if sentences[cursor] != sentence { break }
      if kind == .punct,
        FigureAnalyzer.isClauseBreak(punct: punct) || punct == CharacterNames.comma
          || punct == CharacterNames.arabicComma
      {
        break
      }
      if kind == .digits { break }
      if kind == .word {
        words += 1
        // Before the number only verbs count (`killed 22`), not nouns (`morts et 22`),
        // unless nothing follows (`Число погибших выросло с 22 до 33`).
        // A participle that is also a noun (`han muerto 56`) is a verb right before it.
        let concepts = concepts(cursor)
        let events = concepts.filter { $0.part == "event" }
        if !concepts.contains(where: { $0.part == "counted" }) {
          if !events.isEmpty { beforeEvent = (events, cursor, words == 1) }
        } else {
          if words == 1, !events.isEmpty { beforeEvent = (events, cursor, true) }
          // `la mort de 27 personnes`: a noun naming the event, joined to the figure by a
          // preposition, gives its event (not what it counts) when no word after it does.
          if words == 2, !events.isEmpty, tokens[start - 1].kind == .word,
            language.measures.eventOf.contains(tokens, start - 1)
          {
            beforeEvent = (events, cursor, false)
          }
          if fallback == nil { fallback = (concepts, cursor) }
        }
      }
      cursor -= 1
    }
    if let beforeEvent, beforeEvent.adjacent {
      assign(beforeEvent.concepts, beforeEvent.index, &measure)
    }
    let after = measureWords(after: frame, limit: limit, frames: frames, sentences: sentences)
    // "put the number of Turkish soldiers killed at 34": the noun before the event counts,
    // unless one follows the figure (`detuvo a 23 personas`).
    if measure.counted == nil, start > 0, tokens[start - 1].kind == .word,
      !after.contains(where: { $0.word <= 2 && $0.has("counted") }),
      language.measures.countedBefore.contains(tokens, start - 1),
      let (found, index) = fallback ?? countedNoun(before: start - 1)
    {
      assign(found, index, &measure)
      // "der verletzten Polizisten auf 12": the participle before the noun is the event.
      if measure.event == nil, index > 0, tokens[index - 1].kind == .word {
        assign(concepts(index - 1).filter { $0.part == "event" }, index - 1, &measure)
      }
    }
    applyAfter(after, count: frame.kind == .count, &measure)
    // "Arrests topped 1,100", "Las detenciones superaron las 150": a noun that names the event
    // right before the figure's qualifier also names what it counts, when nothing after does.
    if measure.counted == nil, frame.kind == .count, let fallback, let beforeEvent,
      beforeEvent.adjacent, beforeEvent.index == fallback.1, start < frame.quantityStart
    {
      assign(fallback.0.filter { $0.part == "counted" }, fallback.1, &measure)
    }
    applyMemberGroup(after, before: start, sentences: sentences, &measure)
    if measure.event == nil, measure.counted == nil, frame.kind == .count,
      let (concepts, index) = fallback
    {
      assign(concepts, index, &measure)
    }
    if measure.event == nil, let beforeEvent {
      assign(beforeEvent.concepts, beforeEvent.index, &measure)
    }
    if frame.kind == .count {
      // From the number itself: a change's template may start before its noun phrase
      // (`ارتفعت حصيلة القتلى من 19 إلى 27`).
      var nominal = applyCountHead(
        before: frame.quantityStart, after: frame, sentences: sentences, &measure)
      // A two-number template after its head, with a comma inside it (`Şehit sayısı gece
      // saatlerinde önce 29'a, ardından 33'e yükseldi`): the head stands before the template.
      if !nominal, start < frame.quantityStart, measure.event == nil {
        nominal = applyCountHead(before: start, after: frame, sentences: sentences, &measure)
      }
      // `160 missing`, `Los 64 evacuados`: an event word right after the figure is its noun.
      if let first = after.first, first.word == 1, let event = measure.event,
        event.range.start == tokens[first.index].start
      {
        nominal = true
      }
      if nominal, measure.counted == nil, let event = measure.event {
        measure.counted = Measure.Part(concept: Measure.anyone, range: event.range)
      }
    }
    return measure.isEmpty ? nil : measure
  }

  /// The nearest counted noun among the few words before `index`, in the same clause.
  private func countedNoun(before index: Int) -> ([MeasureLexicon.Concept], Int)? {
    var cursor = index - 1
    var words = 0
    while cursor >= 0, words < FigureAnalyzer.wordsBefore {
      if tokens[cursor].kind == .punct || tokens[cursor].kind == .digits { return nil }
      if tokens[cursor].kind == .word {
        words += 1
        let concepts = concepts(cursor)
        if concepts.contains(where: { $0.part == "counted" }) { return (concepts, cursor) }
      }
      cursor -= 1
    }
    return nil
  }

  func assign(_ concepts: [MeasureLexicon.Concept], _ index: Int, _ measure: inout Measure) {
    let where_ = TextRange(tokens[index].start, tokens[index].end)
    for concept in concepts {
      let part = Measure.Part(concept: concept.id, range: where_)
      switch concept.part {
      case "event": if measure.event == nil { measure.event = part }
      case "counted": if measure.counted == nil { measure.counted = part }
      case "affiliation": if measure.affiliation == nil { measure.affiliation = part }
      default: break
      }
    }
  }

  /// Whether a punctuation token's scalar (`FigureToken.punct`) ends a clause inside a
  /// sentence for the measure's words: `;` or `؛` (a sentence end is the splitter's).
  static func isClauseBreak(punct: UInt32) -> Bool {
    punct == CharacterNames.semicolon || punct == CharacterNames.arabicSemicolon
  }

  /// The sentence number of every token (and one past the last), from `sentences`.
  func sentenceIndex() -> [Int] {
    var result = [Int](repeating: 0, count: tokens.count + 1)
    var last = 0
    for (number, sentence) in sentences.enumerated() {
      for index in sentence.tokens where index < tokens.count { result[index] = number }
      last = number
    }
    result[tokens.count] = last
    return result
  }

  /// Whether a denial or hedge cue may start at token `index` (from the word's memoised
  /// reading when it has one).
  private func mayStartStatusCue(_ index: Int) -> Bool {
    let flags = tokens[index].flags
    if flags & FigureToken.flagsKnown != 0 { return flags & FigureToken.statusCue != 0 }
    return language.mayStartStatusCue(tokens[index].hash, key: tokens[index].key)
  }

  /// Marks a figure denied, earlier, hedged or cumulative (`since`) when its sentence holds
  /// such a cue (in that order of precedence), or denied when the next sentence denies it
  /// by pointing back (`Der Fonds wies dies zurück`); `cache` holds the
  /// status of the sentence read last, and the tokens of its clause (between `;`) that holds
  /// a time word and a pluperfect auxiliary: a figure there (at `token`) is an earlier one.
  func applyClauseStatus(
    _ figure: inout Figure, sentence: Int, token: Int, _ cache: inout StatusCache?,
    _ sentences: [Int]
  ) {
    guard figure.status == .plain else { return }
    if let known = cache, known.sentence == sentence {
      figure.status = Self.status(
        known.status, token: token, earlier: known.earlier, opening: known.opening)
      return
    }
    var status = Figure.Status.plain
    var earlierClause: Range<Int>?
    // Where an earlier-count phrase opens (`an earlier toll of`), when no other earlier cue
    // stands in the sentence: only the figures after it are earlier ones.
    var opening: Int?
    var earlierAnywhere = false
    if !language.denied.isEmpty || !language.hedged.isEmpty || !language.earlier.isEmpty
      || !language.earlierOpening.isEmpty
      || !language.cumulativeClause.isEmpty || !language.hedgedUnreported.isEmpty
    {
      var low = 0
      var high = tokens.count
      while low < high {
        let middle = (low + high) / 2
        if sentences[middle] < sentence { low = middle + 1 } else { high = middle }
      }
      var index = low
      let prefixes =
        language.denied.hasPrefixes || language.hedged.hasPrefixes
        || language.earlier.hasPrefixes || language.earlierOpening.hasPrefixes
        || language.cumulativeClause.hasPrefixes
        || language.hedgedUnreported.hasPrefixes || language.reportVerbs.hasPrefixes
        || language.earlierPluperfect.hasPrefixes || language.pluperfect.hasPrefixes
      var running = false
      // A time word and a pluperfect auxiliary in one clause: its figures are earlier ones.
      var pastTime = false
      var pastAuxiliary = false
      var clauseStart = index
      func closeClause(at end: Int) {
        if pastTime, pastAuxiliary, earlierClause == nil { earlierClause = clauseStart..<end }
        (pastTime, pastAuxiliary, clauseStart) = (false, false, end)
      }
      var unreported = false
      var reported = false
      while index < tokens.count, sentences[index] == sentence {
        if tokens[index].kind == .word, prefixes || mayStartStatusCue(index) {
          // `conteste ces chiffres : selon l'organisation, 24 …` denies what came before.
          if !language.deniedBefore.matches(tokens, at: index),
            language.denied.matches(tokens, at: index)
          {
            status = .denied
            break
          }
          if !earlierAnywhere, language.earlier.matches(tokens, at: index) {
            status = .earlier
            earlierAnywhere = true
          } else if opening == nil, language.earlierOpening.matches(tokens, at: index) {
            status = .earlier
            opening = index
          } else if status == .plain, language.hedged.matches(tokens, at: index) {
            status = .hedged
          } else if !running, language.cumulativeClause.matches(tokens, at: index) {
            running = true
          } else if !unreported, language.hedgedUnreported.matches(tokens, at: index) {
            unreported = true
          } else if !reported, language.reportVerbs.matches(tokens, at: index) {
            reported = true
          }
          if !pastTime, language.earlierPluperfect.matches(tokens, at: index) { pastTime = true }
          if !pastAuxiliary, language.pluperfect.matches(tokens, at: index) {
            pastAuxiliary = true
          }
        } else if tokens[index].kind == .punct,
          FigureAnalyzer.isClauseBreak(punct: tokens[index].punct)
        {
          closeClause(at: index)
        }
        index += 1
      }
      closeClause(at: index)
      if status == .plain, unreported, !reported { status = .hedged }
      if status == .plain, running { status = .cumulative }
      if status != .denied, deniedInNextSentence(after: sentence, from: index, sentences) {
        status = .denied
      }
      if status == .denied { earlierClause = nil }
    }
    if earlierAnywhere || status != .earlier { opening = nil }
    cache = (sentence, status, earlierClause, opening)
    figure.status = Self.status(status, token: token, earlier: earlierClause, opening: opening)
  }

  /// The standing of the figure at `token` in a sentence of standing `status`: earlier in
  /// the pluperfect clause `earlier`; before an earlier-count phrase opening at `opening`,
  /// plain (the count the sentence gives now, before the one it supersedes).
  static func status(
    _ status: Figure.Status, token: Int, earlier: Range<Int>?, opening: Int?
  ) -> Figure.Status {
    if earlier?.contains(token) == true { return .earlier }
    if let opening, token < opening { return .plain }
    return status
  }

  /// Whether the sentence after `sentence` opens with, or holds, a denial that points back
  /// at it (`Der Fonds wies dies … zurück`, `В фонде эту информацию опровергли`, `Fon, bu
  /// haberleri yalanladı`); `index` is a token at or before that sentence's start.
  private func deniedInNextSentence(after sentence: Int, from index: Int, _ sentences: [Int])
    -> Bool
  {
    guard !language.deniedAfter.isEmpty else { return false }
    var index = index
    while index < tokens.count, sentences[index] <= sentence { index += 1 }
    while index < tokens.count, sentences[index] == sentence + 1 {
      if tokens[index].kind == .word, language.deniedAfter.matches(tokens, at: index) {
        return true
      }
      index += 1
    }
    return false
  }
}
