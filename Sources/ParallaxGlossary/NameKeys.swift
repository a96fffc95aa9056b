/// Shared rules about how glossary variants are written.
package enum NameKeys {
  /// Whether `term` is an acronym: 2 to 8 letters, all capitals, no space (`UN`, `SOHR`).
  package static func isAcronym(_ term: String) -> Bool {
    // Most terms have a small ASCII letter or a space: no acronym, without looking further.
    for byte in term.utf8 where byte == 0x20 || (byte >= 0x61 && byte <= 0x7A) { return false }
    // Nor one whose first letter is no capital (every Arabic term, most Cyrillic ones): told
    // from its scalar, without breaking the term into characters.
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
}
