/// Words around number words and digits that change what they are (issue 9): idioms that hold
/// a number word (`yüz yüze`, `один на один`), ordinals written before the number words
/// (`الحادي عشر`), a fraction that names a part of a period (`ilk yarısında`), the dual of a
/// scale (`ألفا جندي` = 2000), a vague plural that is a scale after a word governing the
/// genitive (`более тысячи` = more than 1000), suffixes that make digits vague (`100'lerce`),
/// words that are a number only before a qualifier (`yüzü aşkın`), and ordinals written with a
/// full stop (`2. Ordu`).
///
/// Keys of `numbers/<lang>.txt`: `idiom`, `ordinalBefore`, `fractionPeriod`, `dualScale`,
/// `scaleAfter`, `vagueSuffix`, `qualifiedWord:<value>` with
/// `qualifiedWordNext`, `ordinalDot`, `belowZero` (see `Resources/README.txt`).
struct NumberGuards: Sendable {
  /// Phrases holding a number word that are no number (`yüz yüze`, face to face).
  var idioms: [[TokenKey]] = []
  /// Ordinal words after which number words belong to the ordinal (`الحادي عشر`).
  var ordinalBefore = CueSet()
  /// Words right before or after a lone fraction word that make it a part of a period
  /// (`ilk yarısında`, `первой половине`): no figure.
  var fractionPeriod = CueSet()
  /// Scale forms that are their dual when they open a number before a noun (`ألفا جندي`).
  var dualScales = TokenKeySet()
  /// Words after which a vague word that is also a scale form is that scale (`более тысячи`).
  var scaleAfter = CueSet()
  /// Suffixes after digits and an apostrophe that make a vague amount (`100'lerce`).
  var vagueSuffixes: Set<String> = []
  /// Words that are a number only right before one of `qualifiedNext` (`yüzü aşkın`).
  var qualifiedWords = HashTable<ExactNumber>()
  var qualifiedNext = CueSet()
  /// Digits with a glued full stop before a word are an ordinal (`2. Ordu`, `5. kattan`).
  var ordinalDot = false
  /// Phrases right before a number, or after it and at most one word (its unit), that make it
  /// negative (`sıfırın altında 8`, `8 градусов ниже нуля`, `8 درجات تحت الصفر`).
  var belowZero: [[TokenKey]] = []

  /// No guards (a language without data).
  init() {}

  /// The guards of a language's data file.
  init(_ lexicon: FigureLexicon, view: FigureView) {
    idioms = lexicon.forms("idiom").map(view.keys).filter { !$0.isEmpty }
    ordinalBefore = CueSet(lexicon.forms("ordinalBefore"), view: view)
    fractionPeriod = CueSet(lexicon.forms("fractionPeriod"), view: view)
    dualScales = TokenKeySet(
      lexicon.forms("dualScale").map { view.keys(of: $0).map(\.key).joined() })
    scaleAfter = CueSet(lexicon.forms("scaleAfter"), view: view)
    vagueSuffixes = Set(lexicon.forms("vagueSuffix").map { view.keys(of: $0).map(\.key).joined() })
    for entry in lexicon.entries("qualifiedWord") {
      guard let value = ExactNumber(string: entry.argument) else { continue }
      for form in entry.forms {
        let key = view.keys(of: form).map(\.key).joined()
        qualifiedWords[FigureView.hash(key), key: key] = value
      }
    }
    qualifiedNext = CueSet(lexicon.forms("qualifiedWordNext"), view: view)
    ordinalDot = lexicon.forms("ordinalDot").contains("yes")
    belowZero = lexicon.forms("belowZero").map(view.keys).filter { !$0.isEmpty }
  }

  /// Whether a below-zero phrase stands right before token `first` or after `end` (one word
  /// between at most).
  func isBelowZero(_ tokens: [FigureToken], first: Int, end: Int) -> Bool {
    for phrase in belowZero {
      let before = first - phrase.count
      if before >= 0, phrase.indices.allSatisfy({ phrase[$0].matches(tokens, before + $0) }) {
        return true
      }
      for start in [end, end + 1] where start + phrase.count <= tokens.count {
        if start == end + 1, tokens[end].kind != .word { continue }
        if phrase.indices.allSatisfy({ phrase[$0].matches(tokens, start + $0) }) { return true }
      }
    }
    return false
  }

  /// The end of an idiom holding token `index` (`ниже нуля` at `нуля`), or `nil`.
  func idiomEnd(_ tokens: [FigureToken], at index: Int) -> Int? {
    for idiom in idioms {
      for offset in idiom.indices where offset <= index && idiom[offset].matches(tokens, index) {
        let start = index - offset
        guard start + idiom.count <= tokens.count else { continue }
        if idiom.indices.allSatisfy({ idiom[$0].matches(tokens, start + $0) }) {
          return start + idiom.count
        }
      }
    }
    return nil
  }
}
