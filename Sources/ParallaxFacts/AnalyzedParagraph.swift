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
    // Only words that open a sentence (or a quote) capitalized need an answer.
    var candidates: Set<String> = []
    var opening: [[Bool]] = []
    for paragraph in paragraphs {
      let tokens = paragraph.tokens
      var opens = [Bool](repeating: false, count: tokens.count)
      for sentence in paragraph.sentences {
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound, tokens[index].kind != .word { index += 1 }
        if index < sentence.tokens.upperBound { opens[index] = true }
      }
      for index in tokens.indices.dropFirst()
      where tokens[index].isCapitalized && tokens[index - 1].isAny(EntityScan.quoteOpeners) {
        opens[index] = true
      }
      for index in tokens.indices where opens[index] && tokens[index].isCapitalized {
        candidates.insert(paragraph.keys[index])
      }
      opening.append(opens)
    }
    guard !candidates.isEmpty else { return }
    for (position, paragraph) in paragraphs.enumerated() {
      let tokens = paragraph.tokens
      let keys = paragraph.keys
      let opens = opening[position]
      for index in tokens.indices where tokens[index].kind == .word && !opens[index] {
        let key = keys[index]
        guard candidates.contains(key) else { continue }
        if tokens[index].isCapitalized {
          capitalizedInside.insert(key)
        } else if tokens[index].script == .latin || tokens[index].script == .cyrillic {
          lowercase.insert(key)
        }
      }
    }
  }

  init() {}

  /// Whether a capitalized word at a sentence start is a name.
  func isName(_ key: String) -> Bool { capitalizedInside.contains(key) && !lowercase.contains(key) }
}
