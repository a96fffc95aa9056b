import Foundation
import ParallaxText
import Synchronization

/// Everything the figure scanner knows about one language, built once from the data file
/// `Resources/numbers/<lang>.txt`, the measure lexicon and ICU spell-out formatting.
struct FigureLanguage: Sendable {
  /// The ISO 639-1 code.
  var code: String
  /// The figure view of the shared tokens (with the language's casing from the data).
  var view: FigureView
  /// The language's sentence splitter (with its abbreviations): a figure's scope.
  var splitter: SentenceSplitter
  /// Number words and phrases (token keys joined by a space) to their meaning.
  var phrases: [String: NumberAtom] = [:]
  /// Proper prefixes of multi-token phrases (number and vague).
  var phrasePrefixes: Set<String> = []
  /// `phrases`, `vague` and `phrasePrefixes` keyed by `FigureLanguage.chain` of the token
  /// hashes: the scanner never builds strings to look a phrase up.
  var phraseHashes = HashTable<NumberAtom>()
  var vagueHashes = HashTable<ExactNumber>()
  var prefixHashes = HashTable<Bool>()
  /// The first token of every number, vague and percent phrase: any other word is skipped
  /// with one lookup.
  var startWords = HashTable<Bool>()

  /// Whether a denial or a hedge may start with a word (by its key's hash).
  func mayStartStatusCue(_ hash: UInt64, key: String) -> Bool {
    denied.mayStart(hash, key: key) || hedged.mayStart(hash, key: key)
      || earlier.mayStart(hash, key: key) || earlierOpening.mayStart(hash, key: key)
      || cumulativeClause.mayStart(hash, key: key)
      || hedgedUnreported.mayStart(hash, key: key) || reportVerbs.mayStart(hash, key: key)
      || earlierPluperfect.mayStart(hash, key: key) || pluperfect.mayStart(hash, key: key)
  }

