extension FigureLanguage {
  /// The soft hyphen (U+00AD) that ICU writes inside long German number words.
  static let softHyphen = Unicode.Scalar(0xAD as UInt8)

  /// `text` without its soft hyphens (the text itself when it has none).
  static func withoutSoftHyphens(_ text: String) -> String {
    replacing("\u{AD}", with: "", in: text) ?? text
  }

  /// The first key of a phrase (token keys joined by a space).
  static func firstKey(_ phrase: String) -> String {
    guard let space = phrase.utf8.firstIndex(of: UInt8(ascii: " ")) else { return phrase }
    return String(Substring(phrase.utf8[..<space]))
  }

  /// `text` with every occurrence of `target` replaced by `replacement`, from left to right
  /// without overlaps (a spelling variant of the data, `ü>ue`, applied to a number word);
  /// `nil` when `target` does not occur. Compared on UTF-8 bytes, which is comparing scalars
  /// (a match can only start where a scalar starts); the data and ICU's words are
  /// precomposed (NFC), so scalars compare as their characters do.
  static func replacing(_ target: String, with replacement: String, in text: String) -> String? {
    // The pattern's last byte is absent from most words (`ü` from `drei`): no arrays made.
    guard let last = target.utf8.last, text.utf8.contains(last) else { return nil }
    let pattern = Array(target.utf8)
    let bytes = Array(text.utf8)
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    func matches(at position: Int) -> Bool {
      bytes[position] == first && position + pattern.count <= bytes.count
        && bytes[position..<position + pattern.count].elementsEqual(pattern)
    }
    guard var position = bytes.indices.first(where: matches) else { return nil }
    var out = Array(bytes[..<position])
    while position < bytes.count {
      if matches(at: position) {
        out.append(contentsOf: replacement.utf8)
        position += pattern.count
      } else {
        out.append(bytes[position])
        position += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
