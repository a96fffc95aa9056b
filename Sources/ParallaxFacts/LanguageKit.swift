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

  init(language: String, names: [(Glossary, EntityEvidence)]) {
    self.language = language
    splitter = SentenceSplitter(language: language)
    figures = FigureExtractor(language: language)
    dates = DateExtractor(language: language)
    let lexicon = EntityLexicon(language: language)
    entities = EntityExtractor(
      lexicon: lexicon, names: NameIndex(language: language, lexicon: lexicon, sources: names))
    attributions = AttributionExtractor(lexicon: CueLexicon(language: language))
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
  /// when known. A one-byte mark is its own folded form, with no lexicon bits.
  func resolve(
    _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, kind: Token.Kind
  ) -> (String, UInt32, FigureWord) {
    if let known = memo.table.withLock({ table in
      table.find(bytes, hash: hash).map { ($0.0, $0.1, table.payload(Int($0.2))) }
    }) {
      return known
    }
    let word = String(decoding: bytes, as: UTF8.self)
    let (folded, mask) = kind != .word && bytes.count == 1 ? (word, UInt32(0)) : fold(word)
    let figure = figures.data.tokenizer.word(word, kind: kind)
    memo.table.withLock { table in
      if table.count >= WordTables.limit { table = WordTable(capacity: 4096) }
      _ = table.insert(bytes, hash: hash, folded: folded, mask: mask, payload: figure)
    }
    return (folded, mask, figure)
  }

  private func fold(_ word: String) -> (String, UInt32) {
    let folded = TextFolding.fold(word)
    return (folded, classify(folded))
  }

  /// The lexicons a folded word may start an entry of (`TokenBits`), computed once per
  /// distinct word of a report.
  func classify(_ folded: String) -> UInt32 {
    var mask: UInt32 = 0
    if entities.names.starts(folded) { mask |= TokenBits.name }
    if entities.lexicon.titles.starts(with: folded) { mask |= TokenBits.title }
    if dates.lexicon.words.starts(with: folded) { mask |= TokenBits.date }
    if attributions.lexicon.startsCue(folded) { mask |= TokenBits.cue }
    if attributions.lexicon.channelMarkers.starts(with: folded) { mask |= TokenBits.channel }
    return mask
  }
}

/// Bits of a token's mask: which lexicons its folded form may start an entry of.
enum TokenBits {
  static let name: UInt32 = 1
  static let title: UInt32 = 2
  static let date: UInt32 = 4
  static let cue: UInt32 = 8
  static let channel: UInt32 = 16
}

/// A memo of words' folded forms and masks, shared by the reports of one extractor.
final class WordMemo: Sendable {
  /// The words, keyed by their UTF-8 bytes; the memo starts over past `WordTables.limit`.
  let table = Mutex(WordTable<FigureWord>(capacity: 4096))
}
