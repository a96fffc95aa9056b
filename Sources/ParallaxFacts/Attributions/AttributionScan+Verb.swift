import ParallaxCorpus
import ParallaxText

/// Speech verbs: whether the subject is before or after them, what they cover, channels.
extension AttributionScan {
  /// The attribution made by the speech verb at `cue`.
  mutating func verb(cue: Range<Int>, channelObject: Bool) -> Attribution? {
    if !lexicon.passiveVerbs.isEmpty, lexicon.isPassive(paragraph.text(cue)) {
      // "… teklif hazırladığı öne sürülmüştü.": a passive or evidential report names no one.
      let agent = passiveAgent(before: cue.lowerBound)
      let content =
        lexicon.verbFinal
        ? contentStart..<(agent?.lowerBound ?? cue.lowerBound) : contentStart..<contentEnd
      var attribution = make(.verb, cue: cue, source: agent, content: content)
      addClosedChannel(to: &attribution)
      return attribution
    }
    if let attribution = objectRelative(cue) { return attribution }
    // A sentence adverb before the verb is no part of its clause ("Ursprünglich hatte …").
    let clauseStart = max(segmentStart(before: cue.lowerBound), min(contentStart, cue.lowerBound))
    // "…، بينما أشار خفر السواحل إلى 17 قتيلا": a conjunction opening the verb's clause is no
    // source; the clause reads as a sentence of its own.
    if clauseStart < cue.lowerBound,
      let opened = Self.phrase(
        lexicon.clauseOpeners, at: clauseStart, keys: keys, clitics: lexicon.clitics,
        end: cue.lowerBound)
    {
      var clause = self
      clause.contentStart = opened
      // "В то время как полиция сообщила о 40 задержанных, правозащитники …": opening the
      // sentence, the subordinate clause ends at its comma.
      if clauseStart == contentStart,
        let comma = (cue.upperBound..<contentEnd).first(where: { tokens[$0].isAny([",", "،"]) })
      {
        clause.contentEnd = comma
      }
      return clause.verb(cue: cue, channelObject: channelObject)
    }
    var left = clauseStart..<cue.lowerBound
    // Adverbs and particles next to the verb are not its subject ("сначала сообщала").
    // Dates are no subject either ("Am Donnerstagabend hatten die Behörden …").
    while !left.isEmpty,
      isIn(left.upperBound - 1, TokenBits.sourceSkips) || taken[left.upperBound - 1]
    {
      left = left.lowerBound..<(left.upperBound - 1)
    }
    while !left.isEmpty, isSkippedAtHead(left.lowerBound) {
      left = (left.lowerBound + 1)..<left.upperBound
    }
    // "frente a los 17 que reportó por la tarde", "contre 17 qu'il avait annoncés": a relative
    // clause on a figure reports that figure; its subject follows the pronoun, or is elided
    // (the sentence's speaker before it, `elidedSubject`). The phrase is never the source.
    if let relative = figureRelative(in: left) {
      var subject = (relative + 1)..<left.upperBound
      while !subject.isEmpty, isIn(subject.lowerBound, TokenBits.sourceSkips) {
        subject = (subject.lowerBound + 1)..<subject.upperBound
      }
      // "the 20 that it reported": a personal pronoun is the speaker named before, too.
      if subject.count == 1, lexicon.personalPronouns.contains(keys[subject.lowerBound]) {
        subject = subject.upperBound..<subject.upperBound
      }
      elidedSubject = subject.isEmpty
      return make(
        .verb, cue: cue, source: subject.isEmpty ? nil : subject,
        content: left.lowerBound..<relative)
    }
    // "Das teilte der Gouverneur mit.": the pronoun is the object, the subject follows.
    if left.count == 1, left.lowerBound == contentStart,
      isIn(left.lowerBound, TokenBits.objectPronouns)
    {
      left = cue.lowerBound..<cue.lowerBound
    }
    if left.isEmpty, let subject = subjectInsideGap(cue) {
      // "Am Donnerstagabend hatten die Behörden von mindestens 22 Toten gesprochen": the
      // subject follows the auxiliary; what they spoke of runs to the sentence end. After a
      // comma, when only the subject stands between the verb's parts and nothing follows
      // them ("…, kündigte Finanzminister Lars Klingbeil an."), it reports what precedes.
      let content =
        clauseStart > contentStart && tokens[clauseStart - 1].is(",")
          && cue.upperBound - subject.upperBound <= 2
          && clauseLength(after: cue.upperBound) == 0
        ? self.content(before: clauseStart) : subject.upperBound..<contentEnd
      return make(.verb, cue: cue, source: subject, content: content)
    }
    // "Valilik 11 kişinin öldüğünü açıklarken, muhalefet 17 olduğunu söyledi": after a
    // clause that a converb of speech closes with its comma, the verb's clause is a sentence of
    // its own (its subject opens it).
    if lexicon.verbFinal, let comma = commaAfterClauseCloser(before: cue.lowerBound) {
      var clause = self
      clause.contentStart = comma + 1
      return clause.verb(cue: cue, channelObject: channelObject)
    }
    let afterVerb = contentEnd - cue.upperBound
    if lexicon.verbFinal {
      // Turkish: "Hatay Valisi Rahmi Doğan, … açıkladı." The subject opens the sentence.
      let first = phrase(after: contentStart, limit: 8)
      var source: Range<Int>?
      var contentLower = contentStart
      var contentUpper = cue.lowerBound
      if let subject = subjectAfterParticiple(before: cue.lowerBound) {
        source = subject
      } else if let found = subjectAfterContent(before: cue.lowerBound) {
        source = found.subject
        contentUpper = found.contentEnd
      } else if first.upperBound < cue.lowerBound, tokens[first.upperBound].is(",") {
        source = first
        contentLower = first.upperBound + 1
      } else {
        // "Salı akşamı Vali Karasu … açıkladı": a date or time word opening the sentence is no
        // part of the source.
        var head = contentStart
        while head < cue.lowerBound, isSkippedAtHead(head) { head += 1 }
        var last = head
        while last < cue.lowerBound, tokens[last].kind == .word, tokens[last].isCapitalized {
          last += 1
        }
        if last > head { source = head..<last }
      }
      // "… sayısını 9'a yükseltti": the figure inside a verb in two parts is reported too.
      if let head = lexicon.gappedVerbs.longestMatch(
        in: keys, from: cue.lowerBound, limit: cue.upperBound),
        head.end < cue.upperBound,
        let count = gappedTailCount(head.value, endingAt: cue.upperBound)
      {
        contentUpper = cue.upperBound - count
      }
      var attribution = make(
        .verb, cue: cue, source: source, content: contentLower..<max(contentLower, contentUpper))
      addClosedChannel(to: &attribution)
      return attribution
    }
    if left.isEmpty, clauseStart > contentStart, let agent = participleAgent(before: clauseStart) {
      // "Un précédent bilan, communiqué dans la matinée par le gouverneur, faisait état de 11
      // morts": the agent of the participle set off before the verb gave the report.
      return make(.verb, cue: cue, source: agent, content: content(after: cue.upperBound))
    }
    if left.isEmpty, clauseStart > contentStart, let subject = subjectBeforeApposition(clauseStart)
    {
      // "l'Observatoire (OSDH), une ONG, avait fait état de …", "Rahmi Dogan, the governor
      // of Hatay, told reporters that …": the subject comes first.
      var after = cue.upperBound
      var channel: Range<Int>?
      if channelObject {
        channel = channelPhrase(after: cue.upperBound)
        after = channel?.upperBound ?? after
      }
      let content =
        clauseLength(after: after) >= 3 || subject.lowerBound <= contentStart
        ? self.content(after: channelEnd(after: after) ?? after)
        : self.content(before: subject.lowerBound - 1)
      var attribution = make(.verb, cue: cue, source: subject, content: content)
      if let channel, !channel.isEmpty {
        attribution?.channel = paragraph.text(channel)
        attribution?.channelRange = paragraph.textRange(channel)
      } else {
        addChannel(to: &attribution, after: cue.upperBound)
      }
      return attribution
    }
    if left.isEmpty, channelObject, clauseStart > contentStart {
      // "Rami Abdel Rahman, head of …, told AFP that …": the object of `told` is the
      // channel; the subject is before the comma, unless a whole subject follows the channel
      // ("…, a confié à la radio le maire du village").
      let rest = phrase(after: channelPhrase(after: cue.upperBound).upperBound)
      if rest.isEmpty || !endsClause(rest) {
        return toldSubjectFirst(cue: cue, subject: subjectBefore(clauseStart))
      }
    }
    // A channel right after the verb ("a déclaré à l'AFP un médecin …") is no clause.
    let right = phrase(after: leadingChannel(at: cue.upperBound)?.upperBound ?? cue.upperBound)
    if left.isEmpty, clauseStart > contentStart, !right.isEmpty, !endsClause(right) {
      // "Fahrettin Altun, Erdogan's communications director, said Turkish forces …": a
      // clause follows the verb, so its subject is before the comma.
      let subject = subjectBefore(clauseStart)
      return subjectFirst(cue: cue, subject: subject)
    }
    let relative = clauseStart > contentStart ? segmentStart(before: clauseStart - 1) : 0
    if left.isEmpty, right.isEmpty, clauseStart > contentStart, relative > contentStart + 1,
      isRelativePronoun(relative)
    {
      // Nothing names the speaker after the verb and a relative clause precedes it ("X, qui
      // …, a démenti lundi soir.", "X, which …, denied on Monday that …"): X speaks.
      let subject = segmentStart(before: relative - 1)..<(relative - 1)
      return subjectFirst(cue: cue, subject: subject)
    }
    if left.isEmpty, clauseStart > contentStart,
      let subject = subjectWithName(clauseStart, inner: right.isEmpty)
    {
      // "Le gouverneur, Rahmi Dogan, a attribué les frappes …": a name set off by commas
      // after the sentence's first phrase is an apposition; they speak, the verb is not
      // inverted.
      let content =
        clauseLength(after: cue.upperBound) >= 3
        ? self.content(after: cue.upperBound) : self.content(before: subject.lowerBound)
      var attribution = make(.verb, cue: cue, source: subject, content: content)
      addChannel(to: &attribution, after: cue.upperBound)
      return attribution
    }
    if left.isEmpty, clauseStart > contentStart, let subject = nameBeforeApposition(clauseStart) {
      // "Ivo Brenn, who was prefect until January, said the toll would rise.": everything
      // before the verb is its subject, so the verb is not inverted; what follows it is the
      // claim, never the source.
      return subjectFirst(cue: cue, subject: subject)
    }
    if left.isEmpty {
      // Inverted: "…, a déclaré le gouverneur", "قال المرصد إن …".
      var source = phrase(after: cue.upperBound)
      // "…, a déclaré à l'AFP un responsable": a channel right after the verb comes first.
      let leading = leadingChannel(at: cue.upperBound)
      if let leading {
        let rest = phrase(after: leading.upperBound)
        if !rest.isEmpty { source = rest }
      }
      // "…, сообщает «Россети».": a name in quotation marks ending the sentence speaks.
      if source.isEmpty, let quoted = quotedName(at: cue.upperBound) { source = quoted }
      // "أفاد المرصد … بمقتل 4": the content opens inside the phrase after the verb.
      source = source.lowerBound..<contentOpener(in: source)
      // "…, a déclaré la directrice générale d'Hélior, Claire Vasseur, lors de …": the
      // name in apposition is part of the source.
      if !source.isEmpty, source.upperBound + 1 < contentEnd, tokens[source.upperBound].is(","),
        tokens[source.upperBound + 1].isCapitalized
      {
        let name = phrase(after: source.upperBound + 1, limit: 6)
        if !name.isEmpty, name.allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized }),
          name.upperBound >= contentEnd || isBoundary(name.upperBound)
        {
          source = source.lowerBound..<name.upperBound
        }
      }
      let content: Range<Int>
      let introducesClause =
        source.upperBound < contentEnd
        && isIn(source.upperBound, TokenBits.complementizers)
      if clauseStart > contentStart, !introducesClause {
        content = self.content(before: clauseStart)
      } else {
        content = self.content(after: source.upperBound)
      }
      var attribution = make(.verb, cue: cue, source: source, content: content)
      if let leading, source.lowerBound >= leading.upperBound {
        let named = channelName(leading)
        attribution?.channel = paragraph.text(named)
        attribution?.channelRange = paragraph.textRange(named)
      } else {
        addChannel(to: &attribution, after: source.upperBound)
      }
      return attribution
    }
    // "Задержание 14 активистов подтвердили в полиции", "Die Festnahme von 14 Aktivisten
    // bestätigte die Polizei": a phrase holding a figure before the verb is its object; the
    // phrase after the verb, to the sentence end, speaks.
    if !counted.isEmpty, left.lowerBound <= contentStart, left.contains(where: { counted[$0] }) {
      let right = phrase(after: cue.upperBound)
      if !right.isEmpty, right.upperBound >= contentEnd,
        !right.contains(where: { counted[$0] || taken[$0] })
      {
        return make(.verb, cue: cue, source: right, content: left)
      }
    }
    var source = left
    if left.count > 1, left.lowerBound > contentStart,
      isRelativePronoun(left.lowerBound),
      tokens[left.lowerBound + 1].kind == .word
    {
      // "…, which Turkish media had said was …": after a comma, the pronoun is the object;
      // the subject follows it (a German article opening the sentence is no pronoun).
      source = (left.lowerBound + 1)..<left.upperBound
    }
    if left.count == 1, isRelativePronoun(left.lowerBound),
      clauseStart > contentStart
    {
      // "…, Rahmi Dogan, qui a précisé": the antecedent speaks.
      let previous = segmentStart(before: clauseStart - 1)
      if previous < clauseStart - 1 { source = previous..<(clauseStart - 1) }
    }
    if let first = left.first, isIn(first, TokenBits.appositionStarts),
      clauseStart > contentStart, tokens[clauseStart - 1].is(","),
      clauseLength(after: cue.upperBound) >= 3
    {
      // "l'Observatoire (OSDH), une ONG, avait fait état de": the subject is before (an
      // apposition is set off by a comma; after a semicolon, a new clause starts). What
      // holds a number is a clause, not a subject ("Cases have topped 12,000, the WHO said").
      // Nor is a time phrase ("On Tuesday evening, the health authority said …").
      let previous = segmentStart(before: clauseStart - 1)
      // "Citée par l'agence SANA, une source militaire a fait état de": an apposition before
      // it is no subject either.
      if previous < clauseStart - 1, !isIn(previous, TokenBits.appositionStarts),
        !opensMedium(cue.upperBound),
        !(previous..<(clauseStart - 1)).contains(where: {
          tokens[$0].kind == .number || (!counted.isEmpty && counted[$0])
        }),
        (previous..<(clauseStart - 1)).contains(where: {
          tokens[$0].kind == .word && !taken[$0] && !isIn($0, TokenBits.sourceSkips)
        })
      {
        source = previous..<(clauseStart - 1)
      }
    }
    let content: Range<Int>
    if channelObject {
      let channel = channelPhrase(after: cue.upperBound)
      var attribution = make(
        .verb, cue: cue, source: source,
        content: afterVerb - channel.count >= 3
          ? self.content(after: channel.upperBound) : self.content(before: clauseStart))
      if !channel.isEmpty {
        attribution?.channel = paragraph.text(channel)
        attribution?.channelRange = paragraph.textRange(channel)
      }
      return attribution
    }
    // After a comma, the verb reports what follows it when a clause does ("…, the coast
    // guard said on Wednesday, adding …" has none) or when its object is a figure; so it
    // does after a headline's colon ("Fährunglück vor Orsuna: Gouverneur spricht von 19 Toten").
    if clauseStart <= contentStart
      || ((tokens[clauseStart - 1].is(",") || tokens[clauseStart - 1].is(":"))
        && figureFollows(cue.upperBound))
      || (afterVerb >= 3 && clauseLength(after: cue.upperBound) > 0
        && !channelFillsClause(after: cue.upperBound) && !opensMedium(cue.upperBound))
    {
      content = self.content(after: channelEnd(after: cue.upperBound) ?? cue.upperBound)
    } else {
      content = self.content(before: clauseStart)
    }
    var attribution = make(.verb, cue: cue, source: source, content: content)
    addChannel(to: &attribution, after: cue.upperBound)
    return attribution
  }

  /// "والـ33 التي أعلنتها أنقرة" (the 33 that Ankara announced): a verb with an object
  /// pronoun right after a relative pronoun reports the noun before that pronoun; its subject
  /// follows it.
  func objectRelative(_ cue: Range<Int>) -> Attribution? {
    let relative = cue.lowerBound - 1
    guard cue.count == 1, relative > contentStart,
      isRelativePronoun(relative),
      lexicon.cues.longestMatch(in: keys, from: cue.lowerBound, limit: cue.upperBound) == nil,
      lexicon.objectStem(keys[cue.lowerBound]) != nil
    else { return nil }
    let source = phrase(after: cue.upperBound, limit: 6)
    guard !source.isEmpty else { return nil }
    var first = relative
    while first > contentStart, relative - first < 2, !isBoundary(first - 1) { first -= 1 }
    return make(.verb, cue: cue, source: source, content: first..<relative)
  }

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
