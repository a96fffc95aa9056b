/// The units of one side reduced to what the scorer needs, in flat arrays: each token's
/// weight, its stem (for the lexicon) and its anchor keys (numbers, identical words,
/// cognates, punctuation classes, URLs, glossary terms), each key with a strength.
struct SideFeatures: Sendable {
  /// Where each unit's tokens start in the token arrays (`count + 1` entries).
  var unitTokenStart: [Int] = [0]
  /// Characters of each unit, white space excluded (the Gale–Church length).
  var unitLength: [Int] = []
  /// The summed weight of each unit's tokens.
  var unitWeight: [Float] = []
  /// Each token's weight (rarer words and longer numbers weigh more).
  var tokenWeight: [Float] = []
  /// Each token's unit.
  var tokenUnit: [Int32] = []
  /// Each token's stem in `stems`, or -1 for a number, a mark or a URL.
  var tokenStem: [Int32] = []
  /// Each token's display form in `words`.
  var tokenWord: [Int32] = []
  /// Whether each token is weak evidence that cannot link two units alone: a function word,
  /// a punctuation mark, a number of one or two significant digits, a date or a weekday.
  var tokenWeak: [Bool] = []
  /// Whether each token is a function word (`FunctionWords`).
  var tokenFunction: [Bool] = []
  /// Where each token starts in its unit's text, in Unicode scalars; -1 for a token with no
  /// place of its own (an anchor of the facts stage, a URL).
  var tokenOffset: [Int32] = []
  /// Whether each token tells who speaks rather than what is said (comparable mode: a
  /// source's name, a reporting cue, a channel, as the facts stage marks attributions).
  var tokenSpeaker: [Bool] = []
  /// Where each token's anchor keys start in `keys` (`tokenCount + 1` entries).
  var keyStart: [Int] = [0]
  /// Anchor keys, ids in the shared `AnchorKeys` space.
  var keys: [Int32] = []
  /// The strength of each key (1 for an identical word or number).
  var strengths: [Float] = []
  /// The side's stems (lexicon vocabulary).
  var stems: [String] = []
  /// How many units each stem occurs in.
  var stemUnits: [Int] = []
  /// Display forms of tokens (a word as written, a number's value, a URL).
  var words: [String] = []

  /// How many units the side has.
  var count: Int { unitLength.count }
  /// How many tokens the side has.
  var tokenCount: Int { tokenWeight.count }

  /// The token range of unit `index`.
  func tokens(of index: Int) -> Range<Int> { unitTokenStart[index]..<unitTokenStart[index + 1] }

  /// The side with its function words weighing `factor` of their weight (comparable mode:
  /// two reports that share only function words share no content; the parallel mode keeps
  /// them, a translation's function words follow its content).
  func weighingFunctionWords(by factor: Float) -> SideFeatures {
    guard factor != 1, tokenFunction.contains(true) else { return self }
    var side = self
    for token in 0..<tokenCount where token < tokenFunction.count && tokenFunction[token] {
      side.tokenWeight[token] *= factor
    }
    for unit in 0..<count {
      side.unitWeight[unit] = side.tokens(of: unit).reduce(0) { $0 + side.tokenWeight[$1] }
    }
    return side
  }

  /// Total characters of the side.
  var totalLength: Int { unitLength.reduce(0, +) }
}
