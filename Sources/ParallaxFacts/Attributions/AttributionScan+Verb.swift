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
}
