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
    pronounsHaveSpace = lexicon.personalPronouns.contains { $0.utf8.contains(0x20) }
  }

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
      let speaker =
        inside.first { $0.kind == .person } ?? inside.first { $0.kind == .organization }
      let place = inside.first { $0.range.length + 4 >= range.length }
      result[index].sourceEntity = (speaker ?? place)?.key
      // A verb-final sentence's first word alone ("Toplantının … bildirildi") is no source
      // unless it names someone or is a topic set off by a comma ("Fon, … yalanladı").
      if lexicon.verbFinal, result[index].kind == .verb, result[index].sourceEntity == nil,
        result[index].source?.contains(" ") == false,
        !isTopic(range, in: paragraph)
      {
        result[index].source = nil
        result[index].sourceRange = nil
      }
    }
    var sorted = result.sorted { ($0.cueRange ?? $0.content) < ($1.cueRange ?? $1.content) }
    // "… a déclaré Claire Vasseur. Elle a chiffré …": the pronoun is the speaker named before.
    var speaker: EntityKey?
    for index in sorted.indices {
      if sorted[index].sourceEntity == nil, let source = sorted[index].source,
        pronounsHaveSpace || !source.utf8.contains(0x20),
        lexicon.personalPronouns.contains(TextFolding.fold(source))
      {
        sorted[index].sourceEntity = speaker
      }
      if let entity = sorted[index].sourceEntity { speaker = entity }
    }
    return sorted
  }

  /// Whether the one-word source at `range` is a topic set off by a comma ("Fon, …"), not
  /// a word in a case that is no subject ("Toplantının, …").
  private func isTopic(_ range: TextRange, in paragraph: AnalyzedParagraph) -> Bool {
    guard
      let index = paragraph.tokens.firstIndex(where: { $0.range.start == range.start }),
      index + 1 < paragraph.tokens.count, paragraph.tokens[index + 1].text == ","
    else {
      return false
    }
    let key = paragraph.keys[index]
    return !lexicon.nonSubjectEndings.contains { key.hasSuffix($0) }
  }
}
