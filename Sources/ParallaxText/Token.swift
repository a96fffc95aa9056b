import ParallaxCore

/// One token of a paragraph: a word, a number or a punctuation mark, with its scalar range.
public struct Token: Sendable, Hashable {
  /// What a token is.
  public enum Kind: UInt8, Sendable, Hashable {
    /// A run of letters (and combining marks).
    case word
    /// A run of decimal digits, in any script.
    case number
    /// One punctuation mark or symbol.
    case punctuation
  }

  /// The writing system of a word.
  public enum Script: UInt8, Sendable, Hashable {
    /// Latin letters.
    case latin
    /// Cyrillic letters.
    case cyrillic
    /// Arabic letters.
    case arabic
    /// Anything else (digits, punctuation, other scripts).
    case other
  }

  /// What the token is.
  public var kind: Kind
  /// Where it is in the paragraph, in Unicode scalars.
  public var range: TextRange
  /// Its first scalar (the mark itself, for punctuation). The text as written is
  /// `text(in:)` of the paragraph: tokens carry no `String` of their own, since making one per
  /// token was a sixth of the facts stage's time.
  public var first: Unicode.Scalar
  /// Where it is in the paragraph's UTF-8 bytes (for cheap slicing).
  public var utf8Range: Range<Int>
  /// Whether white space precedes it.
  public var spaceBefore: Bool
  /// Whether its first letter is uppercase.
  public var isCapitalized: Bool
  /// Whether it has two or more letters, all uppercase (an acronym: `OSDH`, `NATO`).
  public var isAllCaps: Bool
  /// The script of its first letter.
  public var script: Script

  /// Creates a token.
  public init(
    kind: Kind, range: TextRange, first: Unicode.Scalar, utf8Range: Range<Int> = 0..<0,
    spaceBefore: Bool, isCapitalized: Bool = false, isAllCaps: Bool = false,
    script: Script = .other
  ) {
    self.kind = kind
    self.range = range
    self.first = first
    self.utf8Range = utf8Range
    self.spaceBefore = spaceBefore
    self.isCapitalized = isCapitalized
    self.isAllCaps = isAllCaps
    self.script = script
  }

  /// Whether this is the punctuation mark `mark`.
  @inlinable
  public func `is`(_ mark: Unicode.Scalar) -> Bool {
    kind == .punctuation && first == mark
  }

  /// Whether this is one of the punctuation marks in `marks`.
  @inlinable
  public func isAny(_ marks: Set<Unicode.Scalar>) -> Bool {
    kind == .punctuation && marks.contains(first)
  }

  /// The number of scalars it has.
  @inlinable
  public var scalarCount: Int { range.end - range.start }

  /// Its text as written in `source`, the paragraph it was read from.
  public func text(in source: String) -> String {
    let utf8 = source.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
    let end = utf8.index(start, offsetBy: utf8Range.count)
    return String(source[start..<end])
  }

  /// Its text as written in `bytes`, the paragraph's UTF-8.
  public func text(in bytes: [UInt8]) -> String {
    String(decoding: bytes[utf8Range], as: UTF8.self)
  }
}
