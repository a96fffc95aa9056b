import ParallaxCorpus
import ParallaxText

/// Finds people, organizations and places in a paragraph: glossary and gazetteer names in
/// every script, runs of capitalized words in Latin and Cyrillic, titles kept apart from
/// names, and acronyms in parentheses linked to the name before them.
struct EntityExtractor: Sendable {
  let lexicon: EntityLexicon
  let names: NameIndex

  /// The longest name, in tokens.
  static let maxNameTokens = 12

  /// The entities of `paragraph`; tokens in `taken` (dates) are never part of a name.
  func entities(
    in paragraph: AnalyzedParagraph, context: ReportContext, taken: [Bool],
    surnames: [String: EntityKey] = [:]
  ) -> [Entity] {
    guard let first = paragraph.sentences.first else { return [] }
    // One scan for the paragraph, moved from sentence to sentence: making one per sentence
    // copied the name index and the paragraph's arrays every time.
    var scan = EntityScan(
      paragraph: paragraph, sentence: first, lexicon: lexicon, names: names,
      context: context, taken: taken)
    scan.surnames = surnames
    var found: [Entity] = []
    for sentence in paragraph.sentences {
      found += scan.run(sentence)
    }
    return found
  }
}

/// One pass over one sentence.
struct EntityScan: MaskedTokenScan {
  static let joiners: Set<Unicode.Scalar> = ["-", "'", "’"]
  static let quoteOpeners: Set<Unicode.Scalar> = ["«", "“", "„", "\"", "‘", ":", "—", "–"]
  let paragraph: AnalyzedParagraph
  private(set) var sentence: Sentence
  let lexicon: EntityLexicon
  let names: NameIndex
  let context: ReportContext
  let taken: [Bool]
  /// Surnames of people named in full earlier in the report, with their keys.
  var surnames: [String: EntityKey] = [:]
  var result: [Entity] = []

  init(
    paragraph: AnalyzedParagraph, sentence: Sentence, lexicon: EntityLexicon, names: NameIndex,
    context: ReportContext, taken: [Bool]
  ) {
    self.paragraph = paragraph
    self.sentence = sentence
    self.lexicon = lexicon
    self.names = names
    self.context = context
    self.taken = taken
    tokens = paragraph.tokens
    keys = paragraph.keys
    masks = paragraph.folded.masks
    end = sentence.tokens.upperBound
  }

  let tokens: [Token]
  let keys: [String]
  let masks: [UInt32]
  private(set) var end: Int

  /// The entities of `sentence` (a sentence of the paragraph).
  mutating func run(_ sentence: Sentence) -> [Entity] {
    self.sentence = sentence
    end = sentence.tokens.upperBound
    result = []
    return run()
  }

