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
    let tokens = paragraph.tokens
    let keys = paragraph.keys
    var first = source.lowerBound
    var last = source.upperBound
    var channel: Range<Int>?
    let channels = entities.filter {
      Self.isChannel($0) && $0.range.start >= tokens[first].range.start
        && $0.range.end <= tokens[last - 1].range.end
    }
    // "un responsable de l'hôpital sous couvert d'anonymat": the speaker ends before it.
    if !lexicon.sourceClosers.isEmpty {
      for probe in (first + 1)..<last
      where lexicon.sourceClosers.longestMatch(in: keys, from: probe, limit: last) != nil {
        last = probe
        break
      }
    }
    // "la agencia Anadolu citando a la gobernación", "Reuters со ссылкой на …": after a
    // channel, the phrase that cites names the speaker.
    if !lexicon.citing.isEmpty {
      var probe = first + 1
      while probe < last {
        if let cited = lexicon.citing.longestMatch(in: keys, from: probe, limit: last),
          cited.end < last,
          channels.contains(where: { $0.range.end <= tokens[probe].range.start })
            || (first..<probe).contains(where: { lexicon.channelNouns.contains(keys[$0]) })
        {
          channel = first..<probe
          first = cited.end
          break
        }
        probe += 1
      }
    }
    // "Reuters'ın haberine göre BM yetkilileri … açıkladı": a cue inside a verb's source
    // reports the rest of it.
    var probe = first + 1
    while probe < last - 1 {
      if paragraph.has(probe, TokenBits.cue),
        let cue = lexicon.cues.longestMatch(in: keys, from: probe, limit: last), cue.end < last
      {
        if case .verb = cue.value {
        } else {
          if channel == nil, channels.contains(where: { $0.range.end <= tokens[probe].range.start })
          {
            channel = first..<probe
          }
          first = cue.end
        }
        break
      }
      probe += 1
    }
    // A channel opening the source ("a EFE el portavoz", "РИА Новости представитель"), or
    // closing it ("ein Krankenhausmitarbeiter der Deutschen Presse-Agentur").
    for entity in channels {
      let start = index(startingAt: entity.range.start, in: tokens, from: first, to: last)
      let stop = index(endingAt: entity.range.end, in: tokens, from: first, to: last)
      guard let start, let stop else { continue }
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
    if !lexicon.reportNouns.isEmpty {
      if last - first > 1, lexicon.reportNouns.contains(keys[first]) { first += 1 }
      var dropped = 0
      while last - first > 1, dropped < 2, lexicon.reportNouns.contains(keys[last - 1]) {
        last -= 1
        dropped += 1
      }
    }
    guard first < last, (first..<last).contains(where: { tokens[$0].kind == .word }) else {
      return (source, nil)
    }
    return (first..<last, channel)
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
