import ParallaxText

/// A known name: the concept it belongs to and where it comes from.
struct KnownName: Sendable, Hashable {
  var concept: String
  var kind: EntityKind
  var evidence: EntityEvidence
  /// Whether the first word must be capitalized in cased scripts (`Conseil de sécurité`
  /// is a name, `un conseil de sécurité` is not).
  var capitalized = false
  /// Whether the word must be in capitals (`US`, not `us`).
  var allCaps = false
}

/// Every variant of the glossaries and the gazetteer that can appear in text of one
/// language, as a phrase trie over folded tokens, with inflected forms where the language
/// inflects names.
struct NameIndex: Sendable {
  private(set) var trie = PhraseTrie<KnownName>()
  private let clitics: [String]

  init(language: String, lexicon: EntityLexicon, sources: [(Glossary, EntityEvidence)]) {
    clitics = lexicon.clitics
    for (glossary, evidence) in sources {
      for entry in glossary.entries {
        let kind = EntityKind(domain: entry.domain)
        let name = KnownName(concept: entry.id, kind: kind, evidence: evidence)
        var variants = entry.terms[language] ?? entry.terms["en"] ?? []
        for (_, term) in entry.allVariants where Self.isAcronym(term) { variants.append(term) }
        for variant in variants { add(variant, name, lexicon: lexicon) }
      }
    }
  }

  private mutating func add(_ variant: String, _ name: KnownName, lexicon: EntityLexicon) {
    let tokens = Tokenizer.tokens(variant)
    let keys = tokens.map { TextFolding.fold($0.text(in: variant)) }
    guard let last = keys.last, let first = tokens.first else { return }
    var name = name
    name.capitalized = first.isCapitalized
    name.allCaps = Self.isAcronym(variant)
    trie.insert(keys: keys, name)
    // Adjectives agree in organization and place names; a person's first names do not.
    for inflected in Self.inflectedModifiers(keys, lexicon.modifierEndings)
    where name.kind != .person {
      trie.insert(keys: inflected, name)
    }
    if !lexicon.clitics.isEmpty, keys[0].hasPrefix("ال"), keys[0].count > 3 {
      trie.insert(keys: [String(keys[0].dropFirst(2))] + keys.dropFirst(), name)
    }
    guard !lexicon.nameEndings.isEmpty, last.count >= 3 else { return }
    var stems = [last]
    if let final = last.last, lexicon.finalStrip.contains(final) {
      stems.append(String(last.dropLast()))
    }
    for stem in stems {
      for ending in lexicon.nameEndings {
        trie.insert(keys: keys.dropLast() + [stem + ending], name)
      }
    }
  }

  /// The longest known name at `start`: one past its last token and what it is. An Arabic
  /// clitic glued to the first word (`بإدلب`) is tried off when the word alone is unknown;
  /// the second value is the number of scalars of the clitic.
  func match(_ tokens: [Token], _ keys: [String], at start: Int, limit: Int)
    -> (end: Int, name: KnownName, clitic: Int)?
  {
    guard start < keys.count else { return nil }
    if let found = trie.longestMatch(in: keys, from: start, limit: limit) {
      let token = tokens[start]
      let cased = token.script == .latin || token.script == .cyrillic
      if cased, found.value.allCaps, !token.isAllCaps, token.scalarCount > 1 { return nil }
      if cased, found.value.capitalized, !token.isCapitalized { return nil }
      return (found.end, found.value, 0)
    }
    let word = keys[start]
    for clitic in clitics where word.hasBytePrefix(clitic) && word.count > clitic.count + 1 {
      let rest = String(word.dropFirst(clitic.count))
      if let found = trie.longestMatch(in: keys, from: start, first: rest, limit: limit) {
        return (found.end, found.value, clitic.unicodeScalars.count)
      }
    }
    return nil
  }

  /// Whether `folded` (or it without a clitic) starts a known name.
  func starts(_ folded: String) -> Bool {
    if trie.starts(with: folded) { return true }
    for clitic in clitics where folded.hasBytePrefix(clitic) && folded.count > clitic.count + 1 {
      if trie.starts(with: String(folded.dropFirst(clitic.count))) { return true }
    }
    return false
  }

  /// The variants of `keys` whose words before the last take each other ending of
  /// `endings` together, as adjectives agree (`türkische X` → `türkischen X`).
  static func inflectedModifiers(_ keys: [String], _ endings: [String]) -> [[String]] {
    guard keys.count >= 2, !endings.isEmpty else { return [] }
    var stems: [Int: String] = [:]
    for index in keys.indices.dropLast() {
      guard let ending = endings.first(where: { keys[index].hasSuffix($0) }),
        keys[index].count - ending.count >= 3
      else { continue }
      stems[index] = String(keys[index].dropLast(ending.count))
    }
    guard !stems.isEmpty else { return [] }
    return endings.map { ending in
      keys.indices.map { index in stems[index].map { $0 + ending } ?? keys[index] }
    }
  }

  static func isAcronym(_ term: String) -> Bool {
    let letters = term.filter(\.isLetter)
    return letters.count >= 2 && letters.count <= 8 && letters.allSatisfy(\.isUppercase)
      && !term.contains(" ")
  }
}