  mutating func run() -> [Entity] {
    let firstWord = sentence.tokens.first { tokens[$0].kind == .word } ?? sentence.tokens.lowerBound
    var index = sentence.tokens.lowerBound
    var pendingTitle: (range: Range<Int>, kind: EntityKind)?
    // A title with a complement (`el ministro del Interior, Süleyman Soylu`): where the name
    // starts, and the title it takes there.
    var titled: (at: Int, range: Range<Int>, kind: EntityKind)?
    while index < end {
      if let forced = titled, index >= forced.at {
        if index == forced.at { pendingTitle = (forced.range, forced.kind) }
        titled = nil
      }
      if taken[index] || tokens[index].kind != .word {
        if !(tokens[index].is(",") && pendingTitle != nil) { pendingTitle = nil }
        index += 1
        continue
      }
      // An elided article: d'Idleb, L'Observatoire.
      // (The apostrophe first: it rules out most words without hashing them; and a mark
      // first: a word's key is never "'", and the kind is read without a string compare.)
      if index + 2 < end, tokens[index + 1].kind == .punctuation, keys[index + 1] == "'",
        !tokens[index + 1].spaceBefore,
        isIn(index, TokenBits.elisions)
      {
        index += 2
        continue
      }
      if paragraph.has(index, TokenBits.name),
        let known = names.match(tokens, keys, at: index, limit: min(end, index + 12))
      {
        // "Президент Турции Реджеп Тайип Эрдоган": the title, with its country, goes to the
        // person named next.
        if let title = pendingTitle, known.name.kind == .place || known.name.kind == .organization,
          startsName(at: known.end),
          known.end < end, tokens[known.end].kind == .word
        {
          emitKnown(known, at: index, title: nil)
          pendingTitle = (title.range.lowerBound..<known.end, title.kind)
          index = known.end
          continue
        }
        emitKnown(known, at: index, title: pendingTitle?.range)
        emitInnerKnown(
          from: index, to: known.end, outer: known.name.concept, outerKind: known.name.kind)
        pendingTitle = nil
        index = known.end
        continue
      }
      if paragraph.has(index, TokenBits.title),
        let title = lexicon.titles.longestMatch(in: keys, from: index, limit: min(end, index + 4))
      {
        // "el ministro del Interior, Süleyman Soylu", "Губернатор Белгородской области
        // Вячеслав Гладков", "وزير الداخلية التركي علي …": the title runs over its
        // complement to the name.
        if title.value == .person, let complement = titleComplement(after: title.end) {
          pendingTitle = nil
          if let name = complement.name {
            emitTitledName(name, title: index..<complement.title)
            emitInnerKnown(from: title.end, to: complement.title, outer: nil, outerKind: .place)
            index = name.upperBound
          } else {
            // The complement's own names are found as usual; the title waits for the name.
            let at = tokens[complement.title].is(",") ? complement.title + 1 : complement.title
            titled = (at, index..<complement.title, title.value)
            index = title.end
          }
          continue
        }
        if startsName(at: title.end) {
          pendingTitle = (index..<title.end, title.value)
          index = title.end
          continue
        }
      }
      if tokens[index].isCapitalized, lexicon.hasCapitals,
        tokens[index].script == .latin || tokens[index].script == .cyrillic,
        var span = capitalizedSpan(from: index)
      {
        // "Министр … Ливана Бассам Мавлави": the complement's last name ends where the
        // titled name starts.
        if let forced = titled, span.lowerBound < forced.at, forced.at < span.upperBound {
          span = span.lowerBound..<forced.at
        }
        // "Kommunikationsdirektor Fahrettin Altun": a word right before a known person is
        // a title.
        if span.count == 1, pendingTitle == nil, span.upperBound < end,
          paragraph.has(span.upperBound, TokenBits.name),
          let known = names.match(tokens, keys, at: span.upperBound, limit: end),
          known.name.kind == .person, !isIn(span.lowerBound, TokenBits.functionWords),
          !hasCommonNounEnding(span.lowerBound)
        {
          pendingTitle = (span, .person)
          index = span.upperBound
          continue
        }
        accept(
          span, sentenceInitial: index == firstWord || opensQuote(before: index),
          title: pendingTitle)
        pendingTitle = nil
        index = span.upperBound
        continue
      }
      // "نقابة عمال المناجم المستقلة (باميس)": in a script without capitals, one word in
      // brackets right after a phrase is that body's acronym.
      if !lexicon.hasCapitals, isBracketedAcronym(index) {
        let text = paragraph.text(index..<(index + 1))
        result.append(
          Entity(
            range: paragraph.textRange(index..<(index + 1)), text: text, kind: .organization,
            key: EntityKey(name: text), evidence: .acronym))
      }
      pendingTitle = nil
      index += 1
    }
    linkAcronyms()
    return result
  }

  /// Whether the word at `index` stands alone in brackets after a word (`… المستقلة (باميس)`),
  /// short, no function word and without a complement's prefix (`(الأونروا)` is a name the
  /// lists know, or none).
  private func isBracketedAcronym(_ index: Int) -> Bool {
    guard index >= 2, index + 1 < end, tokens[index - 1].is("("), tokens[index + 1].is(")"),
      tokens[index - 2].kind == .word, tokens[index].scalarCount <= 8,
      !isIn(index, TokenBits.functionWords),
      !lexicon.complementPrefixes.contains(where: { keys[index].hasBytePrefix($0) })
    else { return false }
    return true
  }

  /// Whether a name can begin at `index` (after a title, maybe after a comma).
  private func startsName(at index: Int) -> Bool {
    var index = index
    if index < end, keys[index] == "," { index += 1 }
    guard index < end, tokens[index].kind == .word, !taken[index] else { return false }
    return tokens[index].isCapitalized
      || (paragraph.has(index, TokenBits.name)
        && names.match(tokens, keys, at: index, limit: end) != nil)
  }

  /// A run of capitalized words with connectors, hyphens and elisions inside, stopping before
  /// a known place or organization.
  private func capitalizedSpan(from start: Int) -> Range<Int>? {
    var last = start
    var steps = 0
    while steps < EntityExtractor.maxNameTokens {
      steps += 1
      let next = last + 1
      guard next < end else { break }
      let token = tokens[next]
      if token.isAny(Self.joiners), !token.spaceBefore, next + 1 < end,
        !tokens[next + 1].spaceBefore, tokens[next + 1].kind == .word
      {
        // "DRK-Sprecherin Anna Behrens": a title after the hyphen is no part of the name.
        if tokens[next + 1].isCapitalized, !taken[next + 1], !startsTitle(at: next + 1) {
          last = next + 1
          continue
        }
        break
      }
      // An initial: "J. Martin", "Р. Доган".
      if token.is("."), !token.spaceBefore, next + 1 < end, tokens[next + 1].isCapitalized,
        tokens[next + 1].kind == .word, tokens[last].kind == .word,
        tokens[last].scalarCount == 1, tokens[last].isCapitalized
      {
        last = next + 1
        continue
      }
      if token.kind == .word, token.isCapitalized, !taken[next], !stopsSpan(at: next),
        !startsTitle(at: next)
      {
        last = next
        continue
      }
      if token.kind == .word, isIn(next, TokenBits.entityConnectors) {
        var probe = next + 1
        while probe < min(end, next + 4) {
          if tokens[probe].kind == .word, tokens[probe].isCapitalized { break }
          if !(isIn(probe, TokenBits.entityConnectors) || isIn(probe, TokenBits.elisions)
            || tokens[probe].isAny(Self.joiners))
          {
            probe = end
            break
          }
          probe += 1
        }
        if probe < min(end, next + 4), !taken[probe], !stopsSpan(at: probe) {
          last = probe
          continue
        }
      }
      break
    }
    return start..<(last + 1)
  }

