import ParallaxText

/// What the words around a number say about it, from the data file (issue 9): whether a
/// four-digit number is a year or a count, whether a figure was exceeded (`5 bini aştı`,
/// `تجاوز عدد النازحين 5 آلاف`), whether `from … to …` after a verb of change is a change.
///
/// Keys of `numbers/<lang>.txt`: `countCue` (words a few words before a number that make a
/// year-like number a count: `number of`, `sayısı`, `عدد`, `число`), `yearBefore` (words
/// right before a number that make it a year: `in`, `since`, `عام`), `yearAfter` (words or
/// suffixes right after it that make it a year: `году`, Turkish `'de`), `timeAdverb` (two
/// words ending in a year word that do not: `bu yıl`), `exceededCue`
/// (verbs a few words before a figure that make it "more than": `تجاوز*`, `превысил*`),
/// `changeCue` (verbs a few words before a `from # to #` range that make it a change),
/// `definiteFraction:<d>` (number words that are the fraction 1/d before a definite noun)
/// and `definiteArticle` (the article glued to that noun), `negation` (words that undo an
/// exceeded cue before it).
struct NumberContext: Sendable {
  /// Words that introduce a count a few words before it.
  var countCues = CueSet()
  /// Words right before a number that make it a year.
  var yearBefore = CueSet()
  /// Two-word time adverbs ending in a year word (`bu yıl`, this year): right before a
  /// number they do not make it a year (`bu yıl 1925 şüpheli`).
  var timeAdverbs = CueSet()
  /// Words or suffixes right after a number that make it a year.
  var yearAfter = CueSet()
  /// Verbs of exceeding a few words before a figure.
  var exceededCues = CueSet()
  /// Verbs of change a few words before a range.
  var changeCues = CueSet()
  /// Number words that are a fraction before a definite noun (Arabic `عشر السكان`, a tenth
  /// of the population; but `عشر سنوات`, ten years), by hash, with the fraction.
  var definiteFractions = HashTable<ExactNumber>()
  /// Definite articles glued to a noun (Arabic `ال`).
  var definiteArticles: [String] = []
  /// The one-word forms of `yearBefore`, lowercased: a date introduced by one stays a date.
  var yearBeforeWords: Set<String> = []
  /// Negations a few words before an exceeded cue (`n'a pas dépassé`, `не превысило`).
  var negations = CueSet()
  /// Words, lowercased, one or two words before a year (`since`, `depuis`, `منذ`) or up to
  /// three after it (`beri`, `yana`), that make it the start of a span up to now: no
  /// earlier time of its own.
  var sinceYearBefore: Set<String> = []
  var sinceYearAfter: Set<String> = []
  /// Words up to six before a year that make it a date of origin (`founded … in 2009`, `né
  /// en 1961`): a fact about a name, not the time its sentence is set in.
  var originYear: Set<String> = []

  /// How many words before a number a cue may stand.
  static let window = 6

  /// No context words (a language without data).
  init() {}

  /// A year is always written with a year word or a preposition beside it (Russian `в 2008
  /// году`, `2008 г.`): a bare year-like number before a noun is a count (`2008 фамилий`).
  var yearsHaveMarkers = false

