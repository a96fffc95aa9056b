import ParallaxCorpus
import ParallaxText

/// A paragraph as the facts stage sees it: text, folded tokens and sentences, computed once.
///
/// A class, so the scans that take it per sentence share it instead of copying its arrays.
final class AnalyzedParagraph: Sendable {
  let paragraph: Paragraph
  let folded: FoldedTokens
  let sentences: [Sentence]

  var text: String { paragraph.text }
  var tokens: [Token] { folded.tokens }
  var keys: [String] { folded.keys }

  init(_ paragraph: Paragraph, kit: LanguageKit, table: inout WordTable<FigureWord>) {
    self.paragraph = paragraph
    folded = Self.tokens(of: paragraph.text, table: &table, kit: kit)
    let splitter = kit.splitter
    sentences = splitter.sentences(tokens: folded.tokens, keys: folded.keys)
  }

  /// The folded tokens of `text`, each new word resolved by `kit` and its figure reading
  /// kept in `table`: what `FoldedTokens.init(_:table:resolve:)` does, written here for the
  /// table's one payload type. That initializer is generic and ParallaxText's, so it is not
  /// specialized in this module: it asked the runtime for the metadata of the table and of
  /// the payload array at every paragraph.
  private static func tokens(
    of text: String, table: inout WordTable<FigureWord>, kit: LanguageKit
  ) -> FoldedTokens {
    // The index is moved out of the table while the paragraph is read, so that it is
    // referenced once (an insertion never copies it); new words' readings go to `added`.
    let before = table.count
    var index = WordIndex.standIn
    swap(&index, &table.index)
    var added: [FigureWord] = []
    let folded = FoldedTokens(text, index: &index) { bytes, hash, kind in
      let (key, mask, payload) = kit.resolve(bytes, hash: hash, kind: kind)
      added.append(payload)
      return (key, mask)
    }
    swap(&index, &table.index)
    if !added.isEmpty { table.appendPayloads(added, since: before) }
    return folded
  }

  /// The text of tokens `range`, as written.
  func text(_ range: Range<Int>) -> String { folded.text(range) }

  /// Whether token `index` may start an entry of the lexicons in `bits`.
  @inline(__always)
  func has(_ index: Int, _ bits: UInt32) -> Bool { folded.masks[index] & bits != 0 }

  /// The scalar range of tokens `range`.
  func textRange(_ range: Range<Int>) -> TextRange {
    guard !range.isEmpty else { return TextRange(0, 0) }
    return TextRange(tokens[range.lowerBound].range.start, tokens[range.upperBound - 1].range.end)
  }

  /// The index of the sentence holding token `index`.
  func sentence(of index: Int) -> Int {
    var low = 0
    var high = sentences.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if sentences[middle].tokens.lowerBound <= index { low = middle } else { high = middle - 1 }
    }
    return max(0, low)
  }
}

/// What the whole report says about words, for decisions a single sentence cannot make:
/// a capitalized sentence-initial word is a name when the report also writes it
/// capitalized inside a sentence and never in lowercase. The marks are stamps of the
/// report's generation in its `ReportWords`, indexed by the folded tokens' ids.
struct ReportContext: Sendable {
  private let words: ReportWords?
  private let generation: Int32

  init(_ paragraphs: [AnalyzedParagraph], words: ReportWords) {
    self.words = words
    let generation = words.generation
    self.generation = generation
    words.growStamps()
    let distinctWords = words.table.count
    // Only words that open a sentence (or a quote) capitalized need an answer.
    var anyCandidate = false
    // Which tokens open a sentence or a quote, for all paragraphs in one array (paragraph
    // `p`'s tokens from `starts[p]`): one allocation per report.
    var starts: [Int] = []
    starts.reserveCapacity(paragraphs.count)
    var total = 0
    for paragraph in paragraphs {
      starts.append(total)
      total += paragraph.tokens.count
    }
    var opens = [Bool](repeating: false, count: total)
    for (position, paragraph) in paragraphs.enumerated() {
      let tokens = paragraph.tokens
      let ids = paragraph.folded.ids
      let base = starts[position]
      for sentence in paragraph.sentences {
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound, tokens[index].kind != .word { index += 1 }
        if index < sentence.tokens.upperBound { opens[base + index] = true }
      }
      // One pass: a capitalized word after a quote opener opens too; a capitalized opener
      // is stamped (only capitalized words are read, so the two tests share the pass).
      let quoteOpeners = EntityScan.quoteOpeners
      for index in tokens.indices where tokens[index].isCapitalized {
        if index > 0, tokens[index - 1].isAny(quoteOpeners) { opens[base + index] = true }
        guard opens[base + index] else { continue }
        let id = Int(ids[index])
        if id >= 0, id < distinctWords {
          words.openedCapitalized[id] = generation
          anyCandidate = true
        }
      }
    }
    guard anyCandidate else { return }
    // The stamps written through buffers: a write through the class's array property
    // checked its uniqueness every time.
    let opened = words.openedCapitalized
    words.capitalizedInside.withUnsafeMutableBufferPointer { inside in
      words.lowercase.withUnsafeMutableBufferPointer { lowercase in
        for (position, paragraph) in paragraphs.enumerated() {
          let tokens = paragraph.tokens
          let ids = paragraph.folded.ids
          let base = starts[position]
          for index in tokens.indices where tokens[index].kind == .word && !opens[base + index] {
            let id = Int(ids[index])
            guard id >= 0, id < distinctWords, opened[id] == generation else { continue }
            if tokens[index].isCapitalized {
              inside[id] = generation
            } else if tokens[index].script == .latin || tokens[index].script == .cyrillic {
              lowercase[id] = generation
            }
          }
        }
      }
    }
  }

  init() {
    words = nil
    generation = 0
  }

  /// Whether a capitalized word at a sentence start, with folded-token id `id`, is a name.
  func isName(_ id: Int32) -> Bool {
    let id = Int(id)
    guard let words, id >= 0, id < words.capitalizedInside.count else { return false }
    return words.capitalizedInside[id] == generation && words.lowercase[id] != generation
  }
}
