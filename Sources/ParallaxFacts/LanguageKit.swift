import ParallaxText
import Synchronization

/// Everything the facts stage knows about one language, built once and shared.
final class LanguageKit: Sendable {
  let language: String
  let splitter: SentenceSplitter
  let figures: FigureExtractor
  let dates: DateExtractor
  let entities: EntityExtractor
  let attributions: AttributionExtractor
  /// Folded forms and masks of words seen in earlier reports, shared by every report.
  let memo = WordMemo()
  /// Every word of the one-word lists of the entity, cue and date lexicons, with the bits
  /// of the lists that hold it (`OneWordLists.listBits` of the three, merged).
  private let listTable: [String: UInt32]
  /// Word tables of earlier reports, lent to one report at a time.
  private let pool = Mutex<[ReportWords]>([])

  /// A word table for a report of `bytes` bytes, from the pool when one is free.
  func borrowWords(bytes: Int) -> ReportWords {
    let words = pool.withLock { $0.popLast() } ?? ReportWords()
    words.start(bytes: bytes)
    return words
  }

  /// Gives back a table `borrowWords` lent.
  func returnWords(_ words: ReportWords) {
    pool.withLock { pool in
      if pool.count < 2 { pool.append(words) }
    }
  }

  init(language: String, names: [(Glossary, EntityEvidence)]) {
    self.language = language
    splitter = SentenceSplitter(language: language)
    figures = FigureExtractor(language: language)
    dates = DateExtractor(language: language)
    let lexicon = EntityLexicon(language: language)
    entities = EntityExtractor(
      lexicon: lexicon, names: NameIndex(language: language, lexicon: lexicon, sources: names))
    attributions = AttributionExtractor(lexicon: CueLexicon(language: language))
    var table: [String: UInt32] = [:]
    for lists in [lexicon.lists, attributions.lexicon.lists, dates.lexicon.lists] {
      for (list, bit) in lists {
        for word in list { table[word, default: 0] |= bit }
      }
    }
    listTable = table
  }

  /// The folded form and mask of a word as written, from the shared memo when known.
  func resolve(_ word: String) -> (String, UInt32) {
    var bytesOf = word
    let (folded, mask, _) = bytesOf.withUTF8 {
      resolve($0, hash: WordTables.hash($0), kind: .word)
    }
    return (folded, mask)
  }

  /// The folded form, mask and figure reading of a token as written, from the shared memo
  /// when known. A one-byte mark is its own folded form and starts no lexicon entry.
  func resolve(
    _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, kind: Token.Kind
  ) -> (String, UInt32, FigureWord) {
    if let known = memo.table.withLock({ table in
      table.find(bytes, hash: hash).map { ($0.0, $0.1, table.payloads[Int($0.2)]) }
    }) {
      return known
    }
    let word = String(decoding: bytes, as: UTF8.self)
    // A one-byte mark is its own folded form and starts no lexicon entry; it may be on a list.
    let (folded, mask) =
      kind != .word && bytes.count == 1 ? (word, listBits(word)) : fold(word)
    // Read through the box: `figures.data` would copy (retain and release) every table.
    let box = figures.box
    var figure = figures.reading(bytes, kind: kind)
    if figure.kind == .word {
      figure.concepts = box.concepts(
        key: figure.key, hash: figure.hash,
        stemmer: StemmerBox(language: box.value.measures.hasStemmer ? box.value.code : nil))
    }
    memo.table.withLock { table in
      if table.count >= WordTables.limit { table = WordTable(capacity: 4096) }
      _ = table.insert(bytes, hash: hash, folded: folded, mask: mask, payload: figure)
    }
    return (folded, mask, figure)
  }

  /// The bits of the one-word lists that hold `folded`: one look-up in `listTable`.
  private func listBits(_ folded: String) -> UInt32 {
    listTable[folded] ?? 0
  }

