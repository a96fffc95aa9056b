import Foundation

/// The words before a qualifier word that give it another sense (`qualifierVoid:über` in
/// `Resources/numbers/<lang>.txt`): German `über` is "more than" before a bare number but
/// names the amount after a noun of an amount (`eine Kapitalerhöhung über eine Milliarde`)
/// and the topic after a verb taking `über` (`verhandeln über 2 Milliarden`).
struct QualifierVoid: Sendable, Hashable {
  /// Whole words, lowercased and without accents.
  var words: Set<String> = []
  /// Word endings (`kredit` for `Bankkredit`), lowercased and without accents.
  var endings: [String] = []
  /// Words that have one of the endings but keep the qualifier (`!находиться`: a state, not
  /// a change), lowercased and without accents.
  var exceptions: Set<String> = []

  /// Whether the word with token key `key` is one of them.
  func contains(_ key: String) -> Bool {
    let folded = key.folding(options: .diacriticInsensitive, locale: nil)
    if exceptions.contains(folded) { return false }
    return words.contains(folded) || endings.contains { folded.hasByteSuffix($0) }
  }
}
