import ParallaxCorpus
import ParallaxText

/// Finds attributions in a paragraph, one sentence at a time: prepositional cues (`selon X`),
/// postpositional ones (`X zufolge`, `X'e göre`), speech verbs with the subject before them
/// (`X a déclaré que`, `…, officials said`) or after them (`…, rapportent les autorités`,
/// `قال المرصد إن`), channels (`à l'agence Anadolu`, `told Reuters`) and direct quotes.
struct AttributionExtractor: Sendable {
  let lexicon: CueLexicon

  /// The attributions of `paragraph`, in text order.
  func attributions(in paragraph: AnalyzedParagraph, entities: [Entity], taken: [Bool])
    -> [Attribution]
  {
    var result: [Attribution] = []
    let quotes = QuoteFinder.quotes(in: paragraph.tokens)
    var nextQuote = 0
    let entityStarts = entities.map(\.range.start)
    for sentence in paragraph.sentences {
      var scan = AttributionScan(
        paragraph: paragraph, sentence: sentence, lexicon: lexicon, taken: taken)
      var found = scan.run()
      while nextQuote < quotes.count, quotes[nextQuote].end <= sentence.range.start {
        nextQuote += 1
      }
      var sentenceQuotes: [TextRange] = []
      var probe = nextQuote
      while probe < quotes.count, quotes[probe].start < sentence.range.end {
        sentenceQuotes.append(quotes[probe])
        probe += 1
      }
      for quote in sentenceQuotes {
        if let index = found.firstIndex(where: { $0.content.overlaps(quote) })
          ?? found.indices.first
        {
          if found[index].quote == nil { found[index].quote = quote }
        } else {
          var first = FactExtractor.lowerBound(entityStarts, sentence.range.start)
          var speakers: [Entity] = []
          while first < entities.count, entities[first].range.end <= quote.start {
            speakers.append(entities[first])
            first += 1
          }
          found.append(scan.bareQuote(quote, entities: speakers))
        }
      }
      result += found
    }
    for index in result.indices {
      guard let range = result[index].sourceRange else { continue }
      var position = FactExtractor.lowerBound(entityStarts, range.start)
      var inside: [Entity] = []
      while position < entities.count, entities[position].range.start < range.end {
        if range.contains(entities[position].range) { inside.append(entities[position]) }
        position += 1
      }
      // A person or organization speaks; a place only when it is the whole source
      // ("Ankara said"), not when it qualifies it ("the governor of Hatay").
      let speaker = inside.first { $0.kind == .organization || $0.kind == .person }
      let place = inside.first { $0.range.length + 4 >= range.length }
      result[index].sourceEntity = (speaker ?? place)?.key
    }
    return result.sorted { ($0.cueRange ?? $0.content) < ($1.cueRange ?? $1.content) }
  }
}

/// One sentence's cues and what they cover.
struct AttributionScan {
  let paragraph: AnalyzedParagraph
  let sentence: Sentence
  let lexicon: CueLexicon

  private let tokens: [Token]
  private let keys: [String]
  private let start: Int
  private let end: Int
  private let contentEnd: Int
  private let contentStart: Int

  static let boundaries: Set<Unicode.Scalar> = [
    ",", ";", ":", ".", "!", "?", "…", "؟", "،", "«", "»", "“", "”", "„", "\"", "—", "–", "؛",
  ]

  private let taken: [Bool]

  init(paragraph: AnalyzedParagraph, sentence: Sentence, lexicon: CueLexicon, taken: [Bool]) {
    self.taken = taken
    self.paragraph = paragraph
    self.sentence = sentence
    self.lexicon = lexicon
    let tokens = paragraph.tokens
    self.tokens = tokens
    keys = paragraph.keys
    start = sentence.tokens.lowerBound
    end = sentence.tokens.upperBound
    var last = end
    while last > start, tokens[last - 1].kind == .punctuation,
      !tokens[last - 1].isAny(["»", "”", "\"", ")"])
    {
      last -= 1
    }
    contentEnd = last
    var first = start
    while first < end, tokens[first].kind == .punctuation,
      !tokens[first].isAny(["«", "“", "„", "\""])
    {
      first += 1
    }
    contentStart = first
  }

