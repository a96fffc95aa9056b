import ParallaxCorpus
import ParallaxText
import Synchronization

/// Finds the figures of a paragraph in one language: numbers in digits or words with their
/// qualifier, percent or currency, what they count and the status of the claim.
///
/// Build one per language and reuse it (the tables are built once per process and shared);
/// `figures(in:)` scans the text once and is safe to call from several threads.
public struct FigureExtractor: Sendable {
  /// The language code the extractor was built for (`fr`, `en`, `de`, `es`, `tr`, `ar`, `ru`).
  public let language: String
  let box: FigureLanguageBox
  var data: FigureLanguage { box.value }

  private static let cache = Mutex<[String: FigureLanguageBox]>([:])

  /// An extractor for `language` (an ISO 639-1 code, or a tag such as `fr-FR`); languages
  /// without data files get digits and ICU number words only.
  public init(language: String) {
    let code = String(language.lowercased().prefix { $0.isLetter })
    self.language = code
    if let known = FigureExtractor.cache.withLock({ $0[code] }) {
      box = known
    } else {
      let built = FigureLanguageBox(FigureLanguage(code: code))
      FigureExtractor.cache.withLock { $0[code] = built }
      box = built
    }
  }

  /// Problems met while building the extractor: a language without data files works on ICU
  /// number words and digits only (`warning`, naming the missing resource).
  public var diagnostics: [Diagnostic] {
    data.missingFiles.map {
      Diagnostic(
        .warning, SourceLocation(path: "Resources/" + $0),
        "no figure data for language \"\(language)\": digits and ICU number words only")
    }
  }

  /// The figures of one normalized paragraph, in text order.
  public func figures(in text: String) -> [Figure] {
    // A scratch lent by the language's pool to this call alone: its table keeps the figure
    // readings of the words of earlier calls, so a word is read once, not at every use.
    let scratch = box.borrowScratch()
    defer { box.returnScratch(scratch) }
    return figures(in: text, scratch: scratch)
  }

  /// The figures of one normalized paragraph, with `scratch` kept across the paragraphs of a
  /// report (what the words of one paragraph count is remembered for the next).
  package func figures(in text: String, scratch: FigureScratch) -> [Figure] {
    let scalars = FigureExtractor.scalars(of: text)
    var text = text
    return text.withUTF8 { utf8 in
      let shared = Tokenizer.tokens(utf8: utf8)
      let tokens = data.view.tokens(
        shared, utf8: utf8, scalars: scalars, table: &scratch.words
      ) { reading($0, kind: $1) }
      return figures(
        scalars: scalars, tokens: tokens,
        sentences: sentences(of: shared, utf8: utf8), scratch: scratch)
    }
  }

  /// The figure reading of a distinct token, its UTF-8 bytes as written (`FigureView.word`),
  /// with what the scanner asks of a word (`FigureToken.flags`): made once per word by the
  /// tables that remember it (a pooled scratch's, the facts stage's memo).
  func reading(_ bytes: UnsafeBufferPointer<UInt8>, kind: Token.Kind) -> FigureWord {
    // Read through the box: `data` would copy (retain and release) every table.
    var word = box.value.view.word(utf8: bytes, kind: kind)
    guard word.kind == .word else { return word }
    word.flags =
      FigureToken.flagsKnown
      | (box.value.mayStartNumber(key: word.key, hash: word.hash) ? FigureToken.mayStartNumber : 0)
      | (NumberScanner.isURLWord(word.hash) ? FigureToken.urlWord : 0)
      | (box.value.mayStartStatusCue(word.hash, key: word.key) ? FigureToken.statusCue : 0)
    return word
  }

  /// The splitter's sentences of `tokens`, whose folded keys were not made (`utf8` is the
  /// paragraph's UTF-8): the splitter folds only the few words it reads (before a dot that
  /// may end a sentence: an abbreviation? after a number's dot: an ordinal's follower?).
  private func sentences(of tokens: [Token], utf8: UnsafeBufferPointer<UInt8>) -> [Sentence] {
    data.splitter.sentences(tokens: tokens) {
      TextFolding.fold(
        String(decoding: UnsafeBufferPointer(rebasing: utf8[tokens[$0].utf8Range]), as: UTF8.self))
    }
  }

