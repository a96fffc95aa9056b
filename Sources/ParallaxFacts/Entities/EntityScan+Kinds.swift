import ParallaxCorpus
import ParallaxText

/// What kind of name a span is, how far an organization's name runs, and acronyms linked to
/// their expansions.
extension EntityScan {
  /// The kind of the name `span`: from its title, its first or last word, the preposition
  /// before it, or its shape.
  func classify(_ span: Range<Int>, title: (range: Range<Int>, kind: EntityKind)?)
    -> EntityKind
  {
    if let title { return title.kind }
    if isIn(span.lowerBound, TokenBits.organizationHeads) { return .organization }
    // The words counted in place (no array per span): how many, the last, whether all are
    // in capitals, whether one is a connector.
    var words = 0
    var last = span.lowerBound
    var allCaps = true
    var connector = false
    for index in span where tokens[index].kind == .word {
      words += 1
      last = index
      if !tokens[index].isAllCaps { allCaps = false }
      if isIn(index, TokenBits.entityConnectors) { connector = true }
    }
    if words >= 2 {
      // "The Ledger", "Le Monde" inside a sentence: a capitalized article opens the name of
      // a paper, a firm or a work.
      if isIn(span.lowerBound, TokenBits.functionWords) { return .organization }
      if isIn(last, TokenBits.organizationTails) { return .organization }
      if isIn(last, TokenBits.placeTails) { return .place }
      // "NEW YORK", "BREAKING NEWS": capitals throughout say nothing of a person.
      if allCaps { return .other }
    }
    if span.count == 1, tokens[span.lowerBound].isAllCaps { return .organization }
    let before = span.lowerBound - 1
    if before >= sentence.tokens.lowerBound {
      var probe = before
      if keys[probe] == "'", probe > sentence.tokens.lowerBound { probe -= 1 }
      if isIn(probe, TokenBits.placePrepositions) { return .place }
    }
    if connector || (2...4).contains(words) {
      return .person
    }
    return .other
  }

  /// Whether token `index`, a capitalized word, ends with a case ending of common nouns
  /// (Turkish `Toplantıya`): a name takes its case ending after an apostrophe
  /// (`Ankara'ya`), and only at its end. Read for the first word of a span only.
  func hasCommonNounEnding(_ index: Int) -> Bool {
    guard !lexicon.commonNounEndings.isEmpty else { return false }
    let word = paragraph.folded.text(index)
    let length = word.count
    return lexicon.commonNounEndings.contains { length >= $0.count + 2 && word.hasByteSuffix($0) }
  }

  /// A French-style organization name: its head capitalized, the rest lowercase up to the
  /// last capitalized word (`Observatoire syrien des droits de l'Homme`) or an acronym in
  /// parentheses.
  func organizationExtent(from span: Range<Int>) -> Range<Int>? {
    var lastCapital = span.upperBound - 1
    var index = span.upperBound
    while index < min(end, span.lowerBound + 10) {
      let token = tokens[index]
      if token.is("(") { return span.lowerBound..<index }
      if token.kind == .punctuation, !token.isAny(Self.joiners) { break }
      if taken[index] { break }
      if token.kind == .word, token.isCapitalized { lastCapital = index }
      index += 1
    }
    return span.lowerBound..<max(lastCapital + 1, complementEnd(after: span.upperBound))
  }

  /// The end of the lowercase complement of an organization's head: modifiers (`turque`,
  /// `nationale`), then `de (la)` and a noun with its modifiers, again (`Autorité turque de
  /// la concurrence`, `Agence nationale de sécurité sanitaire`); `start` when there is none.
  func complementEnd(after start: Int) -> Int {
    var index = start
    func skipModifiers() {
      while index < end, !taken[index], tokens[index].kind == .word,
        !tokens[index].isCapitalized, isIn(index, TokenBits.organizationModifiers)
      {
        index += 1
      }
    }
    skipModifiers()
    var last = index
    while index < end, tokens[index].kind == .word, !tokens[index].isCapitalized,
      isIn(index, TokenBits.organizationComplements)
    {
      // Articles and elided words after `de` (`de la`, `de l'`, `d'`).
      var noun = index + 1
      while noun < end,
        tokens[noun].is("'") || tokens[noun].is("’")
          || (tokens[noun].kind == .word && !tokens[noun].isCapitalized
            && isIn(noun, TokenBits.entityConnectors | TokenBits.elisions))
      {
        noun += 1
      }
      guard noun < end, !taken[noun], tokens[noun].kind == .word, !tokens[noun].isCapitalized,
        !isIn(noun, TokenBits.functionWords)
      else { break }
      index = noun + 1
      skipModifiers()
      last = index
    }
    return last
  }

  /// `Expansion (ACR)`: the acronym gets the expansion's key and both name each other.
  mutating func linkAcronyms() {
    guard result.count >= 2 else { return }
    for position in 1..<result.count {
      let acronym = result[position]
      let expansion = result[position - 1]
      guard acronym.acronym != nil, acronym.text.unicodeScalars.count >= 2,
        expansion.range.end < acronym.range.start,
        acronym.range.start - expansion.range.end <= 3,
        between(expansion.range.end, acronym.range.start) == "(",
        Self.initialsMatch(acronym: acronym.text, expansion: expansion.text)
      else { continue }
      result[position].expansion = expansion.text
      result[position].acronym = acronym.text
      result[position - 1].acronym = acronym.text
      if result[position - 1].key.concept == nil, let concept = acronym.key.concept {
        result[position - 1].key.concept = concept
      } else if acronym.key.concept == nil {
        result[position].key = expansion.key
      }
      if result[position].kind == .other || result[position].kind == .organization {
        result[position].kind = expansion.kind == .other ? .organization : expansion.kind
      }
    }
  }

  /// `between(start, end, in: paragraph.text)`, read from the paragraph's UTF-8 bytes when
  /// `start` ends a token and `end` starts one (always, for entities made of tokens), instead
  /// of counting scalars from the paragraph's start.
  func between(_ start: Int, _ end: Int) -> String {
    let tokens = paragraph.tokens
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].range.start < end { low = middle + 1 } else { high = middle }
    }
    // The token ending at `start`: a few tokens back at most (the gap is short).
    var before = low - 1
    while before >= 0, tokens[before].range.end > start { before -= 1 }
    guard before >= 0, low < tokens.count, tokens[low].range.start == end,
      tokens[before].range.end == start, start <= end
    else {
      return Self.between(start, end, in: paragraph.text)
    }
    let bytes = paragraph.folded.utf8[
      tokens[before].utf8Range.upperBound..<tokens[low].utf8Range.lowerBound]
    return String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace }
  }

  static func between(_ start: Int, _ end: Int, in text: String) -> String {
    TextRange(start, end).slice(of: text).filter { !$0.isWhitespace }
  }

  /// Whether the acronym's letters are initials of the expansion's words, in order, the
  /// first one first.
  static func initialsMatch(acronym: String, expansion: String) -> Bool {
    let initials = Tokenizer.tokens(expansion).filter { $0.kind == .word }.compactMap {
      TextFolding.fold($0.text(in: expansion)).first
    }
    let letters = Array(TextFolding.fold(acronym))
    guard let first = letters.first, initials.first == first else { return false }
    var position = 0
    for initial in initials where position < letters.count && initial == letters[position] {
      position += 1
    }
    return position == letters.count
  }
}
