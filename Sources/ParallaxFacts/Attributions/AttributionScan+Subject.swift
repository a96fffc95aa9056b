import ParallaxCorpus
import ParallaxText

/// Around a speech verb: where its subject starts and its clause ends, appositions and names,
/// a relative clause on a figure, the medium it spoke through, the agent of a participle.
extension AttributionScan {
  /// The subject between the two parts of a verb in two parts (`hatten … gesprochen`), when
  /// a noun phrase opens the gap.
  func subjectInsideGap(_ cue: Range<Int>) -> Range<Int>? {
    guard
      let head = lexicon.gappedVerbs.longestMatch(
        in: keys, from: cue.lowerBound, limit: cue.upperBound),
      head.end < cue.upperBound
    else { return nil }
    var subject = phrase(after: head.end, limit: cue.upperBound - head.end)
    while !subject.isEmpty, isIn(subject.upperBound - 1, TokenBits.phraseContinuers) {
      subject = subject.lowerBound..<(subject.upperBound - 1)
    }
    guard !subject.isEmpty, subject.upperBound < cue.upperBound,
      subject.contains(where: { tokens[$0].isCapitalized })
    else { return nil }
    return subject
  }

  /// Whether a phrase after a verb is a whole inverted subject: short, and followed by the
  /// sentence end, a boundary, a complementizer or a channel.
  func endsClause(_ phrase: Range<Int>) -> Bool {
    guard !phrase.isEmpty, phrase.count <= 10 else { return false }
    let next = phrase.upperBound
    // One trailing word may be a separable particle: "teilte das Ministerium mit."
    return next + 1 >= contentEnd || isBoundary(next)
      || isIn(next, TokenBits.complementizers)
      || paragraph.has(next, TokenBits.channel)
  }

  /// The subject before the comma at `clauseStart - 1`: the segment there, or, when that
  /// segment is an apposition to a short name opening the sentence, the name.
  func subjectBefore(_ clauseStart: Int) -> Range<Int> {
    let comma = clauseStart - 1
    let segment = segmentStart(before: comma)..<comma
    if segment.lowerBound > contentStart + 1 {
      let previous = segmentStart(before: segment.lowerBound - 1)..<(segment.lowerBound - 1)
      // A short name, or any subject followed by a lowercase apposition or participle
      // ("…(СОПЧ), базирующаяся в Лондоне, сообщала").
      let lowercaseApposition =
        !segment.isEmpty && tokens[segment.lowerBound].kind == .word
        && !tokens[segment.lowerBound].isCapitalized
        && tokens[segment.lowerBound].script != .arabic
      if !previous.isEmpty, previous.lowerBound <= contentStart,
        previous.count <= 4 || (lowercaseApposition && previous.count <= 12)
      {
        return previous
      }
    }
    return segment
  }

  /// The attribution of a verb whose subject comes before it: the content follows the verb
  /// when a clause does (or the subject opens the sentence), else it is what precedes the
  /// subject.
  func subjectFirst(cue: Range<Int>, subject: Range<Int>) -> Attribution? {
    let content =
      clauseLength(after: cue.upperBound) >= 3 || subject.lowerBound <= contentStart
      ? self.content(after: cue.upperBound) : self.content(before: subject.lowerBound - 1)
    var attribution = make(.verb, cue: cue, source: subject, content: content)
    addChannel(to: &attribution, after: cue.upperBound)
    return attribution
  }

