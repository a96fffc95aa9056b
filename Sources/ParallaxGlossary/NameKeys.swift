/// Shared rules about how glossary variants are written.
package enum NameKeys {
  /// Whether `term` is an acronym: 2 to 8 letters, all capitals, no space (`UN`, `SOHR`).
  package static func isAcronym(_ term: String) -> Bool {
    // Most terms are told from their bytes without a Unicode property look-up.
    if let answer = plainAnswer(term.utf8) { return answer }
    return characterAnswer(term)
  }

  /// `isAcronym` of the term of UTF-8 `bytes`.
  package static func isAcronym(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if let answer = plainAnswer(bytes) { return answer }
    return characterAnswer(String(decoding: bytes, as: UTF8.self))
  }

  /// `isAcronym` told from the term's scalars and characters: the rule itself, which
  /// `plainAnswer` shortcuts for most terms.
  static func characterAnswer(_ term: String) -> Bool {
    // Not an acronym when its first letter is no capital: told from its scalar, without
    // breaking the term into characters.
    if let first = term.unicodeScalars.first(where: { $0.properties.isAlphabetic }),
      !first.properties.isUppercase
    {
      return false
    }
    var letters = 0
    for character in term where character.isLetter {
      guard character.isUppercase else { return false }
      letters += 1
      if letters > 8 { return false }
    }
    return letters >= 2
  }

  /// `isAcronym` of the UTF-8 `bytes` when their bytes tell, else nil.
  ///
  /// False when they hold a space, or a letter that is no capital and starts a character: a
  /// small ASCII, Latin-1 or basic Cyrillic letter (U+0430–U+045F), or an Arabic letter (no
  /// case). Such a letter starts a character when the scalar before it is ASCII or one of
  /// the two-byte letters looked at here (not a prepended mark such as U+0600, which would
  /// make it part of a character that is no letter). When every scalar is ASCII or a
  /// Latin-1 or basic Cyrillic capital, each is a character of its own: the answer is the
  /// count of their letters.
  static func plainAnswer(_ bytes: some Sequence<UInt8>) -> Bool? {
    // Whether the scalar before is one after which a letter starts a character.
    var plainBefore = true
    // Whether every scalar so far is ASCII or a capital read here, and their letters.
    var allPlain = true
    var letters = 0
    var lead: UInt8 = 0
    for byte in bytes {
      if byte < 0x80 {
        if byte == 0x20 || (byte >= 0x61 && byte <= 0x7A) { return false }
        if byte >= 0x41 && byte <= 0x5A { letters += 1 }
        plainBefore = true
        lead = 0
      } else if byte >= 0xC0 {
        if lead != 0 { plainBefore = false }
        lead = byte
      } else if lead != 0 {
        // The second byte of a two-byte scalar (or a later one of a longer scalar).
        let value = (UInt32(lead & 0x1F) << 6) | UInt32(byte & 0x3F)
        let twoBytes = lead < 0xE0
        lead = 0
        guard twoBytes else {
          plainBefore = false
          allPlain = false
          continue
        }
        let small =
          (value >= 0xDF && value <= 0xFF && value != 0xF7)
          || (value >= 0x430 && value <= 0x45F)
        let caseless = (value >= 0x621 && value <= 0x63A) || (value >= 0x641 && value <= 0x64A)
        if (small || caseless) && plainBefore { return false }
        let capital =
          (value >= 0xC0 && value <= 0xDE && value != 0xD7) || (value >= 0x400 && value <= 0x42F)
        if capital { letters += 1 } else { allPlain = false }
        plainBefore = small || caseless || capital
      } else {
        plainBefore = false
        allPlain = false
      }
    }
    return allPlain ? (2...8).contains(letters) : nil
  }
}