  mutating func run() -> [Attribution] {
    var found: [Attribution] = []
    var index = start
    while index < end {
      guard tokens[index].kind == .word, paragraph.has(index, TokenBits.cue),
        let cue = cue(at: index)
      else {
        index += 1
        continue
      }
      if case .verb = cue.kind, index > start,
        keys[index - 1] == "'" || lexicon.nounMarkers.contains(keys[index - 1])
      {
        index = cue.end  // a noun: "l'annonce", "la déclaration"
        continue
      }
      if let attribution = attribution(cue: index..<cue.end, kind: cue.kind) {
        found.append(attribution)
      }
      index = cue.end
    }
    return found
  }

  private func cue(at index: Int) -> (end: Int, kind: CueLexicon.CueKind)? {
    guard let found = singleCue(at: index) else { return nil }
    // "según informó X", "как сообщил X": a preposition and a verb make one cue.
    if case .preposition = found.kind, found.end < end, paragraph.has(found.end, TokenBits.cue),
      let verb = singleCue(at: found.end), case .verb = verb.kind
    {
      return (verb.end, .preposition)
    }
    return found
  }

  private func singleCue(at index: Int) -> (end: Int, kind: CueLexicon.CueKind)? {
    if let found = lexicon.cues.longestMatch(in: keys, from: index, limit: min(end, index + 8)) {
      return (found.end, found.value)
    }
    for clitic in lexicon.clitics where keys[index].hasPrefix(clitic) {
      let rest = String(keys[index].dropFirst(clitic.count))
      if let found = lexicon.cues.longestMatch(
        in: keys, from: index, first: rest, limit: min(end, index + 8))
      {
        return (found.end, found.value)
      }
    }
    return nil
  }

  private func isBoundary(_ index: Int) -> Bool {
    guard tokens[index].isAny(Self.boundaries) else { return false }
    // The dot of an initial ("Р. Доган") does not end a phrase.
    if tokens[index].is("."), index > start, index + 1 < end,
      tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized,
      tokens[index - 1].text.unicodeScalars.count == 1, tokens[index + 1].isCapitalized
    {
      return false
    }
    return true
  }

  /// A noun phrase after `index`: up to a boundary, a complementizer or a channel marker;
  /// dates and time words at its head (`vendredi matin`) are skipped.
  private func phrase(after start: Int, limit: Int = 12) -> Range<Int> {
    var index = start
    while index < end, taken[index] || lexicon.sourceSkips.contains(keys[index]) { index += 1 }
    var last = index
    var sawNoun = false
    while last < end, last - index < limit, !isBoundary(last),
      !lexicon.complementizers.contains(keys[last]), tokens[last].kind != .number,
      !paragraph.has(last, TokenBits.channel)
        || lexicon.channelMarkers.longestMatch(in: keys, from: last, limit: end) == nil
        || last == index
    {
      let token = tokens[last]
      if !lexicon.phraseContinuers.isEmpty, token.kind == .word {
        if token.isCapitalized {
          sawNoun = true
        } else if sawNoun, !lexicon.phraseContinuers.contains(keys[last]) {
          break
        }
      }
      last += 1
    }
    return index..<last
  }

  /// A noun phrase ending before `index`, back to a boundary.
  private func phrase(before index: Int, limit: Int = 10) -> Range<Int> {
    var first = index
    while first > start, index - first < limit, !isBoundary(first - 1) { first -= 1 }
    return first..<index
  }

  /// The boundary token (a comma) right before `index`, if the clause starts there.
  private func segmentStart(before index: Int) -> Int {
    var first = index
    while first > start, !isBoundary(first - 1) { first -= 1 }
    return first
  }

  private func range(_ tokens: Range<Int>) -> TextRange? {
    tokens.isEmpty ? nil : paragraph.textRange(tokens)
  }

  private func make(
    _ kind: AttributionKind, cue: Range<Int>, source: Range<Int>?, content: Range<Int>
  ) -> Attribution? {
    let contentRange = content.isEmpty ? sentence.range : paragraph.textRange(content)
    var attribution = Attribution(
      kind: kind, cue: paragraph.text(cue), cueRange: paragraph.textRange(cue),
      content: contentRange)
    if var source, !source.isEmpty {
      while source.count > 1, lexicon.sourceSkips.contains(keys[source.upperBound - 1]) {
        source = source.lowerBound..<(source.upperBound - 1)
      }
      while source.count > 1, lexicon.sourceSkips.contains(keys[source.lowerBound]) {
        source = (source.lowerBound + 1)..<source.upperBound
      }
      attribution.source = paragraph.text(source)
      attribution.sourceRange = paragraph.textRange(source)
    }
    return attribution
  }

