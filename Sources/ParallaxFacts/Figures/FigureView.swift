import ParallaxText

/// The figure scanner's view of a paragraph: the shared tokens (`Tokenizer`, the one
/// tokenizer of Parallax), each with the key the figure lexicons look it up by.
///
/// A pure derivation: one `FigureToken` per shared token, whose reading depends on the
/// token's text only (`word(_:kind:)`, memoised per distinct word by the facts stage), and
/// whose gap depends on the white space before it. Lexicon phrases are read the same way,
/// so a key in the data and a key in the text are made by the same code.
struct FigureView: Sendable {
  /// How the language lowercases (from `Resources/casing.txt` of ParallaxText).
  var casing: TextFolding.Casing = .standard

  /// The figure tokens of `text`, whose scalars are `scalars`.
  func tokens(_ text: String, scalars: [Unicode.Scalar]) -> [FigureToken] {
    let utf8 = Array(text.utf8)
    let shared = utf8.withUnsafeBufferPointer { Tokenizer.tokens(utf8: $0) }
    return tokens(shared, utf8: utf8, scalars: scalars)
  }

  /// The figure tokens of the shared tokens `shared` of a paragraph whose UTF-8 bytes are
  /// `utf8` and scalars `scalars`, each word read where it stands.
  func tokens(_ shared: [Token], utf8: [UInt8], scalars: [Unicode.Scalar]) -> [FigureToken] {
    var result: [FigureToken] = []
    result.reserveCapacity(shared.count)
    var previousEnd = 0
    utf8.withUnsafeBufferPointer { bytes in
      for token in shared {
        let word = word(
          utf8: UnsafeBufferPointer(rebasing: bytes[token.utf8Range]), kind: token.kind)
        result.append(make(word, token, gap: gap(previousEnd, token.range.start, scalars)))
        previousEnd = token.range.end
      }
    }
    return result
  }

  /// The tokens of a short phrase from a lexicon (same rules as the text).
  func tokens(of phrase: String) -> [FigureToken] {
    tokens(phrase, scalars: Array(phrase.unicodeScalars))
  }

  /// The token keys of a phrase.
  func keys(of phrase: String) -> [TokenKey] {
    tokens(of: phrase).map(TokenKey.init)
  }

  /// The figure tokens of a paragraph from its shared tokens and the figure readings of its
  /// distinct words in `words` (the same tokens as `tokens(_:scalars:)` makes).
  func tokens(
    _ shared: FoldedTokens, words: WordTable<FigureWord>, scalars: [Unicode.Scalar]
  ) -> [FigureToken] {
    var result: [FigureToken] = []
    result.reserveCapacity(shared.count)
    var previousEnd = 0
    let ids = shared.ids
    // The readings are read in place, field by field: a `FigureWord` copied out of the
    // array retained and released its key and concepts at every token.
    words.payloads.withUnsafeBufferPointer { payloads in
      for index in shared.tokens.indices {
        let id = Int(ids[index])
        let start = shared.tokens[index].range.start
        let end = shared.tokens[index].range.end
        let gap = gap(previousEnd, start, scalars)
        previousEnd = end
        guard id >= 0 else {
          // A word past the table's limit: read here.
          let token = shared.tokens[index]
          result.append(make(word(shared.text(index), kind: token.kind), token, gap: gap))
          continue
        }
        result.append(
          FigureToken(
            kind: payloads[id].kind, start: start, end: end, gap: gap,
            nonASCIIDigits: payloads[id].nonASCIIDigits, capitalized: payloads[id].capitalized,
            key: payloads[id].key, hash: payloads[id].hash, punct: payloads[id].punct,
            word: Int32(id), flags: payloads[id].flags))
      }
    }
    return result
  }

