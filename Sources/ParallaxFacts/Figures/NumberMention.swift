/// A number found by `NumberScanner`, before qualifiers and measures are read.
struct NumberMention: Sendable, Hashable {
  /// The first token.
  var firstToken: Int
  /// One past the last token of the number (scale words included).
  var endToken: Int
  /// The scalars of a glued conjunction, preposition or article that open the first token
  /// and stay outside the number (`ب` of `بثلاثة`, `و` of `وخمسة`): 0 for most numbers.
  var procliticScalars = 0
  /// One past the tokens of a clitic suffix (`'si`, `'dan`) after it.
  var suffixEnd: Int
  /// The value.
  var value: ExactNumber
  /// How it is written.
  var form: Figure.Form
  /// The largest scale word used (1 when none), for ranges like `20 à 30 milliards`.
  var scale: ExactNumber = .one
  /// A lone article-like word (`un`, `ein`, `bir`): a count only before a counted noun.
  var isArticle = false
  /// Four digits that may be a year.
  var isYearLike = false
  /// A vague amount (`plusieurs`, `dozens`).
  var isVague = false
  /// An approximate amount written as one word (`une quinzaine`, `un millar`): about its value.
  var isApproximate = false
}
