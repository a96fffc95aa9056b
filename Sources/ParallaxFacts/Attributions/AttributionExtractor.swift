import ParallaxCorpus
import ParallaxText

/// Finds attributions in a paragraph, one sentence at a time: prepositional cues (`selon X`),
/// postpositional ones (`X zufolge`, `X'e göre`), speech verbs with the subject before them
/// (`X a déclaré que`, `…, officials said`) or after them (`…, rapportent les autorités`,
/// `قال المرصد إن`), channels (`à l'agence Anadolu`, `told Reuters`) and direct quotes.
struct AttributionExtractor: Sendable {
  let lexicon: CueLexicon

  /// The attributions of `paragraph`, in text order.
  func attributions(in paragraph: AnalyzedParagraph, entities: [Entity]) -> [Attribution] {
    var result: [Attribution] = []
    let quotes = QuoteFinder.quotes(in: paragraph.tokens)
    for sentence in paragraph.sentences {
      var scan = AttributionScan(paragraph: paragraph, sentence: sentence, lexicon: lexicon)
      var found = scan.run()
      let sentenceQuotes = quotes.filter {
        sentence.range.contains($0) || sentence.range.overlaps($0)
      }
      for quote in sentenceQuotes {
        if let index = found.firstIndex(where: { $0.content.overlaps(quote) })
          ?? found.indices.first
        {
          if found[index].quote == nil { found[index].quote = quote }
        } else {
          found.append(scan.bareQuote(quote, entities: entities))
        }
      }
      result += found
    }
    for index in result.indices {
      guard let range = result[index].sourceRange else { continue }
      let inside = entities.filter { range.contains($0.range) }
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

  init(paragraph: AnalyzedParagraph, sentence: Sentence, lexicon: CueLexicon) {
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
    if let found = lexicon.cues.longestMatch(in: keys, from: index, limit: min(end, index + 5)) {
      return (found.end, found.value)
    }
    for clitic in lexicon.clitics where keys[index].hasPrefix(clitic) {
      let rest = String(keys[index].dropFirst(clitic.count))
      if let found = lexicon.cues.longestMatch(
        in: keys, from: index, first: rest, limit: min(end, index + 5))
      {
        return (found.end, found.value)
      }
    }
    return nil
  }

  private func isBoundary(_ index: Int) -> Bool { tokens[index].isAny(Self.boundaries) }

  /// A noun phrase after `index`: up to a boundary, a complementizer or a channel marker.
  private func phrase(after index: Int, limit: Int = 12) -> Range<Int> {
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
    if let source, !source.isEmpty {
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
      // "l'Observatoire (OSDH), une ONG, avait fait état de …": the subject comes first.
      var attribution = make(
        .verb, cue: cue, source: subject, content: content(after: cue.upperBound))
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
    if let first = left.first, lexicon.appositionStarts.contains(keys[first]),
      clauseStart > contentStart
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
      content = self.content(after: cue.upperBound)
    } else {
      content = self.content(before: clauseStart)
    }
    var attribution = make(.verb, cue: cue, source: source, content: content)
    addChannel(to: &attribution, after: cue.upperBound)
    return attribution
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
      attribution.source = range.slice(of: paragraph.text)  // rare: bare quotes only
      attribution.sourceRange = range
    }
    return attribution
  }
}
