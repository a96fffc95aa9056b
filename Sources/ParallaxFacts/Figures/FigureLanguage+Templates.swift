import Foundation

extension FigureLanguage {
  /// Reads the qualifier voids and the templates (qualifiers, ranges, changes, cumulative
  /// totals) of the data, heaviest template first.
  mutating func loadTemplates(_ lexicon: FigureLexicon) {
    for entry in lexicon.entries("qualifierVoid") {
      guard let word = tokenKeys(entry.argument).first else { continue }
      var void = qualifierVoids[FigureView.hash(word), key: word] ?? QualifierVoid()
      for form in entry.forms {
        let folded = form.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        if folded.hasPrefix("!") {
          void.exceptions.insert(String(folded.dropFirst()))
        } else if folded.hasPrefix("*") {
          void.endings.append(String(folded.dropFirst()))
        } else {
          void.words.insert(folded)
        }
      }
      qualifierVoids[FigureView.hash(word), key: word] = void
    }
    for entry in lexicon.entries {
      let category: FigureTemplate.Category
      switch entry.key {
      case "qualifier":
        guard let qualifier = Figure.Qualifier(rawValue: entry.argument) else { continue }
        category = .qualifier(qualifier)
      case "range": category = .range
      case "change": category = .change
      case "changeBack": category = .changeBack
      case "changeFrom": category = .changeFrom
      case "cumulative": category = .cumulative
      default: continue
      }
      for form in entry.forms {
        if let template = FigureTemplate(form, category: category, view: view) {
          templates.append(template)
        }
      }
    }
    templates.sort { $0.weight > $1.weight }
  }
}

extension FigureLanguage {
  /// Extends a phrase hash with the next token's hash (a one-token phrase hashes as its token).
  static func chain(_ hash: UInt64, _ next: UInt64) -> UInt64 {
    (hash &* 0x0000_0100_0000_01B3) ^ (next &+ 0x9E37_79B9_7F4A_7C15)
  }

  /// The hash of a phrase key (token keys joined by single spaces).
  static func sequenceHash(_ key: String) -> UInt64 {
    // An ASCII key (most are) hashed in one pass over its bytes: each byte is a character.
    if key.utf8.allSatisfy({ $0 < 0x80 }) {
      var hash: UInt64?
      var part = FigureView.FNV.offsetBasis
      var inPart = false
      for byte in key.utf8 {
        if byte != UInt8(ascii: " ") {
          part = (part ^ UInt64(byte)) &* FigureView.FNV.prime
          inPart = true
        } else if inPart {
          hash = hash.map { chain($0, part) } ?? part
          (part, inPart) = (FigureView.FNV.offsetBasis, false)
        }
      }
      if inPart { hash = hash.map { chain($0, part) } ?? part }
      return hash ?? 0
    }
    let parts = key.split(separator: " ").map { FigureView.hash(String($0)) }
    guard var hash = parts.first else { return 0 }
    for part in parts.dropFirst() { hash = chain(hash, part) }
    return hash
  }
}
