/// One token of a paragraph for the figure scanner: a word, a run of digits or one
/// punctuation scalar, with its scalar offsets.
struct FigureToken: Sendable, Hashable {
  /// What the token is.
  enum Kind: UInt8, Sendable {
    /// Letters and marks (lowercased in `key`).
    case word
    /// Decimal digits (ASCII in `key`, whatever the script).
    case digits
    /// A vulgar fraction glyph (`½`); `key` holds "1/2".
    case fractionGlyph
    /// One other scalar (apostrophes normalized to `'`).
    case punct
  }

  /// What the token is.
  var kind: Kind
  /// The first scalar.
  var start: Int
  /// One past the last scalar.
  var end: Int
  /// The whitespace before it: 0 none, 1 one space-like scalar, 2 more.
  var gap: UInt8
  /// Whether the whitespace before it is one space, NBSP, narrow NBSP or thin space.
  var spaceBefore: Bool { gap > 0 }
  /// Whether the digits were Arabic-Indic or Persian.
  var nonASCIIDigits: Bool = false
  /// Whether the word starts with an uppercase letter.
  var capitalized: Bool = false
  /// The lookup key: lowercased word, ASCII digits, or the scalar.
  var key: String
  /// `FigureView.hash(key)`: tables are looked up by this 64-bit FNV-1a hash of the
  /// key's scalars, which avoids the Unicode normalization of `String` hashing.
  var hash: UInt64 = 0
  /// The scalar of a punctuation token (0 otherwise), for cheap comparisons.
  var punct: UInt32 = 0
  /// The token's id in the report's word table when it was derived from the facts stage's
  /// tokens (its `FigureWord` holds what is memoised of it), else -1.
  var word: Int32 = -1
  /// What is known of a word from its memoised reading (`flagsKnown` set), else 0.
  var flags: UInt8 = 0

  static let flagsKnown: UInt8 = 0x80
  static let mayStartNumber: UInt8 = 1
  static let urlWord: UInt8 = 2
  static let statusCue: UInt8 = 4
}
