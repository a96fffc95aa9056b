extension TextDecoding {
  /// UTF-8 lines and lines in a legacy code page in one file (two files pasted together, a
  /// CMS that saved one paragraph in windows-1252): each line is decoded as what it is.
  struct MixedLines {
    /// The whole text, as UTF-8.
    var utf8: [UInt8]
    /// The code page the other lines were read in.
    var codePage: String
    /// The language its guess was based on, when known.
    var language: String?
    /// The lines (from 1) read in `codePage`.
    var legacyLines: [Int]
  }

  /// `bytes` read line by line: a valid UTF-8 line as UTF-8, a UTF-8 line with a few damaged
  /// bytes as UTF-8 with U+FFFD, any other line in the legacy code page that fits those lines
  /// best; `nil` when no line needs the code page.
  static func mixedLines(_ bytes: [UInt8]) -> MixedLines? {
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      lines.append(bytes[start...index])
      start = index + 1
    }
    if start < bytes.count { lines.append(bytes[start...]) }
    var legacy: [Int] = []
    var legacyBytes: [UInt8] = []
    for (index, line) in lines.enumerated() where !isValidUTF8(line) {
      let (multibyte, illFormed) = countSequences(Array(line))
      if multibyte > 0, multibyte >= 2 * illFormed { continue }
      legacy.append(index)
      legacyBytes += line
    }
    guard !legacy.isEmpty else { return nil }
    let guess = LegacyEncodingGuesser.guess(legacyBytes)
    var utf8: [UInt8] = []
    utf8.reserveCapacity(bytes.count + bytes.count / 4)
    var next = 0
    for (index, line) in lines.enumerated() {
      if next < legacy.count, legacy[next] == index {
        utf8 += guess.codePage.transcode(Array(line))
        next += 1
      } else {
        utf8 += String(decoding: line, as: UTF8.self).utf8
      }
    }
    return MixedLines(
      utf8: utf8, codePage: guess.codePage.name, language: guess.language,
      legacyLines: legacy.map { $0 + 1 })
  }
}