  /// The context words of a language's data file.
  init(_ lexicon: FigureLexicon, view: FigureView) {
    countCues = CueSet(lexicon.forms("countCue"), view: view)
    yearsHaveMarkers = lexicon.forms("yearsHaveMarkers").contains("yes")
    yearBefore = CueSet(lexicon.forms("yearBefore"), view: view)
    timeAdverbs = CueSet(lexicon.forms("timeAdverb"), view: view)
    yearBeforeWords = Set(
      lexicon.forms("yearBefore").filter { !$0.contains(" ") && !$0.hasSuffix("*") }
        .map { $0.lowercased() })
    negations = CueSet(lexicon.forms("negation"), view: view)
    sinceYearBefore = Set(lexicon.forms("sinceYear").map { $0.lowercased() })
    sinceYearAfter = Set(lexicon.forms("sinceYearAfter").map { $0.lowercased() })
    originYear = Set(lexicon.forms("originYear").map { $0.lowercased() })
    yearAfter = CueSet(lexicon.forms("yearAfter"), view: view)
    exceededCues = CueSet(lexicon.forms("exceededCue"), view: view)
    changeCues = CueSet(lexicon.forms("changeCue"), view: view)
    for entry in lexicon.entries("definiteFraction") {
      guard let denominator = ExactNumber(string: entry.argument), denominator != .zero else {
        continue
      }
      for form in entry.forms {
        let key = view.tokens(of: form).map(\.key).joined()
        definiteFractions[FigureView.hash(key), key: key] = .one / denominator
      }
    }
    definiteArticles = lexicon.forms("definiteArticle").map {
      view.tokens(of: $0).map(\.key).joined()
    }
  }

  /// Whether a cue of `cues` stands within `window` words before token `start`, in the same
  /// clause: no number, sentence end or clause punctuation between (an apostrophe, a hyphen
  /// or a colon may be; commas and other numbers too when `loose`: `Число задержанных, по
  /// данным …, составило 1999`, `Yaralı sayısı 2019'da 1900'e yükseldi`).
  static func cue(
    _ cues: CueSet, before start: Int, in tokens: [FigureToken], loose: Bool = false
  ) -> Bool {
    guard !cues.isEmpty else { return false }
    var cursor = start - 1
    var words = 0
    while cursor >= 0, words < window {
      let token = tokens[cursor]
      switch token.kind {
      case .word:
        if cues.matches(tokens, at: cursor) { return true }
        words += 1
      case .digits, .fractionGlyph:
        guard loose else { return false }
      case .punct:
        guard
          token.punct == CharacterNames.apostrophe || token.punct == CharacterNames.hyphenMinus
            || token.punct == CharacterNames.colon
            || (loose && token.punct == CharacterNames.comma)
        else { return false }
      }
      cursor -= 1
    }
    return false
  }

  /// Whether the words right around a number (`first` its first token, `end` past its last)
  /// make it a year: a year word right before (`in 2019`, `عام 2011`), or a year word or
  /// suffix right after (`2019 году`, `2019'da`).
  func isYear(first: Int, end: Int, in tokens: [FigureToken]) -> Bool {
    if first > 0, tokens[first - 1].kind == .word, yearBefore.matches(tokens, at: first - 1),
      !(first > 1 && tokens[first - 2].kind == .word && timeAdverbs.matches(tokens, at: first - 2))
    {
      return true
    }
    var next = end
    if next < tokens.count, tokens[next].punct == CharacterNames.apostrophe,
      tokens[next].gap == 0
    {
      next += 1
    }
    return next < tokens.count && tokens[next].kind == .word
      && yearAfter.matches(tokens, at: next)
  }

  /// Whether an exceeded cue stands within `window` words before token `start` and is not
  /// negated (no negation in the three tokens before it: `n'a pas dépassé 7200 m`).
  func exceeded(before start: Int, in tokens: [FigureToken]) -> Bool {
    guard !exceededCues.isEmpty else { return false }
    var cursor = start - 1
    var words = 0
    while cursor >= 0, words < Self.window {
      let token = tokens[cursor]
      if token.kind == .word {
        if exceededCues.matches(tokens, at: cursor) {
          return !isNegated(before: cursor, in: tokens)
        }
        words += 1
      } else if token.kind != .punct || token.punct == CharacterNames.comma
        || token.punct == CharacterNames.fullStop
      {
        return false
      }
      cursor -= 1
    }
    return false
  }

  /// Whether a negation word stands in the three tokens before token `index`.
  func isNegated(before index: Int, in tokens: [FigureToken]) -> Bool {
    guard !negations.isEmpty else { return false }
    return (max(0, index - 3)..<index).contains {
      tokens[$0].kind == .word && negations.matches(tokens, at: $0)
    }
  }
}
