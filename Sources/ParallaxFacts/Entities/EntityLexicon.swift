import ParallaxText

/// The words of one language that entity recognition needs, from
/// `Resources/entities/<language>.txt`: titles, function words, name connectors, elisions,
/// organization heads, place prepositions, Arabic clitics, Russian case endings and flags.
final class EntityLexicon: OneWordLists, Sendable {
  /// Titles written before names (`président`, `President`, `Gouverneur`), with their kind.
  let titles: PhraseTrie<EntityKind>
  /// Words that are never a name alone, even capitalized at a sentence start (function
  /// words, and the capitalized demonyms of `demonyms`: `Turkish`, `Fransız`).
  let functionWords: Set<String>
  /// The one-word lists with their `TokenBits`.
  var lists: [(Set<String>, UInt32)] {
    [
      (functionWords, TokenBits.functionWords), (connectors, TokenBits.entityConnectors),
      (elisions, TokenBits.elisions), (organizationHeads, TokenBits.organizationHeads),
      (placePrepositions, TokenBits.placePrepositions),
      (organizationTails, TokenBits.organizationTails), (placeTails, TokenBits.placeTails),
      (organizationModifiers, TokenBits.organizationModifiers),
      (organizationComplements, TokenBits.organizationComplements),
    ]
  }

  /// Lowercase words allowed inside a name (`de`, `al`, `bin`, `von`).
  let connectors: Set<String>
  /// Elided articles and prepositions before an apostrophe (`d`, `l`, `qu`).
  let elisions: Set<String>
  /// First words of organization names (`Observatoire`, `Agence`).
  let organizationHeads: Set<String>
  /// Lowercase adjectives that stay in an organization's name after its head or a
  /// complement's noun (`turque`, `nationale`: `Autorité turque de la concurrence`).
  let organizationModifiers: Set<String>
  /// Lowercase words that open a complement of an organization's head (`de`, `del`, `of`).
  let organizationComplements: Set<String>
  /// Words after which a name is a place (`à`, `in`, `в`).
  let placePrepositions: Set<String>
  /// Last words of organization names (`Bank`, `Holding`, `Kurumu`, `Bakanlığı`).
  let organizationTails: Set<String>
  /// Last words of place names (`Street`, `Avenue`, `Caddesi`, `Platz`).
  let placeTails: Set<String>
  /// Prefixes glued to Arabic words (`و`, `ب`, `ال`), longest first.
  let clitics: [String]
  /// Case endings of inflected names (Russian `а`, `е`, `ом`), longest first.
  let nameEndings: [String]
  /// Final letters replaced by an ending (`Москва` → `Москве`).
  let finalStrip: Set<Character>
  /// Endings of an inflected word before a name's last word, longest first (German
  /// `türkische Wettbewerbsbehörde` → `der türkischen Wettbewerbsbehörde`).
  let modifierEndings: [String]
  /// Case endings, as written (not folded: Turkish `ı` is not `i`), that make a capitalized
  /// word opening a sentence a common noun, no part of the name after it (`Toplantıya`,
  /// `Açıklamasında`), longest first.
  let commonNounEndings: [String]
  /// Prefixes of the words of a title's complement in a script without capitals (Arabic
  /// `ال`: `وزير الداخلية التركي علي …`): the person's name starts at the first word
  /// without one.
  let complementPrefixes: [String]
  /// Prefixes of a word that is no part of a name after a title: a preposition glued to the
  /// article (Arabic `لل`, `بال`: `فريت أورال للتحقيق`, the name ends before it).
  let nameStopPrefixes: [String]
  /// Titles a name follows with no complement, in a script without capitals (Arabic
  /// `اللواء عادل …`, `القبطان …`), folded.
  let bareTitles: Set<String>
  /// Nouns of a territory a place name follows (Arabic `ولاية`, `محافظة`: `بولاية قزل قايا`),
  /// folded: the words after them, met again after a title, are its complement, not a name.
  let placeNouns: Set<String>
  /// Words as written (not folded) that fold to a function word but are not one: Arabic
  /// `علي` (Ali) beside `على` (on), which `ى` → `ي` folding conflates.
  let writtenApart: Set<String>
  /// Whether every noun is capitalized (German), so capitals alone do not mark a name.
  let nounsCapitalized: Bool
  /// Whether the language has cased letters at all.
  let hasCapitals: Bool
  /// Whether case suffixes follow a name after an apostrophe (Turkish `İdlib'de`).
  let apostropheSuffixes: Bool

  init(language: String) {
    let data = LexiconFile(bundle: "Parallax_ParallaxFacts", "entities/\(language).txt")
    var titles = PhraseTrie<EntityKind>()
    for entry in data.entries("titles") {
      titles.insert(entry[0], entry.count > 1 ? EntityKind(rawValue: entry[1]) ?? .person : .person)
    }
    self.titles = titles
    let fold = { (words: [String]) in Set(words.map { TextFolding.fold($0) }) }
    functionWords = fold(data.words("function-words") + data.words("demonyms"))
    connectors = fold(data.words("connectors"))
    elisions = fold(data.words("elisions"))
    organizationHeads = fold(data.words("organization-heads"))
    placePrepositions = fold(data.words("place-prepositions"))
    organizationModifiers = fold(data.words("organization-modifiers"))
    organizationComplements = fold(data.words("organization-complements"))
    organizationTails = fold(data.words("organization-tails"))
    placeTails = fold(data.words("place-tails"))
    clitics = data.words("clitics").map { TextFolding.fold($0) }.sorted { $0.count > $1.count }
    nameEndings = data.words("name-endings").map { TextFolding.fold($0) }.sorted {
      $0.count > $1.count
    }
    modifierEndings = data.words("modifier-endings").map { TextFolding.fold($0) }.sorted {
      $0.count > $1.count
    }
    commonNounEndings = data.words("common-noun-endings").sorted { $0.count > $1.count }
    finalStrip = Set(data.words("final-strip").compactMap { TextFolding.fold($0).first })
    complementPrefixes = data.words("complement-prefixes").map { TextFolding.fold($0) }
    nameStopPrefixes = data.words("name-stop-prefixes").map { TextFolding.fold($0) }
    bareTitles = Set(data.words("bare-titles").map { TextFolding.fold($0) })
    placeNouns = Set(data.words("place-nouns").map { TextFolding.fold($0) })
    writtenApart = Set(data.words("written-apart"))
    nounsCapitalized = data.has("nouns-capitalized")
    hasCapitals = !data.has("no-capitals")
    apostropheSuffixes = data.has("apostrophe-suffixes")
  }
}
