import ParallaxCore

/// One sentence of a paragraph: its tokens and its scalar range.
public struct Sentence: Sendable, Hashable {
  /// The indices of its tokens in the paragraph's token list.
  public var tokens: Range<Int>
  /// Its scalar range in the paragraph.
  public var range: TextRange

  /// Creates a sentence.
  public init(tokens: Range<Int>, range: TextRange) {
    self.tokens = tokens
    self.range = range
  }
}

/// Splits a paragraph's tokens into sentences, knowing the language's abbreviations.
///
/// A `.`, `!`, `?`, `…` or `؟` ends a sentence when a space and a capital letter, a digit,
/// an opening quote or a letter of a caseless script (Arabic) follow — except after an
/// abbreviation of the language (`M.`, `Dr.`, `тыс.`), an initial (`Р. Доган`), or, in
/// languages that write ordinals with a dot (German `27. Februar`), a number followed by a
/// word listed in the language's `ordinal-followers`. `،` and `;` never end a sentence.
public struct SentenceSplitter: Sendable {
  /// The language code the splitter was made for.
  public let language: String
  private let abbreviations: Set<String>
  private let ordinalFollowers: Set<String>
  private let ordinalDot: Bool

  private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…", "؟", "。", "‼"]
  private static let softBreaks: Set<Unicode.Scalar> = [",", ";", "،", "؛"]
  private static let closers: Set<Unicode.Scalar> = [
    "\"", "'", "»", "”", "’", ")", "]", "“", "›",
  ]
  private static let openers: Set<Unicode.Scalar> = [
    "\"", "«", "“", "„", "‘", "(", "[", "—", "–", "-", "‹", "'",
  ]

  /// A splitter for `language`, with the abbreviations shipped in
  /// `Resources/abbreviations/<language>.txt`.
  public init(language: String) {
    let file = LexiconFile(bundle: "Parallax_ParallaxText", "abbreviations/\(language).txt")
    self.init(language: language, lexicon: file)
  }

  /// A splitter using the given abbreviation lexicon (sections `abbreviations`,
  /// `ordinal-followers`, flag section `ordinal-dot`).
  package init(language: String, lexicon: LexiconFile) {
    self.language = language
    abbreviations = Set(lexicon.words("abbreviations").map { TextFolding.fold($0) })
    ordinalFollowers = Set(lexicon.words("ordinal-followers").map { TextFolding.fold($0) })
    ordinalDot = lexicon.has("ordinal-dot")
  }

  /// The sentences of `text`.
  public func sentences(in text: String) -> [Sentence] {
    let tokens = Tokenizer.tokens(text)
    return sentences(tokens: tokens, keys: tokens.map { TextFolding.fold($0.text(in: text)) })
  }

  /// The sentences made of `tokens` (a whole paragraph's tokens); `keys` holds
  /// `TextFolding.fold` of each token's text (as `FoldedTokens` has it).
  public func sentences(tokens: [Token], keys: [String]) -> [Sentence] {
    precondition(keys.count == tokens.count, "one folded key per token")
    return sentences(tokens: tokens) { keys[$0] }
  }

  /// The sentences made of `tokens`, asking `key` for the folded key (`TextFolding.fold`) of a
  /// token only where a rule reads one — the word before a dot, the word after a number's
  /// dot — for a caller that has not folded every token.
  package func sentences(tokens: [Token], key: (Int) -> String) -> [Sentence] {
    var result: [Sentence] = []
    var start = 0
    var index = 0
    while index < tokens.count {
      guard tokens[index].kind == .punctuation, Self.isTerminator(tokens[index].first) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < tokens.count, !tokens[end].spaceBefore,
        tokens[end].kind == .punctuation
          && (Self.isTerminator(tokens[end].first) || tokens[end].isAny(Self.closers))
      {
        end += 1
      }
      if end >= tokens.count || endsSentence(tokens, key, dot: index, next: end) {
        if end > start { result.append(make(tokens, start..<end)) }
        start = end
      }
      index = end
    }
    if start < tokens.count { result.append(make(tokens, start..<tokens.count)) }
    // Only a runaway sentence is cut: no array per sentence otherwise.
    guard result.contains(where: { $0.tokens.count > Self.maxTokens }) else { return result }
    return result.flatMap { bounded($0, tokens) }
  }

  /// Whether a punctuation token's mark ends a sentence (a switch: no hashing for every
  /// token).
  @inline(__always)
  private static func isTerminator(_ first: Unicode.Scalar) -> Bool {
    switch first {
    case ".", "!", "?", "…", "؟", "。", "‼": return true
    default: return false
    }
  }

  /// The longest sentence, in tokens: longer runs (lists, garbage, a megabyte without a
  /// full stop) are cut at a comma or semicolon, or hard, so later stages stay linear.
  public static let maxTokens = 400

  private func bounded(_ sentence: Sentence, _ tokens: [Token]) -> [Sentence] {
    guard sentence.tokens.count > Self.maxTokens else { return [sentence] }
    var pieces: [Sentence] = []
    var start = sentence.tokens.lowerBound
    let end = sentence.tokens.upperBound
    while start < end {
      var cut = min(end, start + Self.maxTokens)
      if cut < end {
        var probe = cut - 1
        while probe > start + Self.maxTokens / 2, !tokens[probe].isAny(Self.softBreaks) {
          probe -= 1
        }
        if probe > start + Self.maxTokens / 2 { cut = probe + 1 }
      }
      pieces.append(make(tokens, start..<cut))
      start = cut
    }
    return pieces
  }

  private func make(_ tokens: [Token], _ range: Range<Int>) -> Sentence {
    Sentence(
      tokens: range,
      range: TextRange(tokens[range.lowerBound].range.start, tokens[range.upperBound - 1].range.end)
    )
  }

  private func endsSentence(
    _ tokens: [Token], _ key: (Int) -> String, dot: Int, next: Int
  ) -> Bool {
    let following = tokens[next]
    guard following.spaceBefore else { return false }
    let startsSentence =
      following.isCapitalized || following.kind == .number || following.isAny(Self.openers)
      || (following.kind == .word && following.script == .arabic)
      || (following.kind == .word && following.script == .other)
    guard startsSentence else { return false }
    guard tokens[dot].is("."), dot > 0, !tokens[dot].spaceBefore else { return true }
    let previous = tokens[dot - 1]
    switch previous.kind {
    case .word:
      if previous.scalarCount == 1, previous.isCapitalized { return false }
      if abbreviations.contains(key(dot - 1)) { return false }
    case .number:
      if ordinalDot, following.kind == .word,
        ordinalFollowers.contains(key(next))
      {
        return false
      }
    case .punctuation:
      break
    }
    return true
  }
}