  /// The figures of a paragraph the facts stage has tokenized already: its figure tokens are
  /// made from `shared` and the figure readings of its words in `words` (`FigureView`), and
  /// `sentences` are the splitter's sentences of `shared`.
  func figures(
    in text: String, shared: FoldedTokens, sentences: [Sentence], words: WordTable<FigureWord>,
    scratch: FigureScratch
  ) -> [Figure] {
    let scalars = FigureExtractor.scalars(of: text)
    let tokens = data.view.tokens(shared, words: words, scalars: scalars)
    return figures(
      scalars: scalars, tokens: tokens, sentences: sentences, scratch: scratch, words: words)
  }

  /// The figures of a paragraph's figure tokens; `sentences` is read only when the
  /// paragraph has numbers.
  private func figures(
    scalars: [Unicode.Scalar], tokens: [FigureToken], sentences: @autoclosure () -> [Sentence],
    scratch: FigureScratch, words: WordTable<FigureWord>? = nil
  ) -> [Figure] {
    let mentions = NumberScanner(box: box, tokens: tokens, scalars: scalars).scan()
    // "other soldiers wounded": a vague amount with no number word (FigureAnalyzer+CountedVague).
    guard
      !mentions.isEmpty
        || (data.countedVague.count > 0
          && tokens.contains {
            $0.kind == .word && data.countedVague.contains($0.hash, key: $0.key)
          })
    else { return [] }
    let sentences = sentences()
    let analyzer = FigureAnalyzer(
      box: box, tokens: tokens, scalars: scalars, mentions: mentions, sentences: sentences,
      stemmer: scratch.stemmer, memo: scratch.memo, words: words)
    return Self.carryCurrency(analyzer.figures(), sentences: sentences)
  }

  /// Whether `word` (lowercased) right before a year keeps it a year (`in`, `en`, `عام`):
  /// the `yearBefore` words of the language's data.
  package func isYearWord(_ word: String) -> Bool {
    data.context.yearBeforeWords.contains(word)
  }

  /// Whether the words around a year (`before`: up to six, nearest first; `after`: in
  /// order; all lowercased) make it no time of its sentence: the start of a span up to now
  /// (`since 2011`, `2011'den beri`) or a date of origin (`founded in 2009`): the
  /// `sinceYear`, `sinceYearAfter` and `originYear` words of the language's data.
  package func isSinceYear(before: [String], after: [String]) -> Bool {
    before.prefix(2).contains { data.context.sinceYearBefore.contains($0) }
      || after.prefix(3).contains { data.context.sinceYearAfter.contains($0) }
      || before.prefix(6).contains { data.context.originYear.contains($0) }
  }

  /// Every number of a paragraph, each on its own (the two ends of a range separately),
  /// before qualifiers are read: dates, years, references and lone articles are left out as
  /// in `figures(in:)`, but durations (`3 years`) stay: they are numbers, not figures of the
  /// story. This is what number-recognition test suites compare.
  package func numbers(in text: String) -> [NumberSpan] {
    let scalars = FigureExtractor.scalars(of: text)
    var text = text
    let (tokens, sentences) = text.withUTF8 { utf8 -> ([FigureToken], [Sentence]) in
      let shared = Tokenizer.tokens(utf8: utf8)
      var table = WordTable<FigureWord>()
      let tokens = data.view.tokens(shared, utf8: utf8, scalars: scalars, table: &table) {
        reading($0, kind: $1)
      }
      return (tokens, self.sentences(of: shared, utf8: utf8))
    }
    let mentions = NumberScanner(box: box, tokens: tokens, scalars: scalars).scan()
    guard !mentions.isEmpty else { return [] }
    let analyzer = FigureAnalyzer(
      box: box, tokens: tokens, scalars: scalars, mentions: mentions, sentences: sentences,
      stemmer: StemmerBox(language: data.measures.hasStemmer ? data.code : nil), memo: nil)
    let kept = Set(analyzer.figures().flatMap { [$0.range, $0.upperRange].compactMap { $0 } })
    return mentions.compactMap { mention in
      let range = analyzer.range(of: mention)
      if mention.isArticle || mention.isYearLike, !kept.contains(range) { return nil }
      if mention.isVague { return nil }
      return NumberSpan(range: range, text: range.slice(of: text), value: mention.value)
    }
  }
}

