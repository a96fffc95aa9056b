import ParallaxText

/// The attribution cues of one language, from `Resources/cues/<language>.txt`: sections
/// `prepositions`, `postpositions`, `verbs` (a second field `channel` marks verbs whose
/// object is the channel, `told`), `channel-markers`, `complementizers`,
/// `apposition-starts`, `noun-markers`, `clitics`, and the flag section `verb-final`.
final class CueLexicon: OneWordLists, Sendable {
  /// Every cue by folded tokens.
  let cues: PhraseTrie<CueKind>
  /// Phrases that open a channel after the source (`à l'agence`, `gegenüber`).
  let channelMarkers: PhraseTrie<Bool>
  /// Words that open reported content (`que`, `that`, `dass`, `إن`, `что`).
  let complementizers: Set<String>
  /// The one-word lists with their `TokenBits`.
  var lists: [(Set<String>, UInt32)] {
    [
      (complementizers, TokenBits.complementizers),
      (appositionStarts, TokenBits.appositionStarts), (nounMarkers, TokenBits.nounMarkers),
      (phraseContinuers, TokenBits.phraseContinuers), (sourceSkips, TokenBits.sourceSkips),
      (relativePronouns, TokenBits.relativePronouns), (objectPronouns, TokenBits.objectPronouns),
      (timeStarts, TokenBits.timeStarts),
    ]
  }

  /// Words that open an apposition (`une ONG`), not a subject.
  let appositionStarts: Set<String>
  /// Words that make a following verb cue a noun (`l'annonce`, `une déclaration`).
  let nounMarkers: Set<String>
  /// In languages that capitalize nouns (German), the lowercase words that may continue a
  /// source phrase after its noun (`des`, `der`, `von`); any other lowercase word ends it.
  let phraseContinuers: Set<String>
  /// Words skipped at the head of a source (`matin` in `a annoncé vendredi matin le …`).
  let sourceSkips: Set<String>
  /// Time phrases (`dans l'après-midi`, `am Vormittag`, `por la tarde`, `on Tuesday
  /// evening`): never a source, nor part of one; read like the dates of the sentence.
  let timePhrases: PhraseTrie<Bool>
  /// The first words of `timePhrases`, folded: a token's bit says whether to look.
  let timeStarts: Set<String>
  /// Prepositions of a place that ends a source (`in` in `a UNHCR spokeswoman in Geneva`,
  /// `à` in `la porte-parole du HCR à Genève`): the place is no part of who speaks.
  let sourcePlaces: Set<String>
  /// Nouns that cite again a body the paragraph named (`l'ONG`, `the group`, `el
  /// departamento`): after an article, alone, they are that body.
  let anaphorNouns: Set<String>
  /// Prepositions of the agent of a passive participle (`par`, `by`, `von`, `por`): in a
  /// participle set off before the verb (`Un bilan, communiqué par le gouverneur, faisait
  /// état de`), the agent gave the report.
  let agentPrepositions: Set<String>
  /// Relative pronouns (`qui`, `who`): a subject that stands for the phrase before it.
  let relativePronouns: Set<String>
  /// Prepositions of a date or time (`во` in `сообщил во вторник вечером губернатор`): skipped
  /// with the date after them at a source's edge; folded.
  let datePrepositions: Set<String>
  /// Prefixes glued to cue words (Arabic `و`, `ف`), longest first.
  let clitics: [String]
  /// Whether the verb ends the clause (Turkish): the source is the sentence's first phrase.
  let verbFinal: Bool
  /// Case endings of a word that is no subject (Turkish genitive `-nın`), folded.
  let nonSubjectEndings: [String]
  /// Pronouns that open a sentence as the verb's object (German `Das teilte X mit`): the
  /// subject follows the verb.
  let objectPronouns: Set<String>
  /// Personal pronouns (`elle`, `he`): a source that stands for the speaker named before.
  let personalPronouns: Set<String>
  /// First-person pronouns (`we`, `nous`, `wir`): a source inside a quote that stands for
  /// the quote's speaker.
  let firstPersonPronouns: Set<String>
  /// Verbs written with `…` between two parts (`hält … für`): the first part to the folded
  /// words that may follow it in the same clause (one head may close in several ways:
  /// `hatte … gesprochen`, `hatte … gemeldet`).
  let gappedVerbs: PhraseTrie<[[String]]>
  /// Sentence adverbs and connectives that open a sentence and are no source (`Bislang`,
  /// `Initially`, `Между тем`, `وفي الأثناء`): the sentence's content starts after them.
  let sentenceAdverbs: PhraseTrie<Bool>
  /// Conjunctions that open a clause inside a sentence (`بينما`, `في حين`, `тогда как`): no
  /// source; a verb after them reads its clause as a sentence of its own.
  let clauseOpeners: PhraseTrie<Bool>
  /// Wire slugs opening a headline in capitals before a hyphen (`UPDATE 2-`, `REFILE-`),
  /// folded: no source; the content starts after the hyphen.
  let wireSlugs: Set<String>
  /// Phrases inside a source, in one trie (one look-up per word): those that cite the real
  /// source after a channel (`citing`, `со ссылкой на`, `عن`), those that end a source
  /// (`sous couvert d'anonymat`), and nouns of a report, not a speaker, taken off a source's
  /// edge (`Angaben`, `figures`, `verilerine`).
  let sourceMarks: PhraseTrie<SourceMark>
  /// Nouns that name a channel (`agency`, `Nachrichtenagentur`, `الوكالة`): a citing phrase
  /// after them names the speaker.
  let channelNouns: Set<String>
  /// Genitive suffixes after an apostrophe (Turkish `'nın`, `'in`): the possessor of a
  /// report noun (`Sağlık Bakanlığı'nın son verilerine`) is the speaker.
  let possessorSuffixes: Set<String>
  /// Case suffixes after an apostrophe that a source does not keep at its end (Turkish
  /// `Ortakaya Madencilik A.Ş.'nin` → `Ortakaya Madencilik A.Ş.`); folded.
  let sourceEndSuffixes: Set<String>
  /// Endings of the word that closes a reported clause before its subject and verb (Turkish
  /// `-dığını`: `… tahliye edildiğini AFAD açıkladı`); folded.
  let contentEndings: [String]
  /// Endings of a verbal noun closing a reported clause before a name, in any case (Turkish
  /// `-diği` and the `contentEndings`): a postposition's source starts after it; folded.
  let clauseEndings: [String]
  /// Words between a passive report verb and its agent before them (Turkish `tarafından`);
  /// folded.
  let agentMarkers: Set<String>
  /// Words that open the reported content after an inverted source (Arabic `مقتل`,
  /// `إصابة`: `أفاد المرصد بمقتل …`), folded; matched also after a clitic.
  let contentOpeners: Set<String>
  /// Participles that close a relative clause before the subject it describes (Turkish
  /// `açıklama yapan`, `belirten`, `diyen`): a verb-final sentence's source is the words after
  /// the last of them, up to the first comma; folded.
  let relativeParticiples: Set<String>
  /// Passive and impersonal report verbs (a second field `passive`: Turkish evidential
  /// `öne sürülmüştü`, `bildirildi`): no subject speaks; folded cue texts.
  let passiveVerbs: Set<String>
  /// Phrases that follow a channel (Turkish `KAP'a yapılan bildirimle`).
  let channelClosers: PhraseTrie<Bool>
  /// Prepositions (a second field `possessive`) that cue a source only before a possessor
  /// and a report noun (`by the UN's latest tally`; a bare `by` is none); folded cue texts.
  let possessivePrepositions: Set<String>
  /// Object pronouns glued to the end of a verb cue (Arabic `ها` in `أعلنتها`), longest first.
  let objectSuffixes: [String]