  /// Content after `index`: past a comma and a complementizer, to the sentence end.
  private func content(after index: Int) -> Range<Int> {
    var first = index
    while first < contentEnd,
      tokens[first].is(",") || tokens[first].is("،")
        || lexicon.complementizers.contains(keys[first])
    {
      first += 1
    }
    return first..<max(first, contentEnd)
  }

  /// Content before the comma at `index`: from the sentence start.
  private func content(before index: Int) -> Range<Int> {
    var last = index
    while last > contentStart, tokens[last - 1].is(",") || tokens[last - 1].is("،") { last -= 1 }
    return contentStart..<max(contentStart, last)
  }

  private mutating func attribution(cue: Range<Int>, kind: CueLexicon.CueKind) -> Attribution? {
    switch kind {
    case .preposition:
      let source = phrase(after: cue.upperBound)
      guard !source.isEmpty else { return nil }
      let opensSentence = cue.lowerBound <= contentStart
      let content =
        opensSentence ? content(after: source.upperBound) : content(before: cue.lowerBound)
      var attribution = make(.preposition, cue: cue, source: source, content: content)
      addChannel(to: &attribution, after: source.upperBound)
      return attribution
    case .postposition:
      let source = phrase(before: cue.lowerBound)
      guard !source.isEmpty else { return nil }
      let opensSentence = source.lowerBound <= contentStart
      let content =
        opensSentence ? content(after: cue.upperBound) : content(before: source.lowerBound)
      return make(.postposition, cue: cue, source: source, content: content)
    case .verb(let channelObject):
      return verb(cue: cue, channelObject: channelObject)
    }
  }

