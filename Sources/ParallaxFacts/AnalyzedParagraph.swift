import ParallaxCorpus
import ParallaxText

/// A paragraph as the facts stage sees it: text, folded tokens and sentences, computed once.
struct AnalyzedParagraph: Sendable {
  let paragraph: Paragraph
  let folded: FoldedTokens
  let sentences: [Sentence]

  var text: String { paragraph.text }
  var tokens: [Token] { folded.tokens }
  var keys: [String] { folded.keys }

  init(_ paragraph: Paragraph, kit: LanguageKit, cache: inout [String: (String, UInt32)]) {
    self.paragraph = paragraph
    folded = FoldedTokens(paragraph.text, cache: &cache, classify: kit.classify)
    let splitter = kit.splitter
    sentences = splitter.sentences(tokens: folded.tokens)
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
/// capitalized inside a sentence and never in lowercase.
struct ReportContext: Sendable {
  var capitalizedInside: Set<String> = []
  var lowercase: Set<String> = []

  init(_ paragraphs: [AnalyzedParagraph]) {
    for paragraph in paragraphs {
      var sentenceStarts = Set(paragraph.sentences.map(\.tokens.lowerBound))
      for (index, token) in paragraph.tokens.enumerated() where token.kind == .word {
        if sentenceStarts.contains(index) {
          sentenceStarts.remove(index)
          continue
        }
        if token.isCapitalized {
          capitalizedInside.insert(paragraph.keys[index])
        } else if token.script == .latin || token.script == .cyrillic {
          lowercase.insert(paragraph.keys[index])
        }
      }
    }
  }

  init() {}

  /// Whether a capitalized word at a sentence start is a name.
  func isName(_ key: String) -> Bool { capitalizedInside.contains(key) && !lowercase.contains(key) }
}
