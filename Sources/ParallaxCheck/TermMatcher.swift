import Foundation
import ParallaxCore
import ParallaxText

/// Finds a term in a paragraph by its folded words, tolerant of inflection: each word may
/// carry an ending (`Idlibe`, `Syriens`, `турецких военных`) or change its last letter
/// (`Анкара` → `Анкаре`), and, when `clitics` is on, the first may carry a short prefix
/// (`بإدلب`, `والمرصد`).
struct TermMatcher {
  /// The folded words of the paragraph with their ranges.
  let words: [(folded: String, range: TextRange)]

  /// The longest ending taken after a term's last word.
  static let maximumEnding = 4
  /// The longest prefix taken before a term's first word.
  static let maximumPrefix = 2

  init(_ text: String) {
    words = Tokenizer.tokens(text).filter { $0.kind == .word || $0.kind == .number }.map {
      (TextFolding.fold($0.text(in: text)), $0.range)
    }
  }

  init(words: [(folded: String, range: TextRange)]) {
    self.words = words
  }

  /// The matcher with its words bare of accents and other marks (`Doğan` → `dogan`).
  var bare: TermMatcher {
    TermMatcher(words: words.map { (Self.bare($0.folded), $0.range) })
  }

  /// `word` without its combining marks (`doğan` → `dogan`, `şahin` → `sahin`): a name a
  /// translator writes with or without the marks of its language is one name.
  static func bare(_ word: String) -> String {
    guard word.utf8.contains(where: { $0 >= 0x80 }) else { return word }
    var scalars = String.UnicodeScalarView()
    for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars
    where scalar.properties.generalCategory != .nonspacingMark {
      scalars.append(scalar)
    }
    return String(scalars)
  }

  /// The folded words of a term.
  static func words(of term: String) -> [String] {
    Tokenizer.tokens(term).filter { $0.kind == .word || $0.kind == .number }.map {
      TextFolding.fold($0.text(in: term))
    }
  }

  /// The range of the first occurrence of `term` (its folded words), or `nil`.
  func find(_ term: [String], clitics: Bool, endings: Bool = true) -> TextRange? {
    guard !term.isEmpty, words.count >= term.count else { return nil }
    for start in 0...(words.count - term.count) {
      var ok = true
      for (offset, wanted) in term.enumerated() {
        let word = words[start + offset].folded
        // Every word may carry an ending: adjectives agree too (`турецких военных`).
        if !Self.matches(word, wanted, ending: endings, prefix: offset == 0 && clitics) {
          ok = false
          break
        }
      }
      if ok {
        return TextRange(words[start].range.start, words[start + term.count - 1].range.end)
      }
    }
    return nil
  }

  static func matches(_ word: String, _ wanted: String, ending: Bool, prefix: Bool) -> Bool {
    if word == wanted { return true }
    if !prefix, word.utf8.first != wanted.utf8.first { return false }
    var body = Substring(word)
    if prefix, wanted.count >= 4, !body.hasPrefix(wanted) {
      guard let position = body.range(of: wanted.prefix(wanted.count - 1))?.lowerBound,
        body.distance(from: body.startIndex, to: position) <= maximumPrefix
      else { return false }
      body = body[position...]
    }
    if body == wanted { return true }
    guard ending else { return false }
    if body.hasPrefix(wanted) { return body.count - wanted.count <= maximumEnding }
    if wanted.count >= 5, body.hasPrefix(wanted.dropLast()) {
      return body.count - wanted.count + 1 <= maximumEnding
    }
    // A two-letter ending replaced (`натуральный` / `натурального`, `природный` / `природных`).
    if wanted.count >= 7, body.hasPrefix(wanted.dropLast(2)) {
      return body.count - wanted.count + 2 <= maximumEnding
    }
    return false
  }
}
