import ParallaxCorpus
import ParallaxText

/// What a source phrase holds beside its speaker: a channel it spoke through (`told
/// Reuters`, `РИА Новости представитель полиции`, `la agencia Anadolu citando a …`) and the
/// nouns of a report (`Angaben des Roten Kreuzes`, `verilerine`), taken off so that the
/// source is the speaker.
extension AttributionExtractor {
  /// The concepts of the gazetteer that are channels (news agencies and broadcasters, the
  /// `agencies` file): they carry what a source says, they are not the source.
  static let channelConcepts: Set<String> = Set(
    FactExtractor.gazetteer.entries.filter {
      $0.domain.lowercased().contains("agenc") || $0.domain.lowercased().contains("media")
    }.map(\.id))

  /// Whether `entity` is a channel: a news agency or broadcaster of the gazetteer.
  static func isChannel(_ entity: Entity) -> Bool {
    guard let concept = entity.key.concept else { return false }
    return channelConcepts.contains(concept)
  }

  /// The source's token range trimmed to its speaker, and the channel found in it.
  func speaker(
    of source: Range<Int>, in paragraph: AnalyzedParagraph, entities: [Entity]
  ) -> (source: Range<Int>, channel: Range<Int>?) {
    guard source.count > 1 else { return (source, nil) }
    let tokens = paragraph.tokens
    let keys = paragraph.keys
    var first = source.lowerBound
    var last = source.upperBound
    var channel: Range<Int>?
    let low = tokens[first].range.start
    let high = tokens[last - 1].range.end
    var channels: [Entity] = []
    for entity in entities
    where entity.key.concept != nil && entity.range.start >= low && entity.range.end <= high
      && Self.isChannel(entity)
    {
      channels.append(entity)
    }
    // "informó en X el ministro": where the source spoke, before it, is no part of it.
    if let mark = lexicon.sourceMarks.longestMatch(in: keys, from: first, limit: last),
      mark.value == .closer, mark.end - first >= 2, mark.end < last
    {
      first = mark.end
    }
    // One pass over the source's words: a phrase that ends it ("un responsable de l'hôpital
    // sous couvert d'anonymat"), one that cites after a channel, cues inside it.
    var citing: (at: Int, end: Int)?
    var cues: [(at: Int, end: Int, verb: Bool)] = []
    var probe = first + 1
    scan: while probe < last {
      if let mark = lexicon.sourceMarks.longestMatch(in: keys, from: probe, limit: last) {
        switch mark.value {
        // "un communiqué du ministère": after an article, the word is a noun, no closer.
        case .closer where !lexicon.nounMarkers.contains(keys[probe - 1]):
          last = probe
          break scan
        case .closer:
          break
        case .citing:
          if citing == nil { citing = (probe, mark.end) }
        case .reportNoun:
          break
        }
      }
      // "a UNHCR spokeswoman in Geneva": a place of capitalized words ends the source.
      if endsWithPlace(probe, last: last, tokens: tokens, keys: keys),
        !entities.contains(where: {
          $0.range.start < tokens[probe].range.start && $0.range.end > tokens[probe].range.end
        })
      {
        last = probe
        break scan
      }
      if paragraph.has(probe, TokenBits.cue),
        let cue = lexicon.cues.longestMatch(in: keys, from: probe, limit: last)
      {
        if case .verb = cue.value {
          cues.append((probe, cue.end, true))
        } else {
          cues.append((probe, cue.end, false))
        }
      }
      probe += 1
    }
    // "la agencia Anadolu citando a la gobernación", "Reuters со ссылкой на …": after a
    // channel, the phrase that cites names the speaker.
    if let citing, citing.end < last,
      channels.contains(where: { $0.range.end <= tokens[citing.at].range.start })
        || (first..<citing.at).contains(where: { lexicon.channelNouns.contains(keys[$0]) })
    {
      channel = first..<citing.at
      first = citing.end
    } else if let citing, citing.end < last,
      (first..<citing.at).contains(where: {
        isReportNoun($0, keys)
      })
    {
      // "un premier bilan communiqué par la préfecture": who gave the report speaks.
      first = citing.end
    }
    // "Reuters'ın haberine göre BM yetkilileri … açıkladı": a cue inside a verb's source
    // reports the rest of it.
    if let cue = cues.first(where: { $0.at > first && $0.at < last - 1 }), cue.end < last,
      !cue.verb
    {
      if channel == nil, channels.contains(where: { $0.range.end <= tokens[cue.at].range.start }) {
        channel = first..<cue.at
      }
      first = cue.end
    }
    // A channel opening the source ("a EFE el portavoz", "РИА Новости представитель"), or
    // closing it ("ein Krankenhausmitarbeiter der Deutschen Presse-Agentur").
    for entity in channels {
      let start = index(startingAt: entity.range.start, in: tokens, from: first, to: last)
      let stop = index(endingAt: entity.range.end, in: tokens, from: first, to: last)
      guard let start, let stop else { continue }
      // "Sağlık kaynakları AA muhabirine": channel nouns after the channel close it.
      var tail = stop + 1
      while tail < last, start > first, lexicon.channelNouns.contains(keys[tail]) { tail += 1 }
      if tail > stop + 1, tail == last {
        channel = start..<tail
        last = start
        break
      }
      // What follows must be words of its own, not a case suffix ("Anadolu Ajansı'na").
      if start - first <= 1, stop + 1 < last,
        start == first || !tokens[first].isCapitalized,
        tokens[stop + 1].spaceBefore || tokens[stop + 1].is(",")
      {
        channel = start..<(stop + 1)
        first = stop + 1
        while first < last, tokens[first].kind == .punctuation { first += 1 }
      } else if stop + 1 == last, start > first,
        !(first..<start).contains(where: { lexicon.channelNouns.contains(keys[$0]) }),
        (first..<start).contains(where: {
          tokens[$0].kind == .word && tokens[$0].scalarCount > 3
        })
      {
        // "la agencia Anadolu" is the agency itself.
        channel = start..<(stop + 1)
        last = start
        var trimmed = 0
        while last > first + 1, trimmed < 3,
          tokens[last - 1].kind == .punctuation
            || (tokens[last - 1].kind == .word && !tokens[last - 1].isCapitalized
              && tokens[last - 1].scalarCount <= 5 && tokens[last - 1].script != .arabic)
        {
          last -= 1
          trimmed += 1
        }
      }
    }
    // "Angaben des Roten Kreuzes", "Zelenskiy's figures", "Kerem Kınık'ın açıklamasına":
    // the report is not the speaker.
    if last - first > 1, isReportNoun(first, keys) {
      first += 1
    } else if let noun = ((first + 1)..<max(first + 1, min(last - 1, first + 3))).first(where: {
      isReportNoun($0, keys)
    }),
      (first..<noun).allSatisfy({ isModifier($0, tokens) }),
      // "the statistics agency": a report noun before the last noun names that noun.
      noun + 2 != last || tokens[last - 1].kind != .word
    {
      // "un bilan de la préfecture", "die neuen Angaben des Roten Kreuzes": the report
      // after its article and adjectives is not the speaker.
      first = noun + 1
    }
    var dropped = 0
    // "the Office for National Statistics": a name's last word stays.
    func inName(_ index: Int) -> Bool {
      let word = tokens[index].range
      return entities.contains { $0.range.start < word.start && $0.range.end >= word.end }
    }
    while last - first > 1, dropped < 2, isReportNoun(last - 1, keys), !inName(last - 1) {
      last -= 1
      dropped += 1
    }
    // "Sağlık Bakanlığı'nın son verilerine": the report's modifiers after its possessor
    // (a genitive suffix after an apostrophe) are no part of the speaker.
    // "Gözlemevi'nin AFP'ye yaptığı açıklamaya": a channel in the dative between them too.
    if dropped > 0, !lexicon.possessorSuffixes.isEmpty {
      var probe = last - 1
      var skipped = 0
      var words = 0
      var sawChannel = false
      // "Dünya Sağlık Örgütü'nün (DSÖ) Gazze raporuna", "Bakan Ali Yerlikaya'nın sosyal medya
      // hesabından duyurduğuna": up to four words of the report and an acronym in brackets.
      while probe > first + 1, skipped < 8, words < 4 || sawChannel {
        let token = tokens[probe]
        if token.kind == .word, lexicon.possessorSuffixes.contains(keys[probe]) { break }
        if channels.contains(where: {
          $0.range.start <= token.range.start && token.range.end <= $0.range.end
        }) {
          sawChannel = true
        } else if token.kind == .word {
          words += 1
        } else if !token.isAny(["'", "’", "(", ")"]) {
          break
        }
        probe -= 1
        skipped += 1
      }
      if skipped > 0, probe > first + 1, lexicon.possessorSuffixes.contains(keys[probe]),
        tokens[probe - 1].is("'") || tokens[probe - 1].is("’")
      {
        if sawChannel, channel == nil { channel = (probe + 1)..<last }
        last = probe + 1
      } else if last - first > 1, tokens[first].kind == .word,
        lexicon.nonSubjectEndings.contains(where: {
          keys[first].hasByteSuffix($0) && keys[first].count > $0.count + 2
        }),
        ((first + 1)..<last).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized })
      {
        // "Valinin açıkladığı son verilere": a genitive glued to a common noun opening the
        // source is the possessor; the report's modifiers after it are cut.
        last = first + 1
      }
    }
    guard first < last, (first..<last).contains(where: { tokens[$0].kind == .word }) else {
      return (source, nil)
    }
    return (first..<last, channel)
  }

  /// Whether the word at `index` is a preposition of place (`in`, `à`) followed by one to
  /// three capitalized words that end the source at `last` (`in Geneva`, `à Genève`).
  private func endsWithPlace(_ index: Int, last: Int, tokens: [Token], keys: [String]) -> Bool {
    guard !lexicon.sourcePlaces.isEmpty, index + 1 < last, tokens[index + 1].isCapitalized,
      tokens[index].kind == .word, !tokens[index].isCapitalized,
      lexicon.sourcePlaces.contains(keys[index])
    else { return false }
    let rest = (index + 1)..<last
    let words = rest.filter { tokens[$0].kind == .word }
    return !words.isEmpty && words.count <= 3
      && rest.allSatisfy {
        tokens[$0].kind == .word ? tokens[$0].isCapitalized : tokens[$0].is("-")
      }
  }

  /// Whether the source at `range` names only a report (`Le nouveau bilan`, `the figures`):
  /// a short phrase ending with a report noun, no entity in it.
  func namesOnlyReport(
    _ range: Range<Int>, in paragraph: AnalyzedParagraph, entities: [Entity]
  ) -> Bool {
    guard !range.isEmpty, range.count <= 3, isReportNoun(range.upperBound - 1, paragraph.keys),
      range.dropLast().allSatisfy({ isModifier($0, paragraph.tokens) })
    else { return false }
    let text = paragraph.textRange(range)
    return !entities.contains { text.overlaps($0.range) }
  }

  /// Whether the word at `index` may be an article or adjective before a report noun: a
  /// lowercase word, or a capitalized one of three letters at most (`Le`, `Die`).
  private func isModifier(_ index: Int, _ tokens: [Token]) -> Bool {
    tokens[index].kind == .word && (!tokens[index].isCapitalized || tokens[index].scalarCount <= 3)
  }

  /// Whether the word at `index` is a noun of a report (`Angaben`, `figures`).
  func isReportNoun(_ index: Int, _ keys: [String]) -> Bool {
    lexicon.sourceMarks.longestMatch(in: keys, from: index, limit: index + 1)?.value == .reportNoun
  }

  /// The token in `from..<to` that starts at scalar `offset`.
  private func index(startingAt offset: Int, in tokens: [Token], from: Int, to: Int) -> Int? {
    (from..<to).first { tokens[$0].range.start == offset }
  }

  /// The token in `from..<to` that ends at scalar `offset`.
  private func index(endingAt offset: Int, in tokens: [Token], from: Int, to: Int) -> Int? {
    (from..<to).first { tokens[$0].range.end == offset }
  }

  /// "Reuters'ın haberine göre BM yetkilileri … açıkladı": an attribution whose source is a
  /// channel alone, beside one whose source speaks for the same figures, is that one's
  /// channel.
  func foldChannelSources(_ sorted: inout [Attribution], entities: [Entity]) {
    guard sorted.count > 1 else { return }
    var drop: [Int] = []
    for index in sorted.indices {
      let attribution = sorted[index]
      guard attribution.kind != .quote, let range = attribution.sourceRange,
        let entity = entities.first(where: { range.contains($0.range) && Self.isChannel($0) }),
        attribution.sourceEntity == entity.key
      else { continue }
      guard
        let other = sorted.indices.first(where: { other in
          other != index && !drop.contains(other) && sorted[other].source != nil
            && sorted[other].sourceEntity.map { key in
              !Self.channelConcepts.contains(key.concept ?? "")
            } ?? true
            && sorted[other].content.overlaps(attribution.content)
            && !(sorted[other].sourceRange?.overlaps(range) ?? false)
        })
      else { continue }
      if sorted[other].channel == nil {
        sorted[other].channel = attribution.source
        sorted[other].channelRange = attribution.sourceRange
      }
      drop.append(index)
    }
    for index in drop.sorted(by: >) { sorted.remove(at: index) }
  }
}
