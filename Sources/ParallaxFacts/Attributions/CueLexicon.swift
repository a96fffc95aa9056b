import ParallaxText

/// The attribution cues of one language, from `Resources/cues/<language>.txt`: sections
/// `prepositions`, `postpositions`, `verbs` (a second field `channel` marks verbs whose
/// object is the channel, `told`), `channel-markers`, `complementizers`,
/// `apposition-starts`, `noun-markers`, `clitics`, and the flag section `verb-final`.
final class CueLexicon: Sendable {
  /// Every cue by folded tokens.
  let cues: PhraseTrie<CueKind>
  /// Phrases that open a channel after the source (`à l'agence`, `gegenüber`).
  let channelMarkers: PhraseTrie<Bool>
  /// Words that open reported content (`que`, `that`, `dass`, `إن`, `что`).
  let complementizers: Set<String>
  /// Words that open an apposition (`une ONG`), not a subject.
  let appositionStarts: Set<String>
  /// Words that make a following verb cue a noun (`l'annonce`, `une déclaration`).
  let nounMarkers: Set<String>
  /// In languages that capitalize nouns (German), the lowercase words that may continue a
  /// source phrase after its noun (`des`, `der`, `von`); any other lowercase word ends it.
  let phraseContinuers: Set<String>
  /// Words skipped at the head of a source (`matin` in `a annoncé vendredi matin le …`).
  let sourceSkips: Set<String>
  /// Relative pronouns (`qui`, `who`): a subject that stands for the phrase before it.
  let relativePronouns: Set<String>
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

  /// Whether `folded` (or it without a clitic) starts a cue.
  func startsCue(_ folded: String) -> Bool {
    if cues.starts(with: folded) { return true }
    for clitic in clitics where folded.hasPrefix(clitic) && folded.count > clitic.count {
      if cues.starts(with: String(folded.dropFirst(clitic.count))) { return true }
    }
    return false
  }

  enum CueKind: Sendable, Hashable {
    case preposition
    case postposition
    case verb(channelObject: Bool)
  }

  init(language: String) {
    let data = LexiconFile(bundle: "Parallax_ParallaxFacts", "cues/\(language).txt")
    var cues = PhraseTrie<CueKind>()
    for word in data.words("prepositions") { cues.insert(word, .preposition) }
    for word in data.words("postpositions") { cues.insert(word, .postposition) }
    for entry in data.entries("verbs") {
      cues.insert(entry[0], .verb(channelObject: entry.count > 1 && entry[1] == "channel"))
    }
    self.cues = cues
    var markers = PhraseTrie<Bool>()
    for word in data.words("channel-markers") { markers.insert(word, true) }
    channelMarkers = markers
    complementizers = Set(data.words("complementizers").map { TextFolding.fold($0) })
    appositionStarts = Set(data.words("apposition-starts").map { TextFolding.fold($0) })
    nounMarkers = Set(data.words("noun-markers").map { TextFolding.fold($0) })
    phraseContinuers = Set(data.words("phrase-continuers").map { TextFolding.fold($0) })
    sourceSkips = Set(data.words("source-skips").map { TextFolding.fold($0) })
    relativePronouns = Set(data.words("relative-pronouns").map { TextFolding.fold($0) })
    clitics = data.words("clitics").map { TextFolding.fold($0) }.sorted { $0.count > $1.count }
    verbFinal = data.has("verb-final")
    nonSubjectEndings = data.words("non-subject-endings").map { TextFolding.fold($0) }
    objectPronouns = Set(data.words("object-pronouns").map { TextFolding.fold($0) })
    personalPronouns = Set(data.words("personal-pronouns").map { TextFolding.fold($0) })
  }
}
