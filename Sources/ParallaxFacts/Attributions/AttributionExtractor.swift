import ParallaxCorpus
import ParallaxText

/// Finds attributions in a paragraph, one sentence at a time: prepositional cues (`selon X`),
/// postpositional ones (`X zufolge`, `X'e göre`), speech verbs with the subject before them
/// (`X a déclaré que`, `…, officials said`) or after them (`…, rapportent les autorités`,
/// `قال المرصد إن`), channels (`à l'agence Anadolu`, `told Reuters`) and direct quotes.
struct AttributionExtractor: Sendable {
  let lexicon: CueLexicon
  /// Whether a personal pronoun of the lexicon holds a space: when none does, a source with a
  /// space (which folding keeps) is no pronoun, and is not folded to find out.
  private let pronounsHaveSpace: Bool

  init(lexicon: CueLexicon) {
    self.lexicon = lexicon
    pronounsHaveSpace = lexicon.personalPronouns.contains { $0.utf8.contains(UInt8(ascii: " ")) }
  }

  /// The attributions of `paragraph`, in text order. `counted` marks the tokens of figures'
  /// quantities (`Vierzehn` in `Vierzehn Tote`): no name; `measured` those of figures with a
  /// measure: no part of a source; `narrated` the ranges of figures that change or run up: no
  /// source before their sentence speaks for them.
  func attributions(
    in paragraph: AnalyzedParagraph, entities: [Entity], taken: [Bool], counted: [Bool] = [],
    measured: [Bool] = [], narrated: [TextRange] = []
  ) -> [Attribution] {
    var result: [Attribution] = []
    let marked = timeTaken(taken, in: paragraph)
    let quotes = QuoteFinder.quotes(in: paragraph.tokens)
    var nextQuote = 0
    let entityStarts = entities.map(\.range.start)
    for sentence in paragraph.sentences {
      var scan = AttributionScan(
        paragraph: paragraph, sentence: sentence, lexicon: lexicon, taken: marked,
        counted: counted, measured: measured)
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
      guard var range = result[index].sourceRange else { continue }
      // A source cut inside a name ("der Gouverneur der | türkischen Grenzprovinz Hatay")
      // runs to the name's end.
      var position = FactExtractor.lowerBound(entityStarts, range.start)
      var extended = range.end
      while position < entities.count, entities[position].range.start < range.end {
        extended = max(extended, entities[position].range.end)
        position += 1
      }
      if extended > range.end,
        let sentence = paragraph.sentences.first(where: { $0.range.contains(range) }),
        extended <= sentence.range.end
      {
        range = TextRange(range.start, extended)
        result[index].sourceRange = range
        result[index].source = range.slice(of: paragraph.text)
      }
      // A cue that names its source itself ("nach türkischen Angaben") is left whole.
      if result[index].cueRange != range, let tokenRange = tokenRange(of: range, in: paragraph) {
        // "Le nouveau bilan fait état de 31 morts": a report names no one.
        if namesOnlyReport(tokenRange, in: paragraph, entities: entities) {
          result[index].source = nil
          result[index].sourceRange = nil
          continue
        }
        var found = speaker(of: tokenRange, in: paragraph, entities: entities)
        // "Edinilen bilgiye göre": what is left once a report's participle is taken off is
        // the report itself, which names no one either.
        // "Подтверждена гибель 8 человек": a noun that opens the reported content (the
        // subject of a passive report, `content-openers`) is no one's name.
        if (found.source != tokenRange && found.channel == nil
          && namesOnlyReport(found.source, in: paragraph, entities: entities))
          || lexicon.contentOpeners.contains(paragraph.keys[found.source.lowerBound])
        {
          result[index].source = nil
          result[index].sourceRange = nil
          continue
        }
        // "حصيلة سابقة أعلنها بعد الظهر" (an earlier toll he announced in the afternoon): a
        // report noun before a verb with an object pronoun is its object, and a source
        // ending with such a verb is that verb's own subject, the pronoun it holds.
        if let implied = impliedSubject(
          source: found.source, written: tokenRange, cue: result[index].cueRange, in: paragraph)
        {
          found = (implied, nil)
        }
        if found.source != tokenRange {
          range = paragraph.textRange(found.source)
          result[index].sourceRange = range
          result[index].source = range.slice(of: paragraph.text)
        }
        if let channel = found.channel, result[index].channel == nil {
          result[index].channel = paragraph.text(channel)
          result[index].channelRange = paragraph.textRange(channel)
        }
        if let trimmed = withoutCaseSuffix(found.source, written: tokenRange, in: paragraph) {
          range = trimmed
          result[index].sourceRange = range
          result[index].source = range.slice(of: paragraph.text)
        }
      }
      position = FactExtractor.lowerBound(entityStarts, range.start)
      var inside: [Entity] = []
      while position < entities.count, entities[position].range.start < range.end {
        if range.contains(entities[position].range) { inside.append(entities[position]) }
        position += 1
      }
      // A person or organization speaks; a place only when it is the whole source
      // ("Ankara said"), not when it qualifies it ("the governor of Hatay").
      // A person named in the source speaks before the organization it belongs to ("la
      // directrice générale d'Hélior, Claire Vasseur").
      // A titled person is the speaker before an untitled one ("Lebanese Interior Minister
      // Bassam Mawlawi": the run before the title is no one).
      // A role written in lowercase (a glossary's `prefect of Dravia`) yields to the name it
      // is apposed to ("the prefect of Dravia, Marta Kovel").
      let speaker =
        inside.first { $0.kind == .person && $0.title != nil }
        ?? inside.first { $0.kind == .person && $0.text.first?.isLowercase != true }
        ?? inside.first { $0.kind == .person } ?? inside.first { $0.kind == .organization }
      let place = inside.first { $0.range.length + 4 >= range.length }
      result[index].sourceEntity = (speaker ?? place)?.key
      // A verb-final sentence's first word alone ("Toplantının … bildirildi") is no source
      // unless it names someone or is a topic set off by a comma ("Fon, … yalanladı").
      if lexicon.verbFinal, result[index].kind == .verb, result[index].sourceEntity == nil,
        let source = result[index].source, !source.contains(" "),
        !lexicon.personalPronouns.contains(TextFolding.fold(source)),
        !isTopic(range, in: paragraph), !followsReportedClause(range, in: paragraph)
      {
        result[index].source = nil
        result[index].sourceRange = nil
      }
    }
    var sorted = result.sorted { ($0.cueRange ?? $0.content) < ($1.cueRange ?? $1.content) }
    foldChannelSources(&sorted, entities: entities)
    yieldToLaterReports(&sorted)
    continuePassiveReports(&sorted)
    reachBackToSubject(&sorted, paragraph: paragraph, entities: entities)
    nameAnaphors(&sorted, paragraph: paragraph, entities: entities)
    carryToNextSentence(
      &sorted, paragraph: paragraph, entities: entities, counted: counted, narrated: narrated)
    speakQuotedPronouns(&sorted, quotes: quotes)
    // "… a déclaré Claire Vasseur. Elle a chiffré …": the pronoun is the speaker named before.
    var speaker: EntityKey?
    for index in sorted.indices {
      if sorted[index].sourceEntity == nil, let source = sorted[index].source,
        pronounsHaveSpace || !source.utf8.contains(UInt8(ascii: " ")),
        lexicon.personalPronouns.contains(TextFolding.fold(source))
      {
        sorted[index].sourceEntity = speaker
      }
      if let entity = sorted[index].sourceEntity { speaker = entity }
    }
    return sorted
  }