  /// Whether a quotation mark, colon or dash opens what starts at `index`: a capital there
  /// is a sentence capital.
  private func opensQuote(before index: Int) -> Bool {
    index > sentence.tokens.lowerBound && tokens[index - 1].isAny(Self.quoteOpeners)
  }

  private func startsTitle(at index: Int) -> Bool {
    paragraph.has(index, TokenBits.title)
      && lexicon.titles.longestMatch(in: keys, from: index, limit: min(end, index + 4)) != nil
  }

  private func stopsSpan(at index: Int) -> Bool {
    guard paragraph.has(index, TokenBits.name),
      let known = names.match(tokens, keys, at: index, limit: min(end, index + 12))
    else {
      return false
    }
    // A full known name stops the span; a known surname alone ("Erdogan") is absorbed.
    return known.name.kind != .person || known.end - index >= 2
  }

  private mutating func accept(
    _ span: Range<Int>, sentenceInitial: Bool, title: (range: Range<Int>, kind: EntityKind)?
  ) {
    var span = span
    if sentenceInitial {
      while !span.isEmpty, isIn(span.lowerBound, TokenBits.functionWords) {
        span = (span.lowerBound + 1)..<span.upperBound
      }
      while !span.isEmpty, tokens[span.lowerBound].kind != .word {
        span = (span.lowerBound + 1)..<span.upperBound
      }
      // "Toplantıya Hulusi Akar katıldı": a case-marked common noun opens the sentence.
      if span.count >= 2, hasCommonNounEnding(span.lowerBound),
        !context.isName(paragraph.folded.ids[span.lowerBound])
      {
        span = (span.lowerBound + 1)..<span.upperBound
        while !span.isEmpty, tokens[span.lowerBound].kind != .word {
          span = (span.lowerBound + 1)..<span.upperBound
        }
      }
      guard !span.isEmpty else { return }
    } else if span.count == 1, isIn(span.lowerBound, TokenBits.functionWords) {
      return
    }
    // A lone capital letter is no name ("T" of a timestamp, "A" of a list).
    if span.count == 1, tokens[span.lowerBound].scalarCount == 1 { return }
    // Counted, not collected: no array for every candidate span.
    var words = 0
    var named = 0
    for index in span where tokens[index].kind == .word && tokens[index].isCapitalized {
      words += 1
      if !isIn(index, TokenBits.functionWords) { named += 1 }
    }
    let isAcronym = span.count == 1 && tokens[span.lowerBound].isAllCaps
    if span.count == 1, let known = surnames[keys[span.lowerBound]] {
      // "Doğan" after "Rahmi Doğan": the same person.
      var entity = Entity(
        range: paragraph.textRange(span), text: paragraph.text(span), kind: .person, key: known,
        evidence: .capitalization)
      if let title {
        entity.title = paragraph.text(title.range)
        entity.titleRange = paragraph.textRange(title.range)
      }
      result.append(entity)
      return
    }
    if sentenceInitial, words == 1, startsSentence(span.lowerBound), title == nil,
      !isAcronym, !context.isName(paragraph.folded.ids[span.lowerBound])
    {
      return
    }
    if lexicon.nounsCapitalized, title == nil, !isAcronym {
      // "2,5 Milliarden Euro": nouns of the function-word list are no part of a name.
      guard words >= 2, named >= 2, !sentenceInitial || !startsSentence(span.lowerBound)
      else { return }
      // "die Zahl der Todesopfer", "ein Netz von Informanten": an article makes a noun.
      let before = span.lowerBound - 1
      if before >= sentence.tokens.lowerBound, isIn(before, TokenBits.functionWords) {
        return
      }
      if span.contains(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized }) {
        return
      }
    }
    var kind = classify(span, title: title)
    var evidence: EntityEvidence = title != nil ? .title : isAcronym ? .acronym : .capitalization
    if kind == .organization, !isAcronym, let extended = organizationExtent(from: span) {
      span = extended
      kind = .organization
      evidence = .capitalization
    }
    let range = paragraph.textRange(span)
    let text = paragraph.text(span)
    var entity = Entity(
      range: range, text: text, kind: kind, key: EntityKey(name: text), evidence: evidence)
    if let title {
      entity.title = paragraph.text(title.range)
      entity.titleRange = paragraph.textRange(title.range)
    }
    if isAcronym { entity.acronym = text }
    result.append(entity)
  }

  private func startsSentence(_ index: Int) -> Bool {
    index == wordStart() || opensQuote(before: index)
  }

  private func wordStart() -> Int {
    sentence.tokens.first { tokens[$0].kind == .word } ?? sentence.tokens.lowerBound
  }
}