extension FigureExtractor {
  /// A bare scaled amount after money in the same sentence is in that currency: `mil millones
  /// de euros y un préstamo de 1.500 millones`.
  static func carryCurrency(_ figures: [Figure], sentences: [Sentence]) -> [Figure] {
    var result = figures
    var currency: String?
    var lastEnd = 0
    for index in result.indices {
      let figure = result[index]
      let start = figure.expressionRange.start
      // Only a carried currency needs the sentences looked up.
      if currency != nil, start >= lastEnd,
        sentence(holding: start, sentences) != sentence(holding: max(0, lastEnd - 1), sentences)
      {
        currency = nil
      }
      lastEnd = max(lastEnd, figure.expressionRange.end)
      if figure.kind == .money {
        currency = figure.currency
        continue
      }
      // The letter test before the value's double, which prints the decimal and parses it.
      guard let carried = currency, figure.kind == .count, figure.measure?.counted == nil,
        figure.text.unicodeScalars.contains(where: isAlphabetic),
        figure.value.doubleValue >= 1_000_000
      else {
        continue
      }
      result[index].kind = .money
      result[index].currency = carried
    }
    return result
  }

  /// `scalar.properties.isAlphabetic`, without the property lookup for ASCII (whose only
  /// alphabetic scalars are the Latin letters).
  private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < CharacterNames.asciiEnd {
      return CharacterNames.asciiSmalls.contains(value | CharacterNames.asciiCaseOffset)
    }
    return scalar.properties.isAlphabetic
  }

  /// The number of the sentence whose scalar range holds `offset` (the last one starting at
  /// or before it).
  private static func sentence(holding offset: Int, _ sentences: [Sentence]) -> Int {
    var low = 0
    var high = sentences.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if sentences[middle].range.start <= offset { low = middle } else { high = middle - 1 }
    }
    return max(0, low)
  }

  /// The scalars of a paragraph in one pass, into an array sized once (no capacity check
  /// per scalar), decoded straight from the string's UTF-8 (a `String` holds valid UTF-8,
  /// so no byte needs checking); the same scalars as `text.unicodeScalars`.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    let decoded = text.utf8.withContiguousStorageIfAvailable { decodeScalars($0) }
    return decoded ?? Array(text.unicodeScalars)
  }

  /// The scalars of valid UTF-8 bytes.
  private static func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
    [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
      count = 0
      var index = 0
      while index < bytes.count {
        let lead = UInt32(bytes[index])
        var value: UInt32
        let length: Int
        if lead < UTF8Bits.twoByteLead {
          buffer.initializeElement(at: count, to: Unicode.Scalar(UInt8(truncatingIfNeeded: lead)))
          count += 1
          index += 1
          continue
        } else if lead < UTF8Bits.threeByteLead {
          value = lead & UTF8Bits.twoBytePayload
          length = 2
        } else if lead < UTF8Bits.fourByteLead {
          value = lead & UTF8Bits.threeBytePayload
          length = 3
        } else {
          value = lead & UTF8Bits.fourBytePayload
          length = 4
        }
        for offset in 1..<min(length, bytes.count - index) {
          value = (value << 6) | (UInt32(bytes[index + offset]) & UTF8Bits.continuationPayload)
        }
        buffer.initializeElement(at: count, to: Unicode.Scalar(value) ?? UTF8Bits.replacement)
        count += 1
        index += length
      }
    }
  }
}

/// The bit patterns of UTF-8 used by `FigureExtractor.scalars(of:)`.
private enum UTF8Bits {
  /// The first lead byte of a two-byte sequence (below it: ASCII).
  static let twoByteLead: UInt32 = 0xC0
  /// The first lead byte of a three-byte sequence.
  static let threeByteLead: UInt32 = 0xE0
  /// The first lead byte of a four-byte sequence.
  static let fourByteLead: UInt32 = 0xF0
  /// The payload bits of a two-byte lead.
  static let twoBytePayload: UInt32 = 0x1F
  /// The payload bits of a three-byte lead.
  static let threeBytePayload: UInt32 = 0x0F
  /// The payload bits of a four-byte lead.
  static let fourBytePayload: UInt32 = 0x07
  /// The payload bits of a continuation byte.
  static let continuationPayload: UInt32 = 0x3F
  /// U+FFFD, never produced from a valid `String`.
  static let replacement: Unicode.Scalar = "\u{FFFD}"
}