  /// `taken` with the words of the paragraph's time phrases (`Dans l'après-midi`, `am
  /// Vormittag`, `el martes por la tarde`) marked as well: like dates, they are no source.
  private func timeTaken(_ taken: [Bool], in paragraph: AnalyzedParagraph) -> [Bool] {
    let phrases = lexicon.timePhrases
    let keys = paragraph.keys
    guard !phrases.isEmpty, taken.count == keys.count else { return taken }
    var marked = taken
    // Only a sentence with a cue can have a source.
    for sentence in paragraph.sentences
    where sentence.tokens.contains(where: { paragraph.has($0, TokenBits.cue) }) {
      let end = sentence.tokens.upperBound
      var index = sentence.tokens.lowerBound
      while index < end {
        guard paragraph.has(index, TokenBits.timeStarts),
          let found = phrases.longestMatch(in: keys, from: index, limit: min(end, index + 8))
        else {
          index += 1
          continue
        }
        for position in index..<found.end { marked[position] = true }
        index = found.end
      }
    }
    return marked
  }

  /// "\"We have confirmed 19 deaths,\" said Dr Maria Neira": a first-person source inside a
  /// quote (`We`, `Nous avons`) is no source of its own when the quote is attributed to a
  /// speaker (an attribution outside the quote whose content holds it): that one speaks.
  private func speakQuotedPronouns(_ sorted: inout [Attribution], quotes: [TextRange]) {
    guard !lexicon.firstPersonPronouns.isEmpty, !quotes.isEmpty else { return }
    var drop: [Int] = []
    for index in sorted.indices {
      guard let source = sorted[index].source, let range = sorted[index].sourceRange,
        let word = source.split(separator: " ").first,
        lexicon.firstPersonPronouns.contains(TextFolding.fold(String(word))),
        let quote = quotes.first(where: { $0.contains(range) }),
        sorted.contains(where: { other in
          other.source != nil && other.content.contains(range)
            && !(other.cueRange.map(quote.overlaps) ?? true)
            && !(other.sourceRange.map(quote.overlaps) ?? true)
        })
      else { continue }
      drop.append(index)
    }
    for index in drop.reversed() { sorted.remove(at: index) }
  }