  /// The figure tokens of a paragraph's shared tokens `shared`, whose UTF-8 bytes are `utf8`
  /// and scalars `scalars`, each distinct word read once by `read` and kept in `table` (by
  /// its bytes) for the next paragraphs: the figure path's view of the Text stage's tokens,
  /// which looks up each token's id only (no folded key or mask, which the facts stage reads).
  func tokens(
    _ shared: [Token], utf8: UnsafeBufferPointer<UInt8>, scalars: [Unicode.Scalar],
    table: inout WordTable<FigureWord>,
    read: (UnsafeBufferPointer<UInt8>, Token.Kind) -> FigureWord
  ) -> [FigureToken] {
    // The index is moved out of the table while the paragraph is read, so that it is
    // referenced once (an insertion never copies it); new words' readings go to `added`.
    var index = WordIndex.standIn
    swap(&index, &table.index)
    let before = index.count
    var added: [FigureWord] = []
    var result: [FigureToken] = []
    result.reserveCapacity(shared.count)
    var previousEnd = 0
    for token in shared {
      let bytes = UnsafeBufferPointer(rebasing: utf8[token.utf8Range])
      let hash = WordTables.hash(bytes)
      let gap = gap(previousEnd, token.range.start, scalars)
      previousEnd = token.range.end
      if let id = index.id(of: bytes, hash: hash) {
        let entry = Int(id)
        // Read in place: a copy of `payloads` held here would be copied again on append, and
        // a `FigureWord` bound here retained and released its key and concepts.
        if entry < before {
          result.append(make(table.payloads[entry], token, gap: gap, id: id))
        } else {
          result.append(make(added[entry - before], token, gap: gap, id: id))
        }
        continue
      }
      let word = read(bytes, token.kind)
      let id = index.insert(bytes, hash: hash, folded: "", mask: 0)
      if id >= 0 { added.append(word) }
      result.append(make(word, token, gap: gap, id: id))
    }
    swap(&index, &table.index)
    if !added.isEmpty { table.appendPayloads(added, since: before) }
    return result
  }

  @inline(__always)
  private func make(_ word: FigureWord, _ token: Token, gap: UInt8, id: Int32) -> FigureToken {
    FigureToken(
      kind: word.kind, start: token.range.start, end: token.range.end, gap: gap,
      nonASCIIDigits: word.nonASCIIDigits, capitalized: word.capitalized, key: word.key,
      hash: word.hash, punct: word.punct, word: id, flags: word.flags)
  }

  @inline(__always)
  private func make(_ word: FigureWord, _ token: Token, gap: UInt8) -> FigureToken {
    FigureToken(
      kind: word.kind, start: token.range.start, end: token.range.end, gap: gap,
      nonASCIIDigits: word.nonASCIIDigits, capitalized: word.capitalized, key: word.key,
      hash: word.hash, punct: word.punct, flags: word.flags)
  }

  /// The gap before a token starting at `start` after one ending at `previousEnd`: 0 none,
  /// 1 one space-like scalar (`isSingleSpace`), 2 more (the shared tokenizer made every
  /// scalar between them white space).
  @inline(__always)
  private func gap(_ previousEnd: Int, _ start: Int, _ scalars: [Unicode.Scalar]) -> UInt8 {
    guard start > previousEnd else { return 0 }
    return start - previousEnd == 1 && FigureView.isSingleSpace(scalars[previousEnd]) ? 1 : 2
  }