  /// Whether `folded` (or it without a clitic) starts a cue.
  func startsCue(_ folded: String) -> Bool {
    if cues.starts(with: folded) || gappedVerbs.starts(with: folded) { return true }
    for clitic in clitics where folded.hasBytePrefix(clitic) && folded.count > clitic.count {
      if cues.starts(with: String(folded.dropFirst(clitic.count))) { return true }
    }
    return objectStem(folded) != nil
  }

  /// The verb cue under an object suffix (`أعلنتها` → `أعلنت`), when there is one.
  func objectStem(_ folded: String) -> String? {
    for suffix in objectSuffixes
    where folded.hasByteSuffix(suffix) && folded.count > suffix.count + 2 {
      let stem = String(folded.dropLast(suffix.count))
      if cues.starts(with: stem) { return stem }
    }
    return nil
  }

  /// Whether the folded word is a one-word speech verb carrying an object pronoun (Arabic
  /// `أعلنها`, announced it): when no noun follows it as its subject, its subject is the
  /// pronoun its inflection holds.
  func isVerbWithObject(_ folded: String) -> Bool {
    guard let stem = objectStem(folded),
      let found = cues.longestMatch(in: [stem], from: 0, limit: 1), case .verb = found.value
    else { return false }
    return cues.longestMatch(in: [folded], from: 0, limit: 1) == nil
  }

  /// Whether the cue text `cue` is a passive report verb.
  func isPassive(_ cue: String?) -> Bool {
    guard let cue, !passiveVerbs.isEmpty else { return false }
    return passiveVerbs.contains(Self.key(cue))
  }

  /// A phrase as its folded tokens joined by spaces.
  static func key(_ phrase: String) -> String {
    Tokenizer.tokens(phrase).map { TextFolding.fold($0.text(in: phrase)) }.joined(separator: " ")
  }

  /// What a phrase inside a source does (`sourceMarks`).
  enum SourceMark: Sendable, Hashable {
    case citing
    case closer
    case reportNoun
  }

  enum CueKind: Sendable, Hashable {
    case preposition
    case postposition
    case verb(channelObject: Bool)
  }