  /// "أعلنت السلطات … مقتل 22 …، قبل أن يعلن الوالي … أنها بلغت ٣٣": what a later cue of the
  /// same content reports after it is that cue's, not the earlier one's.
  private func yieldToLaterReports(_ sorted: inout [Attribution]) {
    for index in sorted.indices.dropLast() {
      let next = sorted[index + 1]
      guard let cue = next.cueRange, next.content.start >= cue.start,
        sorted[index].content.start < cue.start, cue.start < sorted[index].content.end,
        let own = sorted[index].cueRange, own.end <= sorted[index].content.start
      else { continue }
      sorted[index].content.end = cue.start
    }
  }

  /// "Hélior договорился о покупке 85% акций … Сделка оценивает … в 2,5 млрд евро, говорится
  /// в сообщении Hélior.": a report that closes its sentence and names a speaker also covers
  /// the sentence before, when that sentence has no report of its own and its subject (first
  /// person or organization) is the speaker.
  private func reachBackToSubject(
    _ sorted: inout [Attribution], paragraph: AnalyzedParagraph, entities: [Entity]
  ) {
    let sentences = paragraph.sentences
    guard sentences.count > 1 else { return }
    let cues = sorted.compactMap(\.cueRange)
    for index in sorted.indices {
      let attribution = sorted[index]
      guard let speaker = attribution.sourceEntity, let cue = attribution.cueRange,
        attribution.content.end <= cue.start,
        let position = sentences.firstIndex(where: { $0.range.contains(cue) }), position > 0,
        sentences[position].range.contains(attribution.content)
      else { continue }
      let previous = sentences[position - 1].range
      guard !cues.contains(where: { previous.contains($0) }),
        let subject = entities.first(where: {
          previous.contains($0.range) && ($0.kind == .person || $0.kind == .organization)
        }),
        subject.key == speaker
      else { continue }
      sorted[index].content = TextRange(previous.start, attribution.content.end)
    }
  }

  /// "Karayel Enerji … açıkladı. … işlem, KAP'a yapılan bildirimle duyuruldu.": a passive
  /// report that names only a channel, right after a named speaker's report, is that same
  /// announcement: it gets the speaker, and the speaker's report gets the channel.
  private func continuePassiveReports(_ sorted: inout [Attribution]) {
    for index in sorted.indices.dropFirst() {
      let passive = sorted[index]
      let previous = sorted[index - 1]
      guard passive.source == nil, passive.channel != nil, lexicon.isPassive(passive.cue),
        previous.kind == .verb, previous.source != nil, !lexicon.isPassive(previous.cue)
      else { continue }
      sorted[index].source = previous.source
      sorted[index].sourceRange = previous.sourceRange
      sorted[index].sourceEntity = previous.sourceEntity
      if previous.channel == nil {
        sorted[index - 1].channel = passive.channel
        sorted[index - 1].channelRange = passive.channelRange
      }
    }
  }

  /// The verb whose inflection is the source (Arabic `أعلنها`): the last word of `source`
  /// when it is a speech verb with an object pronoun and no name follows it, or the
  /// attribution's own verb cue when it carries an object pronoun and the source before it
  /// opens with a report noun, its object (`حصيلة سابقة أعلنها`).
  private func impliedSubject(
    source: Range<Int>, written: Range<Int>, cue: TextRange?, in paragraph: AnalyzedParagraph
  ) -> Range<Int>? {
    guard !lexicon.objectSuffixes.isEmpty else { return nil }
    let keys = paragraph.keys
    let last = source.upperBound - 1
    if source.count > 1, paragraph.tokens[last].kind == .word, lexicon.isVerbWithObject(keys[last])
    {
      return last..<source.upperBound
    }
    guard let cue, let verb = tokenRange(of: cue, in: paragraph), verb.count == 1,
      verb.lowerBound >= written.upperBound, lexicon.isVerbWithObject(keys[verb.lowerBound]),
      isReportNoun(written.lowerBound, keys)
    else { return nil }
    return verb
  }

