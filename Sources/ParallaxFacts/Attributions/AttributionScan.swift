import ParallaxCorpus
import ParallaxText

/// One sentence's cues and what they cover.
struct AttributionScan: MaskedTokenScan {
  static let closers: Set<Unicode.Scalar> = ["»", "”", "\"", ")"]
  static let openers: Set<Unicode.Scalar> = ["«", "“", "„", "\""]
  static let sentenceMarks: Set<Unicode.Scalar> = [".", ";", "!", "?"]
  let paragraph: AnalyzedParagraph
  let sentence: Sentence
  let lexicon: CueLexicon

  let tokens: [Token]
  let keys: [String]
  let masks: [UInt32]
  let start: Int
  let end: Int
  /// Where the sentence's content ends; a clause opener opening the sentence ends its clause
  /// at the first comma after the verb (`verb`).
  var contentEnd: Int
  /// Where the sentence's content starts; a clause opener moves it to the clause (`verb`).
  var contentStart: Int
  /// Set by `verb` when the verb's subject is elided in a relative clause on a figure (`los
  /// 17 que reportó`): the speaker is the one the sentence named before it.
  var elidedSubject = false

  static let boundaries: Set<Unicode.Scalar> = [
    ",", ";", ":", ".", "!", "?", "…", "؟", "،", "«", "»", "“", "”", "„", "\"", "—", "–", "؛",
  ]

  let taken: [Bool]
  /// The tokens of figures' quantities, or empty.
  let counted: [Bool]
  /// The tokens of the quantities of figures that count something named (`37 Festnahmen`,
  /// not `iki güvenlik kaynağı`), or empty.
  let measured: [Bool]

  /// Whether `mark` is in `boundaries` (a switch: no hashing per token).
  @inline(__always)
  static func isBoundaryMark(_ mark: Unicode.Scalar) -> Bool {
    switch mark {
    case ",", ";", ":", ".", "!", "?", "…", "؟", "،", "«", "»", "“", "”", "„", "\"", "—", "–", "؛":
      return true
    default: return false
    }
  }

  init(
    paragraph: AnalyzedParagraph, sentence: Sentence, lexicon: CueLexicon, taken: [Bool],
    counted: [Bool] = [], measured: [Bool] = []
  ) {
    self.taken = taken
    self.counted = counted
    self.measured = measured
    self.paragraph = paragraph
    self.sentence = sentence
    self.lexicon = lexicon
    let tokens = paragraph.tokens
    self.tokens = tokens
    keys = paragraph.keys
    masks = paragraph.folded.masks
    start = sentence.tokens.lowerBound
    end = sentence.tokens.upperBound
    var last = end
    while last > start, tokens[last - 1].kind == .punctuation,
      !tokens[last - 1].isAny(Self.closers)
    {
      last -= 1
    }
    contentEnd = last
    var first = start
    while first < end, tokens[first].kind == .punctuation,
      !tokens[first].isAny(Self.openers)
    {
      first += 1
    }
    if let dateline = Self.datelineEnd(at: first, paragraph: paragraph, end: last) {
      first = dateline
    }
    // "Bislang hatte die Polizei …", "Initially, the fire department …": a sentence adverb
    // opening the sentence is no source; the sentence's content starts after it.
    if first < end, tokens[first].kind == .word,
      let adverb = Self.sentenceAdverb(at: first, keys: keys, lexicon: lexicon, end: end)
    {
      var after = adverb
      if after < end, tokens[after].is(",") || tokens[after].is("،") { after += 1 }
      if after < last { first = after }
    }
    if let slug = Self.wireSlugEnd(at: first, paragraph: paragraph, lexicon: lexicon, end: last) {
      first = slug
    }
    contentStart = first
  }

  /// The end of a sentence adverb at `index` (also after a clitic: `وفي الأثناء`).
  static func sentenceAdverb(at index: Int, keys: [String], lexicon: CueLexicon, end: Int)
    -> Int?
  {
    phrase(lexicon.sentenceAdverbs, at: index, keys: keys, clitics: lexicon.clitics, end: end)
  }

  /// The end of a phrase of `trie` at `index`, also after a clitic (`وفي الأثناء`, `وبينما`).
  static func phrase(
    _ trie: PhraseTrie<Bool>, at index: Int, keys: [String], clitics: [String], end: Int
  ) -> Int? {
    let limit = min(end, index + 5)
    if let found = trie.longestMatch(in: keys, from: index, limit: limit) {
      return found.end
    }
    for clitic in clitics where keys[index].hasBytePrefix(clitic) {
      let rest = String(keys[index].dropFirst(clitic.count))
      if let found = trie.longestMatch(in: keys, from: index, first: rest, limit: limit) {
        return found.end
      }
    }
    return nil
  }