  private func fold(_ word: String) -> (String, UInt32) {
    let folded = TextFolding.fold(word)
    var mask = classify(folded)
    // `علي` (Ali) folds to `على` (on) but is written apart from it.
    if mask & TokenBits.functionWords != 0, entities.lexicon.writtenApart.contains(word) {
      mask &= ~TokenBits.functionWords
    }
    return (folded, mask)
  }

  /// The lexicons a folded word may start an entry of (`TokenBits`), computed once per
  /// distinct word of a report.
  func classify(_ folded: String) -> UInt32 {
    var mask = listBits(folded)
    if entities.names.starts(folded) { mask |= TokenBits.name }
    if entities.lexicon.titles.starts(with: folded) { mask |= TokenBits.title }
    if dates.lexicon.words.starts(with: folded) { mask |= TokenBits.date }
    if attributions.lexicon.startsCue(folded) { mask |= TokenBits.cue }
    if attributions.lexicon.channelMarkers.starts(with: folded) { mask |= TokenBits.channel }
    return mask
  }
}

/// A scan over a paragraph's tokens and their masks (`FoldedTokens.masks`, held by the scan
/// so that a test reads one array).
protocol MaskedTokenScan {
  var masks: [UInt32] { get }
}

extension MaskedTokenScan {
  /// Whether token `index` is on the list of `bit` (`TokenBits`).
  @inline(__always)
  func isIn(_ index: Int, _ bit: UInt32) -> Bool { masks[index] & bit != 0 }
}

/// A lexicon with one-word lists, each marked by a bit of `TokenBits`.
protocol OneWordLists {
  /// The lists with their bits.
  var lists: [(Set<String>, UInt32)] { get }
}

extension OneWordLists {
  /// The `TokenBits` of the one-word lists holding `folded`.
  func listBits(_ folded: String) -> UInt32 {
    var mask: UInt32 = 0
    for (list, bit) in lists where list.contains(folded) { mask |= bit }
    return mask
  }
}

/// Bits of a token's mask: which lexicons its folded form may start an entry of, and which
/// one-word lists of the entity, cue and date lexicons hold it, so that the scans test a bit
/// instead of hashing the word for every look-up.
enum TokenBits {
  static let name: UInt32 = 1
  static let title: UInt32 = 2
  static let date: UInt32 = 4
  static let cue: UInt32 = 8
  static let channel: UInt32 = 16
  // EntityLexicon
  static let functionWords: UInt32 = 1 << 5
  static let entityConnectors: UInt32 = 1 << 6
  static let elisions: UInt32 = 1 << 7
  static let organizationHeads: UInt32 = 1 << 8
  static let placePrepositions: UInt32 = 1 << 9
  static let organizationTails: UInt32 = 1 << 10
  static let placeTails: UInt32 = 1 << 11
  // CueLexicon
  static let complementizers: UInt32 = 1 << 12
  static let appositionStarts: UInt32 = 1 << 13
  static let nounMarkers: UInt32 = 1 << 14
  static let phraseContinuers: UInt32 = 1 << 15
  static let sourceSkips: UInt32 = 1 << 16
  static let relativePronouns: UInt32 = 1 << 17
  static let objectPronouns: UInt32 = 1 << 18
  // DateLexicon
  static let fullMonths: UInt32 = 1 << 19
  static let dateConnectors: UInt32 = 1 << 20
  static let beforeMonth: UInt32 = 1 << 21
  static let beforeYear: UInt32 = 1 << 22
  static let yearWords: UInt32 = 1 << 23
  static let daySuffixes: UInt32 = 1 << 24
  // EntityLexicon (organization complements)
  static let organizationModifiers: UInt32 = 1 << 25
  static let organizationComplements: UInt32 = 1 << 26
  // CueLexicon (first words of time phrases)
  static let timeStarts: UInt32 = 1 << 27
}

/// A memo of words' folded forms and masks, shared by the reports of one extractor.
final class WordMemo: Sendable {
  /// The words, keyed by their UTF-8 bytes; the memo starts over past `WordTables.limit`.
  let table = Mutex(WordTable<FigureWord>(capacity: 4096))
}
