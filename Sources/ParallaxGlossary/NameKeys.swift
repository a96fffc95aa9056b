/// Shared rules about how glossary variants are written.
package enum NameKeys {
  /// Whether `term` is an acronym: 2 to 8 letters, all capitals, no space (`UN`, `SOHR`).
  package static func isAcronym(_ term: String) -> Bool {
    let letters = term.filter(\.isLetter)
    return letters.count >= 2 && letters.count <= 8 && letters.allSatisfy(\.isUppercase)
      && !term.contains(" ")
  }
}