  mutating func run() -> [Attribution] {
    var found: [Attribution] = []
    var index = start
    while index < end {
      // A cue inside the sentence adverb that opens it ("İddiaya göre", allegedly) is none.
      // Nor does a date or time phrase hold one ("en début d'après-midi": no "d'après").
      guard tokens[index].kind == .word, index >= contentStart, paragraph.has(index, TokenBits.cue),
        !taken[index], let cue = cue(at: index)
      else {
        index += 1
        continue
      }
      if case .verb = cue.kind, index > start,
        keys[index - 1] == "'" || isIn(index - 1, TokenBits.nounMarkers),
        !(index - 1 == start && isIn(index - 1, TokenBits.objectPronouns))
      {
        index = cue.end  // a noun: "l'annonce", "la déclaration"
        continue
      }
      if case .verb = cue.kind, inCompoundAdjective(index) {
        index = cue.end  // "an Istanbul-listed company"
        continue
      }
      elidedSubject = false
      if var attribution = attribution(cue: index..<cue.end, kind: cue.kind) {
        if elidedSubject, let speaker = found.last(where: { $0.sourceRange != nil }) {
          attribution.source = speaker.source
          attribution.sourceRange = speaker.sourceRange
        }
        // "… 33 Soldaten getötet. Das teilte X mit.": the pronoun reports the sentence before.
        if index > start, index - 1 == start, isIn(index - 1, TokenBits.objectPronouns),
          let previous = paragraph.sentences.last(where: { $0.tokens.upperBound <= start })
        {
          attribution.content = previous.range
        }
        found.append(attribution)
      }
      index = cue.end
    }
    return found
  }

  func isBoundary(_ index: Int) -> Bool {
    guard tokens[index].kind == .punctuation,
      tokens[index].kind == .punctuation, Self.isBoundaryMark(tokens[index].first)
    else { return false }
    // The dot of an initial ("Р. Доган") does not end a phrase.
    if tokens[index].is("."), index > start, index + 1 < end,
      tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
      tokens[index - 1].scalarCount == 1, tokens[index + 1].isCapitalized
    {
      return false
    }
    // The dot of an abbreviated title ("Lt. Col. Peter Lerner") does not end a phrase.
    if tokens[index].is("."), index > start, index + 1 < end,
      paragraph.has(index - 1, TokenBits.title),
      tokens[index - 1].isCapitalized, tokens[index + 1].isCapitalized, !tokens[index].spaceBefore
    {
      return false
    }
    if isAcronymDot(index) { return false }
    // "Правозащитный проект «ОВД-Инфо»": the quotation marks of a name after a noun.
    if tokens[index].isAny(Self.openers) || tokens[index].isAny(Self.closers),
      inQuotedName(index)
    {
      return false
    }
    // The separator inside a number ("2,8", "2.8") does not end a phrase.
    if index > start, index + 1 < end, tokens[index - 1].kind == .number,
      tokens[index + 1].kind == .number, !tokens[index].spaceBefore,
      !tokens[index + 1].spaceBefore
    {
      return false
    }
    return true
  }

  /// Whether the quotation mark at `index` opens or closes a short name in quotation marks
  /// right after a word that is no cue (`проект «ОВД-Инфо»`, `компании «Россети»`, not
  /// `рассказал «РИА Новости»`): part of the phrase.
  func inQuotedName(_ index: Int) -> Bool {
    var opener = index
    if !tokens[index].isAny(Self.openers) || quotedName(at: index, endingSentence: false) == nil {
      opener = index - 1
      while opener > start, index - opener <= 5, !tokens[opener].isAny(Self.openers) {
        opener -= 1
      }
    }
    guard opener > start, opener < index || tokens[index].isAny(Self.openers),
      tokens[opener - 1].kind == .word, !paragraph.has(opener - 1, TokenBits.cue),
      tokens[opener].isAny(Self.openers),
      let name = quotedName(at: opener, endingSentence: false)
    else { return false }
    return index == opener || index == name.upperBound
  }