  private mutating func verb(cue: Range<Int>, channelObject: Bool) -> Attribution? {
    let clauseStart = segmentStart(before: cue.lowerBound)
    let left = clauseStart..<cue.lowerBound
    let afterVerb = contentEnd - cue.upperBound
    if lexicon.verbFinal {
      // Turkish: "Hatay Valisi Rahmi Doğan, … açıkladı." The subject opens the sentence.
      let first = phrase(after: contentStart, limit: 8)
      var source: Range<Int>?
      var contentLower = contentStart
      if first.upperBound < cue.lowerBound, tokens[first.upperBound].is(",") {
        source = first
        contentLower = first.upperBound + 1
      } else {
        var last = contentStart
        while last < cue.lowerBound, tokens[last].kind == .word, tokens[last].isCapitalized {
          last += 1
        }
        if last > contentStart { source = contentStart..<last }
      }
      return make(
        .verb, cue: cue, source: source, content: contentLower..<max(contentLower, cue.lowerBound))
    }
    if left.isEmpty, clauseStart > contentStart, let subject = subjectBeforeApposition(clauseStart)
    {
      // "l'Observatoire (OSDH), une ONG, avait fait état de …", "Rahmi Dogan, the governor
      // of Hatay, told reporters that …": the subject comes first.
      var after = cue.upperBound
      var channel: Range<Int>?
      if channelObject {
        channel = phrase(after: cue.upperBound)
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
    let right = phrase(after: cue.upperBound)
    if left.isEmpty, clauseStart > contentStart, !right.isEmpty, !endsClause(right) {
      // "Fahrettin Altun, Erdogan's communications director, said Turkish forces …": a
      // clause follows the verb, so its subject is before the comma.
      let subject = subjectBefore(clauseStart)
      let content =
        clauseLength(after: cue.upperBound) >= 3 || subject.lowerBound <= contentStart
        ? self.content(after: cue.upperBound) : self.content(before: subject.lowerBound - 1)
      var attribution = make(.verb, cue: cue, source: subject, content: content)
      addChannel(to: &attribution, after: cue.upperBound)
      return attribution
    }
    if left.isEmpty {
      // Inverted: "…, a déclaré le gouverneur", "قال المرصد إن …".
      let source = phrase(after: cue.upperBound)
      let content: Range<Int>
      if clauseStart > contentStart {
        content = self.content(before: clauseStart)
      } else {
        content = self.content(after: source.upperBound)
      }
      var attribution = make(.verb, cue: cue, source: source, content: content)
      addChannel(to: &attribution, after: source.upperBound)
      return attribution
    }
    var source = left
    if left.count == 1, lexicon.relativePronouns.contains(keys[left.lowerBound]),
      clauseStart > contentStart
    {
      // "…, Rahmi Dogan, qui a précisé": the antecedent speaks.
      let previous = segmentStart(before: clauseStart - 1)
      if previous < clauseStart - 1 { source = previous..<(clauseStart - 1) }
    }
    if let first = left.first, lexicon.appositionStarts.contains(keys[first]),
      clauseStart > contentStart, clauseLength(after: cue.upperBound) >= 3
    {
      // "l'Observatoire (OSDH), une ONG, avait fait état de": the subject is before.
      let previous = segmentStart(before: clauseStart - 1)
      if previous < clauseStart - 1 { source = previous..<(clauseStart - 1) }
    }
    let content: Range<Int>
    if channelObject {
      let channel = phrase(after: cue.upperBound)
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
    if afterVerb >= 3 || clauseStart <= contentStart {
      content = self.content(after: channelEnd(after: cue.upperBound) ?? cue.upperBound)
    } else {
      content = self.content(before: clauseStart)
    }
    var attribution = make(.verb, cue: cue, source: source, content: content)
    addChannel(to: &attribution, after: cue.upperBound)
    return attribution
  }

  /// Whether a phrase after a verb is a whole inverted subject: short, and followed by the
  /// sentence end, a boundary, a complementizer or a channel.
  private func endsClause(_ phrase: Range<Int>) -> Bool {
    guard !phrase.isEmpty, phrase.count <= 10 else { return false }
    let next = phrase.upperBound
    // One trailing word may be a separable particle: "teilte das Ministerium mit."
    return next + 1 >= contentEnd || isBoundary(next)
      || lexicon.complementizers.contains(keys[next])
      || paragraph.has(next, TokenBits.channel)
  }

  /// The subject before the comma at `clauseStart - 1`: the segment there, or, when that
  /// segment is an apposition to a short name opening the sentence, the name.
  private func subjectBefore(_ clauseStart: Int) -> Range<Int> {
    let comma = clauseStart - 1
    let segment = segmentStart(before: comma)..<comma
    if segment.lowerBound > contentStart + 1 {
      let previous = segmentStart(before: segment.lowerBound - 1)..<(segment.lowerBound - 1)
      if !previous.isEmpty, previous.lowerBound <= contentStart, previous.count <= 4 {
        return previous
      }
    }
    return segment
  }

  /// How many words and numbers follow `index` up to the next boundary, leaving out dates
  /// and time words (`said early on Friday, …` has none).
  private func clauseLength(after index: Int) -> Int {
    var count = 0
    var probe = index
    while probe < contentEnd, !isBoundary(probe) {
      if tokens[probe].kind != .punctuation, !taken[probe],
        !lexicon.sourceSkips.contains(keys[probe])
      {
        count += 1
      }
      probe += 1
    }
    return count
  }

  /// When the segment ending at the comma before `clauseStart` is an apposition
  /// (`une ONG`), the segment before it: the subject it describes.
  private func subjectBeforeApposition(_ clauseStart: Int) -> Range<Int>? {
    let comma = clauseStart - 1
    let appositionStart = segmentStart(before: comma)
    guard appositionStart < comma, appositionStart > contentStart,
      lexicon.appositionStarts.contains(keys[appositionStart])
    else { return nil }
    let subjectStart = segmentStart(before: appositionStart - 1)
    guard subjectStart < appositionStart - 1 else { return nil }
    return subjectStart..<(appositionStart - 1)
  }

  /// The end of a channel phrase starting right at `index` (`à l'agence Anadolu que …`).
  private func channelEnd(after index: Int) -> Int? {
    guard index < end, paragraph.has(index, TokenBits.channel),
      let marker = lexicon.channelMarkers.longestMatch(in: keys, from: index, limit: end)
    else { return nil }
    return phrase(after: marker.end).upperBound
  }

  /// A channel phrase after `index` in the same sentence (`à l'agence … Anadolu`).
  private func addChannel(to attribution: inout Attribution?, after index: Int) {
    guard attribution != nil else { return }
    var probe = index
    while probe < contentEnd {
      if paragraph.has(probe, TokenBits.channel),
        let marker = lexicon.channelMarkers.longestMatch(in: keys, from: probe, limit: end)
      {
        let channelStart = probe + 1 < marker.end ? probe + 1 : marker.end
        var first = channelStart
        while first < end, keys[first] == "'" { first += 1 }
        let channel = phrase(after: first)
        let whole = channelStart..<channel.upperBound
        if !channel.isEmpty {
          attribution?.channel = paragraph.text(whole)
          attribution?.channelRange = paragraph.textRange(whole)
        }
        return
      }
      if tokens[probe].isAny([".", ";", "!", "?"]) { return }
      probe += 1
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