  /// "Médecins Sans Frontières … . The group said 212 people …": a source of an article and
  /// an anaphor noun alone (`l'ONG`, `the group`, `el departamento`) is the body the paragraph
  /// named last before it (an organization, no channel); its evidence is that name.
  private func nameAnaphors(
    _ sorted: inout [Attribution], paragraph: AnalyzedParagraph, entities: [Entity]
  ) {
    guard !lexicon.anaphorNouns.isEmpty else { return }
    for index in sorted.indices {
      // The noun may be read as a name itself ("ONG").
      guard let range = sorted[index].sourceRange,
        let tokens = tokenRange(of: range, in: paragraph), tokens.count <= 3,
        let last = tokens.last, lexicon.anaphorNouns.contains(paragraph.keys[last]),
        sorted[index].sourceEntity == nil
          || entities.contains(where: {
            $0.key == sorted[index].sourceEntity
              && $0.range == paragraph.tokens[last].range
          }),
        tokens.dropLast().allSatisfy({
          paragraph.tokens[$0].kind != .word || paragraph.tokens[$0].scalarCount <= 3
        }),
        let body = entities.last(where: {
          $0.range.end <= range.start && $0.kind == .organization && !Self.isChannel($0)
        })
      else { continue }
      sorted[index].source = body.text
      sorted[index].sourceRange = body.range
      sorted[index].sourceEntity = body.key
    }
  }

  /// "…, a annoncé le gouverneur, Levent Karasu. Dix-sept mineurs sont toujours bloqués.",
  /// "Gouverneur X hat neue Zahlen genannt. Es seien 19 Bergleute …": a sentence with no
  /// report of its own and no person or body of its own, right after a sentence whose
  /// source reports, is that source's too; not one that tells how a toll changed or ran up
  /// (`narrated`: "Şehit sayısı gece saatlerinde önce 29'a, ardından 33'e yükseldi" is the
  /// outlet's own account).
  private func carryToNextSentence(
    _ sorted: inout [Attribution], paragraph: AnalyzedParagraph, entities: [Entity],
    counted: [Bool], narrated: [TextRange]
  ) {
    let sentences = paragraph.sentences
    guard sentences.count > 1, !sorted.isEmpty, !counted.isEmpty else { return }
    var carried: [Attribution] = []
    for position in sentences.indices.dropFirst() {
      let range = sentences[position].range
      let previous = sentences[position - 1].range
      guard
        !sorted.contains(where: {
          $0.content.overlaps(range) || ($0.cueRange.map(range.overlaps) ?? false)
        }),
        !entities.contains(where: {
          range.contains($0.range) && ($0.kind == .person || $0.kind == .organization)
        }),
        !narrated.contains(where: range.overlaps),
        // Only a sentence with a figure takes the source: "the figure takes it".
        sentences[position].tokens.contains(where: { counted[$0] }),
        var speaker = sorted.last(where: {
          $0.kind != .quote && $0.source != nil && ($0.cueRange.map(previous.contains) ?? false)
        })
      else { continue }
      speaker.content = range
      speaker.quote = nil
      speaker.figures = []
      carried.append(speaker)
    }
    guard !carried.isEmpty else { return }
    sorted = (sorted + carried).sorted {
      ($0.cueRange ?? $0.content, $0.content) < ($1.cueRange ?? $1.content, $1.content)
    }
  }

  /// The tokens that `range` covers, when it starts and ends at token edges.
  private func tokenRange(of range: TextRange, in paragraph: AnalyzedParagraph) -> Range<Int>? {
    let tokens = paragraph.tokens
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].range.start < range.start { low = middle + 1 } else { high = middle }
    }
    guard low < tokens.count, tokens[low].range.start == range.start else { return nil }
    var last = low
    while last < tokens.count, tokens[last].range.end < range.end { last += 1 }
    guard last < tokens.count, tokens[last].range.end == range.end else { return nil }
    return low..<(last + 1)
  }

  /// Whether the word right before the source at `range` closes a reported clause (`…
  /// olduğunu yetkililer bildirdi`): a subject between that clause and its verb.
  private func followsReportedClause(_ range: TextRange, in paragraph: AnalyzedParagraph)
    -> Bool
  {
    guard !lexicon.contentEndings.isEmpty,
      let index = paragraph.tokens.firstIndex(where: { $0.range.start == range.start }),
      index > 0, paragraph.tokens[index - 1].kind == .word
    else { return false }
    let key = paragraph.keys[index - 1]
    return lexicon.contentEndings.contains { key.hasByteSuffix($0) }
  }

  /// Whether the one-word source at `range` is a topic set off by a comma ("Fon, …"), not
  /// a word in a case that is no subject ("Toplantının, …").
  private func isTopic(_ range: TextRange, in paragraph: AnalyzedParagraph) -> Bool {
    guard
      let index = paragraph.tokens.firstIndex(where: { $0.range.start == range.start }),
      index + 1 < paragraph.tokens.count, paragraph.tokens[index + 1].is(",")
    else {
      return false
    }
    let key = paragraph.keys[index]
    return !lexicon.nonSubjectEndings.contains { key.hasByteSuffix($0) }
  }
}