  /// Whether a word (its key and the key's hash) can start a number word, a vague amount or
  /// a compound number.
  func mayStartNumber(key: String, hash: UInt64) -> Bool {
    if startWords.contains(hash, key: key) { return true }
    guard !conjunctionPrefixes.isEmpty || !numberClitics.isEmpty || compoundTrie != nil else {
      return false
    }
    for prefix in conjunctionPrefixes where key.hasPrefix(prefix) { return true }
    for prefix in numberClitics where key.hasPrefix(prefix) { return true }
    guard let trie = compoundTrie else { return false }
    return trie.longestMatch(Array(key.unicodeScalars), from: 0) != nil
  }
  /// The longest phrase, in tokens.
  var maxPhraseTokens = 1
  /// Compound number words split through this trie (German), indexes into `compoundAtoms`.
  var compoundTrie: ScalarTrie?
  /// The atoms the trie points to.
  var compoundAtoms: [NumberAtom] = []
  /// Number words only after another number word (Turkish `iki yüzden`, `beş yüzü`): alone
  /// they are other words (`yüzü`, his face).
  var continuations = HashTable<NumberAtom>()
  /// The decimal separator of digits (`,` or `.`).
  var decimalSeparator = "."
  /// The `FigureToken.punct` of a token whose key is `decimalSeparator` (0 when it is not
  /// one mark): compared instead of the key at every punctuation token.
  var decimalSeparatorPunct: UInt32 = CharacterNames.fullStop
  /// Only `decimalSeparator` makes decimals (Turkish: `5.00` is 5 and 00, never 5.0).
  var strictDecimal = false
  /// Locative suffixes after an apostrophe that make digits a denominator written first
  /// (Turkish `3'te 1` = 1/3).
  var fractionOfSuffixes: Set<String> = []
  /// Words that are articles unless a counted noun or unit follows (`un`, `ein`, `bir`).
  var articles = TokenKeySet()
  /// Words before a minus word that make it a qualifier's (`au moins`, `plus ou moins`).
  var negativeVoid: Set<String> = []
  /// Words before which a lone `one` is a pronoun (`the one`, `which one`).
  var pronounBefore = TokenKeySet()
  /// Vague amounts (`plusieurs`, `des dizaines`) to their order of magnitude.
  var vague: [String: ExactNumber] = [:]
  /// The keys of `vague` that are an approximate figure, not a vague one (`une quinzaine`).
  var approximate: Set<String> = []
  /// Nouns after which a vague word or an article is not a count (`fois`, `times`).
  var notCounted: Set<String> = []
  /// Percent phrases after the number, as token keys.
  var percentAfter: [[TokenKey]] = []
  /// Percent phrases before the number (`%50`, `yüzde 50`).
  var percentBefore: [[TokenKey]] = []
  /// Currency phrases (symbols and words) to ISO codes.
  var currencies: [CurrencyForm] = []
  /// Indices of `currencies` by the hash of their first key, of their last key, and the
  /// forms with a prefix: the forms that can match at a figure, without trying them all.
  var currenciesByFirst = HashTable<[Int]>()
  var currenciesByLast = HashTable<[Int]>()
  var currencyPrefixForms: [Int] = []
  /// Multiplier suffixes glued to digits (`10k`, `3M`), case-sensitive.
  var suffixes: [String: ExactNumber] = [:]
  /// Suffixes glued to digits only after a currency symbol (`£1.5m`).
  var currencySuffixes: [String: ExactNumber] = [:]
  /// Suffix forms also accepted after a space.
  var spacedSuffixes: Set<String> = []
  /// Qualifier, range, change and cumulative templates, longest first.
  var templates: [FigureTemplate] = []
  /// Words before a qualifier template's first word that give that word another sense, by
  /// the word's hash (German `eine Kapitalerhöhung über`, `verhandeln über`: the amount, not
  /// "more than"); a form starting with `*` is a word ending (`*kredit`: Bankkredit).
  var qualifierVoids = HashTable<QualifierVoid>()
  /// Words that are a vague amount only right before a counted noun and its event (`other
  /// soldiers wounded`), by hash, with their order of magnitude.
  var countedVague = HashTable<ExactNumber>()
  /// Month names (lowercased), for dates.
  var months = TokenKeySet()
  /// Words that mark a denial in the clause (exact forms, and prefixes ending in `*`).
  var denied = CueSet()
  /// Words that mark a hedge in the clause.
  var hedged = CueSet()
  /// Denials whose object points back at figures given before them (`conteste ces chiffres`,
  /// `disputes these figures`): they deny none of their own sentence's figures.
  var deniedBefore = CueSet()
  /// Phrases that deny the sentence before them by pointing back at it (`wies dies`,
  /// `эту информацию опровергли`, `bu haberleri yalanladı`).
  var deniedAfter = CueSet()
  /// Words that mark the figures of the clause as earlier, superseded ones (`previously`,
  /// `ранее`, `daha önce`, `bislang hatte`).
  var earlier = CueSet()
  /// Phrases that open an earlier, superseded count (`حصيلة سابقة`, `an earlier toll`, `un
  /// précédent bilan`): the figures after them in the sentence are earlier ones, those
  /// before them keep the sentence's own standing (`أربعة عمال ما زالوا عالقين …، بعدما كانت
  /// حصيلة سابقة … 17`).
  var earlierOpening = CueSet()
  /// Time words that mark the clause's figures as earlier ones when a pluperfect auxiliary
  /// is in it too (`Until Tuesday, the army had …`, `Jusqu'ici, la préfecture avait …`).
  var earlierPluperfect = CueSet()
  /// The pluperfect auxiliaries those time words need (`had`, `avait`, `hatte`, `había`).
  var pluperfect = CueSet()
  /// Words that make the plain figures of the clause running totals: the count runs from a
  /// starting point (`since`, `depuis`, `seit`, `منذ`, `с начала`, `bu yana`).
  var cumulativeClause = CueSet()
  /// Words that hedge the clause only when no speech verb reports it (German Konjunktiv I:
  /// `Es seien 30 Menschen getötet worden` is hedged, `sagte, 33 Soldaten seien getötet
  /// worden` is reported speech).
  var hedgedUnreported = CueSet()
  /// The speech verbs that make such a clause reported speech (`sagte`, `teilte … mit`).
  var reportVerbs = CueSet()
  /// Words right before a number that make it a date, time or reference (`page`, `n°`).
  var notFigureBefore: Set<String> = []
  /// Words between a day and its month (`27 de febrero`).
  var dateJoiners: Set<String> = []
  /// Words between the two days of a date range (`с 1 по 15 марта`, `1 ile 15 Mart`); a dash
  /// always is one.
  var dateRangeJoiners: Set<String> = []
  /// Words after a lone "one" that make it a pronoun (`one of them`, `uno de ellos`).
  var partitives = TokenKeySet()
  /// Ordinal words that make the number words before them an ordinal (двадцать второй).
  var ordinalWords = CueSet()
  /// Words that make a later figure in the clause a running total (`bringing`, `portant`).
  var cumulativeCues = CueSet()
  /// Conjunctions glued to the next number word (Arabic `و` in `وعشرين`).
  var conjunctionPrefixes: [String] = []
  /// Fraction words that are a number on their own (`half`, `la mitad`), by hash.
  var standaloneFractions = HashTable<ExactNumber>()
  /// Clitics glued to a number word and dropped (Arabic `ب` in `بألفين`).
  var numberClitics: [String] = []
  /// Number words with the article, a number only after a definite noun (Arabic
  /// `الأطفال الخمسة`, the five children), by hash, with the value.
  var definiteNumbers = HashTable<ExactNumber>()
  /// Number words join only through a connector (Arabic `مائة وواحد`): two values side by
  /// side are two words (`مية واحد`, a hundred people), not one number.
  var joinsWithConnectorOnly = false
  /// Words right after a number that make it a time or a reference (`p.m.`, `Uhr`).
  var notFigureAfter: Set<String> = []
  /// The UTF-8 length of the longest key of `notFigureAfter` (longer keys are not looked up).
  var notFigureAfterLongest = 0
  /// `FigureView.hash` of the keys of `dateJoiners`, `notFigureBefore` and
  /// `notFigureAfter`: looked up by the token hashes (and hashes of joined keys, FNV being
  /// sequential) at every number, without hashing strings.
  var dateJoinerHashes = HashTable<Bool>()
  var notFigureBeforeHashes = HashTable<Bool>()
  var notFigureAfterHashes = HashTable<Bool>()
  /// Singular large fraction words that are ordinals after a number above one
  /// (`two millionth`, `dos millonésimo`).
  var ordinalFractions = HashTable<Bool>()
  /// Time units after a number that make it a duration (`days`, `mois`, `Monate`).
  var durationUnits = HashTable<Bool>()
  /// Adjectives between a number and its time unit (`derniers`, `last`).
  var durationAdjectives = HashTable<Bool>()
  /// Time units before a number (Arabic `الأشهر الثلاثة`).
  var durationUnitsBefore = HashTable<Bool>()
  /// Units that a number joined to them by a hyphen makes an adjective (`a one-day visit`,
  /// `the three-member panel`): no figure.
  var hyphenUnits = HashTable<Bool>()
  /// Clitics glued before digits that do not make a reference (Arabic `بـ`, `والـ`).
  var prefixClitics: Set<String> = []
  /// Suffixes after an apostrophe that make an ordinal (`27'nci`).
  var ordinalSuffixes: Set<String> = []
  /// Suffixes that make an ordinal only after a multiple of ten (Russian `90-х` = the
  /// nineties, but `2-х` = двух, two).
  var decadeSuffixes: Set<String> = []
  /// Case endings after a hyphen that keep digits a number (Russian `3-х тысяч`).
  var caseSuffixes: Set<String> = []
  /// What the words around a number say: year or count, exceeded, changed.
  var context = NumberContext()
  /// Words that make number words or digits something else: idioms, ordinals, periods.
  var guards = NumberGuards()
  /// What is counted.
  var measures: MeasureLexicon
  /// The concepts of the words seen so far, shared by every paragraph.
  let conceptCache = ConceptCache()

  /// Data files that could not be read (the language then works on ICU words and digits).
  var missingFiles: [String] = []

  /// The language named by `code` (data files missing give an empty but working language).
  init(code: String) {
    self.code = code
    view = FigureView(casing: TextFolding.Casing(language: code))
    splitter = SentenceSplitter(language: code)
    let numbersText = FigureLexicon.resourceText("numbers/\(code).txt")
    let lexicon = FigureLexicon(text: numbersText ?? "")
    measures = MeasureLexicon(code: code, view: view)
    if numbersText == nil { missingFiles.append("numbers/\(code).txt") }
    if FigureLexicon.resourceText("measures/\(code).txt") == nil {
      missingFiles.append("measures/\(code).txt")
    }
    build(lexicon)
  }
}