  /// A noun phrase after `index`: up to a boundary, a complementizer or a channel marker;
  /// dates and time words at its head (`vendredi matin`) are skipped.
  func phrase(after start: Int, limit: Int = 12) -> Range<Int> {
    var index = start
    // A date's connector before it is skipped with it ("dijo el domingo el prefecto").
    while index < end, isSkippedAtHead(index) { index += 1 }
    var last = index
    var sawNoun = false
    while last < end, last - index < limit, !isBoundary(last),
      !isIn(last, TokenBits.complementizers),
      tokens[last].kind != .number || isNumberInName(last, phraseStart: index),
      counted.isEmpty || !counted[last] || !isIn(last - 1, TokenBits.phraseContinuers),
      // "laut einer Mitteilung vom | Montag": a date after a connecting word ends it too.
      !taken[last] || last == index || !isIn(last - 1, TokenBits.phraseContinuers),
      !paragraph.has(last, TokenBits.channel)
        || lexicon.channelMarkers.longestMatch(in: keys, from: last, limit: end) == nil
        || last == index
    {
      let token = tokens[last]
      if !lexicon.phraseContinuers.isEmpty, token.kind == .word {
        if token.isCapitalized {
          sawNoun = true
        } else if sawNoun, !isIn(last, TokenBits.phraseContinuers),
          !isAttributive(last)
        {
          break
        }
      }
      last += 1
    }
    // "vonseiten der Feuerwehr von | drei Verletzten": a phrase cut at a figure's quantity
    // after a connecting word ends at its last noun.
    if last > index + 1, last < end, (!counted.isEmpty && counted[last]) || taken[last] {
      while last > index + 1, isIn(last - 1, TokenBits.phraseContinuers) { last -= 1 }
    }
    return index..<last
  }

  /// Whether the token at `index` is no part of a source at its head: a date or time word
  /// (`вечером`, `matin`), a skipped word, or the preposition or connector of the date after
  /// it (`dijo el domingo el prefecto`, `сообщил во вторник вечером губернатор`).
  func isSkippedAtHead(_ index: Int) -> Bool {
    if taken[index] || isIn(index, TokenBits.sourceSkips) { return true }
    guard index + 1 < end, taken[index + 1] else { return false }
    return isIn(index, TokenBits.dateConnectors) || lexicon.datePrepositions.contains(keys[index])
  }

  /// Whether the lowercase word at `index` is an adjective between a continuing article and
  /// its noun ("der Gouverneur der türkischen Grenzprovinz").
  private func isAttributive(_ index: Int) -> Bool {
    guard index > start, index + 1 < end, isIn(index - 1, TokenBits.phraseContinuers),
      tokens[index - 1].kind == .word, tokens[index + 1].kind == .word
    else { return false }
    return tokens[index + 1].isCapitalized
  }

  /// A noun phrase ending before `index`, back to a boundary.
  func phrase(before index: Int, limit: Int = 10) -> Range<Int> {
    var first = index
    while first > start, index - first < limit, !isBoundary(first - 1) { first -= 1 }
    return first..<index
  }

  /// The boundary token (a comma) right before `index`, if the clause starts there.
  func segmentStart(before index: Int) -> Int {
    var first = index
    while first > start, !isBoundary(first - 1) { first -= 1 }
    return first
  }

  func range(_ tokens: Range<Int>) -> TextRange? {
    tokens.isEmpty ? nil : paragraph.textRange(tokens)
  }

  func make(
    _ kind: AttributionKind, cue: Range<Int>, source: Range<Int>?, content: Range<Int>
  ) -> Attribution? {
    let contentRange = content.isEmpty ? sentence.range : paragraph.textRange(content)
    var attribution = Attribution(
      kind: kind, cue: paragraph.text(cue), cueRange: paragraph.textRange(cue),
      content: contentRange)
    // A verb in two parts is written "hält … für" and located at its first part.
    if let head = lexicon.gappedVerbs.longestMatch(
      in: keys, from: cue.lowerBound, limit: cue.upperBound),
      head.end < cue.upperBound,
      let count = gappedTailCount(head.value, endingAt: cue.upperBound),
      cue.upperBound - count > head.end
    {
      let tail = (cue.upperBound - count)..<cue.upperBound
      attribution.cue = paragraph.text(cue.lowerBound..<head.end) + " … " + paragraph.text(tail)
      attribution.cueRange = paragraph.textRange(cue.lowerBound..<head.end)
      attribution.cueTailRange = paragraph.textRange(tail)
    }
    if var source, !source.isEmpty {
      while source.count > 1,
        isIn(source.upperBound - 1, TokenBits.sourceSkips) || taken[source.upperBound - 1]
      {
        source = source.lowerBound..<(source.upperBound - 1)
      }
      while source.count > 1, isSkippedAtHead(source.lowerBound) {
        source = (source.lowerBound + 1)..<source.upperBound
      }
      // A figure's quantity is never who speaks ("Siebenundvierzig Festnahmen meldete …",
      // "des Klinikums 14 Kinder"): the source ends before it.
      if let figure = source.first(where: { isFigureQuantity($0, in: source) }) {
        source = source.lowerBound..<figure
        while !source.isEmpty, tokens[source.upperBound - 1].kind == .punctuation {
          source = source.lowerBound..<(source.upperBound - 1)
        }
        // What is left of a clause cut there is no one ("Of the", "a dépassé les").
        if let tail = source.last, tokens[tail].kind == .word, !tokens[tail].isCapitalized,
          tokens[tail].scalarCount <= 3
        {
          source = source.lowerBound..<source.lowerBound
        }
        guard !source.isEmpty else { return attribution }
      }
      // "(ACNUR": a parenthesis the source opens, it closes.
      if source.upperBound < end, tokens[source.upperBound].is(")"),
        source.contains(where: { tokens[$0].is("(") }),
        !source.contains(where: { tokens[$0].is(")") })
      {
        source = source.lowerBound..<(source.upperBound + 1)
      }
      attribution.source = paragraph.text(source)
      attribution.sourceRange = paragraph.textRange(source)
    }
    return attribution
  }

