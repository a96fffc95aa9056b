import ParallaxText

/// Numbers that are no figures by what names them: URLs, and reference words before or
/// after the number (`n°`, `page`, `2 p.m.`, `14 Uhr`).
extension NumberScanner {
  /// The end of a URL or e-mail-like run starting at `index` (`http://…`, `www.…`): no
  /// figures inside.
  func urlEnd(at index: Int) -> Int? {
    // Token hashes are `FigureView.hash` of their keys: most words stop at this test.
    let flags = tokens[index].flags
    if flags & FigureToken.flagsKnown != 0, flags & FigureToken.urlWord == 0 { return nil }
    guard NumberScanner.isURLWord(tokens[index].hash) else { return nil }
    let key = tokens[index].key
    guard key == "http" || key == "https" || key == "www", index + 1 < tokens.count,
      tokens[index + 1].gap == 0,
      tokens[index + 1].key == ":" || tokens[index + 1].punct == CharacterNames.fullStop
    else { return nil }
    var end = index + 1
    while end < tokens.count, tokens[end].gap == 0 { end += 1 }
    return end
  }

  private static let urlWordHashes = ["http", "https", "www"].map(FigureView.hash)

  /// Whether a word's key (by its hash) may open a URL.
  static func isURLWord(_ hash: UInt64) -> Bool { urlWordHashes.contains(hash) }

  /// Whether a word such as `n°`, `page` or `article` names the number.
  func isReference(_ mention: NumberMention) -> Bool {
    if !language.notFigureAfter.isEmpty {
      var next = mention.endToken
      // The joined key's hash and length, not the key: no string built per number.
      var hash = FigureView.hash("")
      var length = 0
      // "2 p.m.", "14 Uhr": letters and dots right after the number.
      while next < tokens.count, next < mention.endToken + 4,
        tokens[next].kind == .word
          || (tokens[next].punct == CharacterNames.fullStop && tokens[next].gap == 0)
      {
        if tokens[next].kind == .word {
          hash = FigureView.hash(continuing: hash, tokens[next].key)
          length += tokens[next].key.utf8.count
        }
        next += 1
        // The key only grows: past the longest entry nothing can match.
        if length > language.notFigureAfterLongest { break }
        let end = next
        if language.notFigureAfterHashes.contains(hash, key: { gluedKey(mention.endToken..<end) }) {
          return true
        }
      }
    }
    var previous = mention.firstToken - 1
    if previous >= 0,
      tokens[previous].punct == CharacterNames.fullStop
        || tokens[previous].punct == CharacterNames.colon
    {
      previous -= 1
    }
    guard previous >= 0 else { return false }
    if language.notFigureBeforeHashes.contains(tokens[previous].hash, tokens, previous) {
      return true
    }
    return previous > 0 && tokens[previous].gap == 0
      && language.notFigureBeforeHashes.contains(
        FigureView.hash(continuing: tokens[previous - 1].hash, tokens[previous].key),
        key: { [previous] in tokens[previous - 1].key + tokens[previous].key })
  }
}