  init(language: String) {
    let data = LexiconFile(bundle: "Parallax_ParallaxFacts", "cues/\(language).txt")
    var cues = PhraseTrie<CueKind>()
    var possessive: Set<String> = []
    for entry in data.entries("prepositions") {
      cues.insert(entry[0], .preposition)
      if entry.count > 1, entry[1] == "possessive" { possessive.insert(Self.key(entry[0])) }
    }
    possessivePrepositions = possessive
    for word in data.words("postpositions") { cues.insert(word, .postposition) }
    var tails: [String: [[String]]] = [:]
    var heads: [String] = []
    var passive: Set<String> = []
    for entry in data.entries("verbs") {
      let parts = entry[0].components(separatedBy: "…")
      if parts.count == 2 {
        let tail = Tokenizer.tokens(parts[1]).map { TextFolding.fold($0.text(in: parts[1])) }
        let head = Self.key(parts[0])
        if tails[head] == nil { heads.append(head) }
        tails[head, default: []].append(tail)
        continue
      }
      cues.insert(entry[0], .verb(channelObject: entry.count > 1 && entry[1] == "channel"))
      if entry.count > 1, entry[1] == "passive" {
        passive.insert(Self.key(entry[0]))
      }
    }
    self.cues = cues
    var gapped = PhraseTrie<[[String]]>()
    for head in heads {
      gapped.insert(keys: head.split(separator: " ").map(String.init), tails[head] ?? [])
    }
    gappedVerbs = gapped
    var adverbs = PhraseTrie<Bool>()
    for phrase in data.words("sentence-adverbs") { adverbs.insert(phrase, true) }
    sentenceAdverbs = adverbs
    var openers = PhraseTrie<Bool>()
    for phrase in data.words("clause-openers") { openers.insert(phrase, true) }
    clauseOpeners = openers
    wireSlugs = Set(data.words("wire-slugs").map { TextFolding.fold($0) })
    var marks = PhraseTrie<SourceMark>()
    for phrase in data.words("source-closers") { marks.insert(phrase, .closer) }
    for phrase in data.words("citing") { marks.insert(phrase, .citing) }
    for word in data.words("report-nouns") { marks.insert(word, .reportNoun) }
    sourceMarks = marks
    channelNouns = Set(data.words("channel-nouns").map { TextFolding.fold($0) })
    possessorSuffixes = Set(data.words("possessor-suffixes").map { TextFolding.fold($0) })
    sourceEndSuffixes = Set(data.words("source-end-suffixes").map { TextFolding.fold($0) })
    contentEndings = data.words("content-endings").map { TextFolding.fold($0) }
    clauseEndings = contentEndings + data.words("clause-endings").map { TextFolding.fold($0) }
    agentMarkers = Set(data.words("agent-markers").map { TextFolding.fold($0) })
    contentOpeners = Set(data.words("content-openers").map { TextFolding.fold($0) })
    relativeParticiples = Set(data.words("relative-participles").map { TextFolding.fold($0) })
    passiveVerbs = passive
    var closers = PhraseTrie<Bool>()
    for word in data.words("channel-closers") { closers.insert(word, true) }
    channelClosers = closers
    objectSuffixes = data.words("object-suffixes").map { TextFolding.fold($0) }.sorted {
      $0.count > $1.count
    }
    var markers = PhraseTrie<Bool>()
    for word in data.words("channel-markers") { markers.insert(word, true) }
    channelMarkers = markers
    complementizers = Set(data.words("complementizers").map { TextFolding.fold($0) })
    appositionStarts = Set(data.words("apposition-starts").map { TextFolding.fold($0) })
    nounMarkers = Set(data.words("noun-markers").map { TextFolding.fold($0) })
    phraseContinuers = Set(data.words("phrase-continuers").map { TextFolding.fold($0) })
    sourceSkips = Set(data.words("source-skips").map { TextFolding.fold($0) })
    var times = PhraseTrie<Bool>()
    var starts: Set<String> = []
    for phrase in data.words("time-phrases") {
      times.insert(phrase, true)
      if let first = Tokenizer.tokens(phrase).first {
        starts.insert(TextFolding.fold(first.text(in: phrase)))
      }
    }
    timePhrases = times
    timeStarts = starts
    sourcePlaces = Set(data.words("source-places").map { TextFolding.fold($0) })
    anaphorNouns = Set(data.words("anaphor-nouns").map { TextFolding.fold($0) })
    agentPrepositions = Set(data.words("agent-prepositions").map { TextFolding.fold($0) })
    relativePronouns = Set(data.words("relative-pronouns").map { TextFolding.fold($0) })
    datePrepositions = Set(data.words("date-prepositions").map { TextFolding.fold($0) })
    clitics = data.words("clitics").map { TextFolding.fold($0) }.sorted { $0.count > $1.count }
    verbFinal = data.has("verb-final")
    nonSubjectEndings = data.words("non-subject-endings").map { TextFolding.fold($0) }
    objectPronouns = Set(data.words("object-pronouns").map { TextFolding.fold($0) })
    personalPronouns = Set(data.words("personal-pronouns").map { TextFolding.fold($0) })
    firstPersonPronouns = Set(
      data.words("first-person-pronouns").map { TextFolding.fold($0) })
  }
}
