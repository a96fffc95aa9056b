extension FigureLanguage {
  /// The soft hyphen (U+00AD) that ICU writes inside long German number words.
  static let softHyphen = Unicode.Scalar(0xAD as UInt8)

  /// `text` without its soft hyphens (the text itself when it has none).
  static func withoutSoftHyphens(_ text: String) -> String {
    guard text.unicodeScalars.contains(softHyphen) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where scalar != softHyphen { scalars.append(scalar) }
    return String(scalars)
  }

  /// `text` with every occurrence of `target` replaced by `replacement`, compared scalar by
  /// scalar from left to right without overlaps (a spelling variant of the data, `ü>ue`,
  /// applied to a number word); `nil` when `target` does not occur. The data and ICU's words
  /// are precomposed (NFC), so scalars compare as their characters do.
  static func replacing(_ target: String, with replacement: String, in text: String) -> String? {
    let pattern = Array(target.unicodeScalars)
    guard let first = pattern.first else { return nil }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var found = false
    var position = 0
    while position < scalars.count {
      if scalars[position] == first, position + pattern.count <= scalars.count,
        scalars[position..<position + pattern.count].elementsEqual(pattern)
      {
        out.append(contentsOf: replacement.unicodeScalars)
        position += pattern.count
        found = true
      } else {
        out.append(scalars[position])
        position += 1
      }
    }
    return found ? String(out) : nil
  }
}