  /// The sentence's first phrase with the name set off by commas after it, when the verb
  /// follows that name's comma: `Le gouverneur, Rahmi Dogan,` — a short opening phrase and
  /// a name of capitalized words only. With `inner` (nothing after the verb can be its
  /// subject), the phrase may also follow a comma inside the sentence: `At least 14 people
  /// were killed, the prefect of Dravia, Marta Kovel, said on Sunday.`
  func subjectWithName(_ clauseStart: Int, inner: Bool = false) -> Range<Int>? {
    let comma = clauseStart - 1
    let name = segmentStart(before: comma)..<comma
    guard !name.isEmpty, name.count <= 4, name.lowerBound > contentStart + 1,
      name.allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized }),
      tokens[name.lowerBound].kind == .word, !taken[name.lowerBound]
    else { return nil }
    var opening = segmentStart(before: name.lowerBound - 1)..<(name.lowerBound - 1)
    // "…, wie der Gouverneur, Rahmi Dogan, mitteilte": a clause opened by a skipped word.
    let skipped = !opening.isEmpty && isIn(opening.lowerBound, TokenBits.sourceSkips)
    // After a comma inside the sentence, a phrase of words only: a title, not a clause.
    let titleAfterComma =
      inner && opening.lowerBound > contentStart && tokens[opening.lowerBound - 1].is(",")
      && opening.allSatisfy { tokens[$0].kind == .word || tokens[$0].isAny(["'", "’"]) }
      && opening.contains { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
    // "The head of the UN agency for Palestinian refugees, Philippe Lazzarini, said": a
    // title with its complement opening the sentence may run longer, without a figure.
    let longTitle =
      opening.count <= 10 && opening.lowerBound <= contentStart
      && !opening.contains { tokens[$0].kind == .number }
    guard !opening.isEmpty, opening.lowerBound <= contentStart || skipped || titleAfterComma,
      opening.count <= 6 || longTitle
    else { return nil }
    if skipped { opening = (opening.lowerBound + 1)..<opening.upperBound }
    return opening.lowerBound..<name.upperBound
  }

  /// How many words and numbers follow `index` up to the next boundary, leaving out dates
  /// and time words (`said early on Friday, …` has none).
  func clauseLength(after index: Int) -> Int {
    var count = 0
    var probe = index
    while probe < contentEnd, !isBoundary(probe) {
      if tokens[probe].kind != .punctuation, !taken[probe],
        !isIn(probe, TokenBits.sourceSkips)
      {
        count += 1
      }
      probe += 1
    }
    return count
  }

  /// When the segment ending at the comma before `clauseStart` is an apposition
  /// (`une ONG`), the segment before it: the subject it describes.
  func subjectBeforeApposition(_ clauseStart: Int) -> Range<Int>? {
    let comma = clauseStart - 1
    let appositionStart = segmentStart(before: comma)
    guard appositionStart < comma, appositionStart > contentStart,
      isIn(appositionStart, TokenBits.appositionStarts)
    else { return nil }
    let subjectStart = segmentStart(before: appositionStart - 1)
    guard subjectStart < appositionStart - 1 else { return nil }
    return subjectStart..<(appositionStart - 1)
  }

  /// The name opening the sentence when all that stands between it and the verb is one
  /// apposition or relative clause set off by commas (`Ivo Brenn, who was prefect of Dravia
  /// until January,`, `Ivo Brenn, prefect of Dravia,`): a name of capitalized words only,
  /// an apposition with a lowercase word in it.
  func nameBeforeApposition(_ clauseStart: Int) -> Range<Int>? {
    let comma = clauseStart - 1
    let appositionStart = segmentStart(before: comma)
    // Not a name itself: a lowercase word in it ("Präfekt von Dravia bis Januar").
    guard appositionStart < comma, appositionStart > contentStart + 1,
      tokens[appositionStart - 1].is(","), tokens[appositionStart].kind == .word,
      (appositionStart..<comma).contains(where: {
        tokens[$0].kind == .word && !tokens[$0].isCapitalized
      })
    else { return nil }
    let name = segmentStart(before: appositionStart - 1)..<(appositionStart - 1)
    guard !name.isEmpty, name.lowerBound <= contentStart, name.count <= 4,
      name.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
      !name.contains(where: { taken[$0] || (!counted.isEmpty && counted[$0]) })
    else { return nil }
    return name
  }

  /// The relative pronoun or complementizer in `left` (the words before a verb in its
  /// clause) that follows a figure in it: `los 17 que`, `les 17 qu'il`, `the 17 that he`.
  func figureRelative(in left: Range<Int>) -> Int? {
    guard left.count >= 2,
      let relative = left.dropFirst().last(where: {
        isRelativePronoun($0) || isIn($0, TokenBits.complementizers)
      })
    else { return nil }
    let before = left.lowerBound..<relative
    // A short subject at most after it (`que el gobernador`); "los 40 bomberos que trabajan en
    // la zona dijeron" is a subject with its own relative clause.
    let after = ((relative + 1)..<left.upperBound).filter { tokens[$0].kind != .punctuation }
    guard after.count <= 3,
      before.contains(where: { tokens[$0].kind == .number || (!counted.isEmpty && counted[$0]) }),
      !before.contains(where: { isBoundary($0) })
    else { return nil }
    return relative
  }

  /// Whether a phrase of where or how a source spoke opens at `index` (`in a post on X`,
  /// `dans un communiqué`): no clause of what was said.
  func opensMedium(_ index: Int) -> Bool {
    guard index < end,
      let mark = lexicon.sourceMarks.longestMatch(in: keys, from: index, limit: end)
    else { return false }
    return mark.value == .closer && mark.end - index >= 2
  }

  /// The agent of a participle set off by commas right before the verb (`, communiqué dans la
  /// matinée par le gouverneur,`): a participle of the source closers opens the segment, an
  /// agent preposition (`par`, `by`) is in it, and the words after it are the agent.
  func participleAgent(before clauseStart: Int) -> Range<Int>? {
    guard !lexicon.agentPrepositions.isEmpty, tokens[clauseStart - 1].is(",") else {
      return nil
    }
    let first = segmentStart(before: clauseStart - 1)
    guard first > contentStart, first < clauseStart - 1, tokens[first - 1].is(","),
      lexicon.sourceMarks.longestMatch(in: keys, from: first, limit: first + 1)?.value
        == .closer,
      // Not the preposition of a time phrase ("difundido el jueves por la noche").
      let by = (first..<(clauseStart - 1)).last(where: {
        !taken[$0] && lexicon.agentPrepositions.contains(keys[$0])
      }),
      ((by + 1)..<(clauseStart - 1)).contains(where: {
        tokens[$0].kind == .word && !taken[$0] && !isIn($0, TokenBits.sourceSkips)
      })
    else { return nil }
    return (by + 1)..<(clauseStart - 1)
  }

  /// The last comma before `index` right after a clause opener of the data that closes a
  /// clause in a verb-final language (Turkish `açıklarken,`), or `nil`.
  func commaAfterClauseCloser(before index: Int) -> Int? {
    var comma = index - 1
    while comma > contentStart + 1 {
      if tokens[comma].is(",") {
        for start in max(contentStart, comma - 3)..<comma
        where Self.phrase(
          lexicon.clauseOpeners, at: start, keys: keys, clitics: lexicon.clitics, end: comma)
          == comma
        {
          return comma
        }
      }
      comma -= 1
    }
    return nil
  }
}