  mutating func attribution(cue: Range<Int>, kind: CueLexicon.CueKind) -> Attribution? {
    switch kind {
    case .preposition:
      if lacksPossessor(cue) { return nil }
      var source = phrase(after: cue.upperBound)
      // "Как рассказал «Интерфаксу» представитель …": a quoted name the speaker follows is
      // the channel; with no one after it, it speaks itself.
      var quoted: Range<Int>?
      if source.isEmpty, let name = quotedName(at: cue.upperBound, endingSentence: false) {
        let rest = phrase(after: name.upperBound + 1)
        if rest.isEmpty { source = name } else { (source, quoted) = (rest, name) }
      }
      // "со ссылкой на Министерство здравоохранения сообщило о …": a speech verb ends the
      // source; "Selon le préfet de police, Laurent Nuñez, …": a name in apposition is part
      // of it.
      source = source.lowerBound..<verbInside(source)
      source = withApposedName(source)
      if source.isEmpty, cue.count >= 3 {
        // A cue that names its source itself ("nach türkischen Angaben 33 Soldaten"): the
        // whole sentence is reported.
        return make(.preposition, cue: cue, source: cue, content: cue.upperBound..<cue.upperBound)
      }
      guard !source.isEmpty else { return nil }
      let opensSentence = cue.lowerBound <= contentStart
      // Inside a clause, not set off by a comma ("bewertet Hélior das Unternehmen laut einer
      // Mitteilung mit 2,5 Milliarden Euro"), the cue reports the whole sentence.
      let inside =
        !opensSentence && !isBoundary(cue.lowerBound - 1)
        && source.upperBound < contentEnd && !isBoundary(source.upperBound)
      let content =
        opensSentence
        ? content(after: source.upperBound)
        : inside
          ? cue.lowerBound..<cue.lowerBound
          : relativeClause(before: cue.lowerBound) ?? content(before: cue.lowerBound)
      var attribution = make(.preposition, cue: cue, source: source, content: content)
      if let quoted {
        attribution?.channel = paragraph.text(quoted)
        attribution?.channelRange = paragraph.textRange(quoted)
      } else {
        addChannel(to: &attribution, after: source.upperBound)
      }
      return attribution
    case .postposition:
      // Turkish case suffixes are tokens of their own: "Gözlemevi'nin AFP'ye yaptığı".
      var source = phrase(before: cue.lowerBound, limit: 14)
      // "Gözaltı sayısının 1.046'ya yükseldiği Emniyet Genel Müdürlüğü'nden yapılan
      // açıklamada": a reported clause before a name is no part of the source.
      if !lexicon.clauseEndings.isEmpty,
        let clauseEnd = source.last(where: { index in
          tokens[index].kind == .word
            && lexicon.clauseEndings.contains { keys[index].hasByteSuffix($0) }
        }),
        clauseEnd + 1 < source.upperBound, tokens[clauseEnd + 1].isCapitalized
      {
        source = (clauseEnd + 1)..<source.upperBound
      }
      guard !source.isEmpty else { return nil }
      let opensSentence = source.lowerBound <= contentStart
      let content =
        opensSentence ? content(after: cue.upperBound) : content(before: source.lowerBound)
      return make(.postposition, cue: cue, source: source, content: content)
    case .verb(let channelObject):
      return verb(cue: cue, channelObject: channelObject)
    }
  }

  /// A quote with no cue in its sentence: attributed to the sentence's first person or
  /// organization, when there is one.
  func bareQuote(_ quote: TextRange, entities: [Entity]) -> Attribution {
    var attribution = Attribution(kind: .quote, content: quote, quote: quote)
    if let speaker = entities.first(where: {
      sentence.range.contains($0.range) && ($0.kind == .person || $0.kind == .organization)
        && $0.range.end <= quote.start
    }) {
      let range = TextRange(speaker.titleRange?.start ?? speaker.range.start, speaker.range.end)
      attribution.source = (speaker.title.map { $0 + " " } ?? "") + speaker.text
      attribution.sourceRange = range
    }
    return attribution
  }
}