  /// The figure reading of one shared token given as its UTF-8 bytes: `word(_:kind:)`, in
  /// one pass over the bytes for an ASCII token (the key and its hash built together).
  func word(utf8 bytes: UnsafeBufferPointer<UInt8>, kind: Token.Kind) -> FigureWord {
    let turkic = casing == .turkic
    guard !bytes.isEmpty, kind != .punctuation,
      !bytes.contains(where: {
        !UTF8.isASCII($0) || (turkic && UInt32($0) == CharacterNames.capitalI)
      })
    else {
      return word(String(decoding: bytes, as: UTF8.self), kind: kind)
    }
    var hash = FNV.offsetBasis
    let key = String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for (index, byte) in bytes.enumerated() {
        let value = UInt32(byte)
        let lower =
          CharacterNames.asciiCapitals.contains(value)
          ? value + CharacterNames.asciiCaseOffset : value
        hash = (hash ^ UInt64(lower)) &* FNV.prime
        buffer[index] = UInt8(truncatingIfNeeded: lower)
      }
      return bytes.count
    }
    let first = UInt32(bytes[0])
    return FigureWord(
      kind: kind == .number ? .digits : .word, key: key, hash: hash, nonASCIIDigits: false,
      capitalized: kind == .word && CharacterNames.asciiCapitals.contains(first), punct: 0)
  }

  /// The figure reading of one shared token, `written` as in the text.
  func word(_ written: String, kind: Token.Kind) -> FigureWord {
    switch kind {
    case .number:
      var key = String.UnicodeScalarView()
      var nonASCII = false
      for scalar in written.unicodeScalars {
        let value = scalar.value
        if CharacterNames.asciiDigits.contains(value) {
          key.append(scalar)
          continue
        }
        nonASCII = true
        let digit = scalar.properties.numericValue.map { Int($0) } ?? 0
        key.append(Unicode.Scalar(UInt8(truncatingIfNeeded: Int(CharacterNames.digitZero) + digit)))
      }
      let text = String(key)
      return FigureWord(
        kind: .digits, key: text, hash: FigureView.hash(text), nonASCIIDigits: nonASCII,
        capitalized: false, punct: 0)
    case .word:
      let key = TextFolding.wordKey(written, casing: casing)
      let first = written.unicodeScalars.first.map(FigureView.isCapital) ?? false
      return FigureWord(
        kind: .word, key: key, hash: FigureView.hash(key), nonASCIIDigits: false,
        capitalized: first, punct: 0)
    case .punctuation:
      let scalar = written.unicodeScalars.first ?? " "
      if let fraction = FigureView.fractionGlyph(scalar) {
        return FigureWord(
          kind: .fractionGlyph, key: fraction, hash: FigureView.hash(fraction),
          nonASCIIDigits: false, capitalized: false, punct: 0)
      }
      let apostrophe = FigureView.isApostrophe(scalar)
      let key = apostrophe ? "'" : written
      return FigureWord(
        kind: .punct, key: key, hash: FigureView.hash(key), nonASCIIDigits: false,
        capitalized: false, punct: apostrophe ? CharacterNames.apostrophe : scalar.value)
    }
  }

  /// The text of some scalars of a paragraph, encoded as UTF-8 in scratch memory and
  /// decoded once (cheaper than appending scalars to a `String`).
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * scalars.count + 1) { buffer in
      var count = 0
      for scalar in scalars {
        for byte in scalar.utf8 {
          buffer[count] = byte
          count += 1
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
    }
  }

  /// Whether a word's first letter is a capital.
  private static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < CharacterNames.asciiEnd { return CharacterNames.asciiCapitals.contains(value) }
    if CharacterNames.latin1Capitals.contains(value) {
      return value != CharacterNames.multiplicationSign
    }
    if value <= CharacterNames.latin1Smalls.upperBound { return false }
    return scalar.properties.isUppercase
  }

  /// The marks read as an apostrophe: `’`, `‘`, `ʼ`, `` ` `` and `´`.
  private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}": true
    default: false
    }
  }

  /// The 64-bit FNV-1a hash of a key's scalars (no normalization: keys come from the same
  /// view on both sides).
  static func hash(_ key: String) -> UInt64 {
    hash(continuing: FNV.offsetBasis, key)
  }

  /// The hash of a key that goes on with `key`, from the hash of its beginning (FNV-1a is
  /// sequential): `hash(continuing: hash(a), b) == hash(a + b)`.
  static func hash(continuing start: UInt64, _ key: String) -> UInt64 {
    var hash = start
    for scalar in key.unicodeScalars { hash = (hash ^ UInt64(scalar.value)) &* FNV.prime }
    return hash
  }

  /// The constants of 64-bit FNV-1a.
  enum FNV {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3
  }

  /// Whether a scalar is one space as the figure scanner counts gaps: space, no-break space,
  /// narrow no-break space, thin space or figure space.
  static func isSingleSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\u{A0}", "\u{202F}", "\u{2009}", "\u{2007}": true
    default: false
    }
  }

  static func fractionGlyph(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "½": "1/2"
    case "⅓": "1/3"
    case "⅔": "2/3"
    case "¼": "1/4"
    case "¾": "3/4"
    case "⅕": "1/5"
    case "⅖": "2/5"
    case "⅗": "3/5"
    case "⅘": "4/5"
    case "⅙": "1/6"
    case "⅚": "5/6"
    case "⅛": "1/8"
    case "⅜": "3/8"
    case "⅝": "5/8"
    case "⅞": "7/8"
    default: nil
    }
  }
}
