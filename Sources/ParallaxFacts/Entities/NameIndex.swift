import ParallaxGlossary
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

/// The names of the glossaries and the gazetteer as one language reads them.
///
/// No index of its own: it walks each glossary's shared `GlossaryNameIndex` (built once for
/// all languages) and reads the inflected forms of the language from the text side: a case
/// ending on a name's last word (`Эрдогана`, `Москве`), an article glued to an Arabic name
/// (`إدلب` for `الإدلب`), agreeing adjectives before a name's noun (`der türkischen
/// Wettbewerbsbehörde`). The language's variants are its own cell of an entry, or the
/// English one when the entry has none, and the acronyms of every cell; when several
/// variants give the same words, the first source, entry, and variant wins.
struct NameIndex: Sendable {
  /// One glossary with how this language reads it: a class, so that a search holds it by
  /// reference (the glossary and its index are many arrays; copied per match, they cost more
  /// than the match).
  final class Source: Sendable {
    let glossary: Glossary
    let index: GlossaryNameIndex
    let evidence: EntityEvidence
    /// The kind of each entry, from its domain (read once, not at every match).
    let kinds: [EntityKind]
    /// Whether each entry is a counted concept (`EntityKind.isConceptDomain` of its domain,
    /// read once: a match asked Foundation's `contains` of a lowercased copy).
    let concepts: [Bool]
    /// The positions of this language and of English in `index.languages`.
    let slot: Int?
    let english: Int?

    init(
      glossary: Glossary, index: GlossaryNameIndex, evidence: EntityEvidence,
      slot: Int?, english: Int?
    ) {
      self.glossary = glossary
      self.index = index
      self.evidence = evidence
      (kinds, concepts) = NameIndex.kinds(of: glossary)
      self.slot = slot
      self.english = english
    }

    /// Whether some name of the glossary starts with the word `key`.
    func startsName(_ key: String) -> Bool {
      index.child(GlossaryNameIndex.root, key) != nil
    }
  }

  let sources: [Source]
  let lexicon: EntityLexicon
  /// Whether common-noun concepts are read as names too (a glossary look-up), not only
  /// people, places and organizations.
  let readsConcepts: Bool
  private let clitics: [String]
  /// Whether names take a glued article (`ال`) that the glossary may write or leave out.
  private let gluedArticle: Bool

  init(
    language: String, lexicon: EntityLexicon, sources: [(Glossary, EntityEvidence)],
    readsConcepts: Bool = false
  ) {
    self.lexicon = lexicon
    self.readsConcepts = readsConcepts
    clitics = lexicon.clitics
    gluedArticle = !lexicon.clitics.isEmpty
    self.sources = sources.map { glossary, evidence in
      let index = glossary.nameIndex
      return Source(
        glossary: glossary, index: index, evidence: evidence,
        slot: index.languages.firstIndex(of: language),
        english: index.languages.firstIndex(of: "en"))
    }
  }

  /// The kind of each entry and whether it is a concept, from its domain: read once per
  /// domain (a file gives all its entries one), not once per entry.
  static func kinds(of glossary: Glossary) -> (kinds: [EntityKind], concepts: [Bool]) {
    var byDomain: [String: (kind: EntityKind, concept: Bool)] = [:]
    var last: (domain: String, kind: EntityKind, concept: Bool)?
    var kinds: [EntityKind] = []
    var concepts: [Bool] = []
    kinds.reserveCapacity(glossary.count)
    concepts.reserveCapacity(glossary.count)
    for position in 0..<glossary.count {
      let domain = glossary.domain(at: position)
      if let last, last.domain == domain {
        kinds.append(last.kind)
        concepts.append(last.concept)
        continue
      }
      let read =
        byDomain[domain] ?? (EntityKind(domain: domain), EntityKind.isConceptDomain(domain))
      byDomain[domain] = read
      last = (domain, read.kind, read.concept)
      kinds.append(read.kind)
      concepts.append(read.concept)
    }
    return (kinds, concepts)
  }

  /// The longest known name at `start`: one past its last token and what it is. An Arabic
  /// clitic glued to the first word (`بإدلب`) is tried off when the word alone is unknown;
  /// the second value is the number of scalars of the clitic.
  /// `ignoringCase` drops the capitalization a name asks of the text (a look-up typed in
  /// lower case).
  func match(
    _ tokens: [Token], _ keys: [String], at start: Int, limit: Int, ignoringCase: Bool = false
  ) -> (end: Int, name: KnownName, clitic: Int)? {
    guard start < keys.count else { return nil }
    let end = min(limit, keys.count)
    if let found = longest(keys, from: start, first: keys[start], end: end) {
      let token = tokens[start]
      let cased = !ignoringCase && (token.script == .latin || token.script == .cyrillic)
      if cased, found.name.allCaps, !token.isAllCaps, token.scalarCount > 1 { return nil }
      if cased, found.name.capitalized, !token.isCapitalized { return nil }
      return (found.end, found.name, 0)
    }
    let word = keys[start]
    for clitic in clitics where word.hasBytePrefix(clitic) && word.count > clitic.count + 1 {
      let rest = String(word.dropFirst(clitic.count))
      if let found = longest(keys, from: start, first: rest, end: end) {
        return (found.end, found.name, clitic.unicodeScalars.count)
      }
    }
    return nil
  }

  /// Whether `folded` (or it without a clitic) may start a known name (the test before
  /// `match`, so it may say yes where `match` then finds nothing).
  func starts(_ folded: String) -> Bool {
    if mayStart(folded) { return true }
    for clitic in clitics where folded.hasBytePrefix(clitic) && folded.count > clitic.count + 1 {
      if mayStart(String(folded.dropFirst(clitic.count))) { return true }
    }
    return false
  }

  private func mayStart(_ key: String) -> Bool {
    // The words a name may start with here, made once for all sources: the word, its
    // uninflected bases, with a glued article; and the bases of `modifierBases` for each
    // ending, each with the stem it must keep (checked after the index, which most bases
    // are not in).
    var words = [key]
    words += lastWordBases(key)
    if gluedArticle { words.append("ال" + key) }
    var modifiers: [(base: String, stem: String)] = []
    for ending in lexicon.modifierEndings where key.hasByteSuffix(ending) {
      let stem = String(decoding: key.utf8.dropLast(ending.utf8.count), as: UTF8.self)
      // `stem.count >= 3` without counting every character.
      guard !stem.dropFirst(2).isEmpty else { continue }
      for other in lexicon.modifierEndings { modifiers.append((stem + other, stem)) }
    }
    for source in sources {
      for word in words where source.startsName(word) { return true }
      for (base, stem) in modifiers where source.startsName(base) && modifierStem(base) == stem {
        return true
      }
    }
    return false
  }

  /// The longest name at `start` (its first key `first`) before `end`, over all sources.
  private func longest(_ keys: [String], from start: Int, first: String, end: Int)
    -> (end: Int, name: KnownName)?
  {
    var best: NameSearch.Found?
    for source in sources {
      var search = NameSearch(keys: keys, start: start, first: first, end: end)
      search.run(self, source)
      search.runInflectedHead(self, source)
      guard let found = search.best else { continue }
      if best == nil || found.end > (best?.end ?? 0) { best = found }
    }
    return best.map { ($0.end, $0.name) }
  }

  /// The written last words `key` may be an inflection of: `key` without one of the
  /// language's case endings, and with a stripped final letter put back.
  func lastWordBases(_ key: String) -> [String] {
    var bases: [String] = []
    for ending in lexicon.nameEndings where key.hasByteSuffix(ending) {
      let stem = String(decoding: key.utf8.dropLast(ending.utf8.count), as: UTF8.self)
      if stem.count >= 3 { bases.append(stem) }
      for final in lexicon.finalStrip {
        let base = stem + String(final)
        if base.count >= 3 { bases.append(base) }
      }
    }
    return bases
  }

  /// The written words before a name's noun that `key`, agreeing with `ending`, may be:
  /// its stem with each modifier ending whose stem it is (only those `wanted` keeps, asked
  /// before the stem is checked).
  func modifierBases(
    _ key: String, _ ending: String, where wanted: (String) -> Bool = { _ in true }
  ) -> [String] {
    guard key.hasByteSuffix(ending) else { return [] }
    let stem = String(decoding: key.utf8.dropLast(ending.utf8.count), as: UTF8.self)
    // `stem.count >= 3` without counting every character.
    guard !stem.dropFirst(2).isEmpty else { return [] }
    return lexicon.modifierEndings.compactMap { other in
      let base = stem + other
      return wanted(base) && modifierStem(base) == stem ? base : nil
    }
  }

  /// The stem of a word before a name's noun: without the first modifier ending it has,
  /// when three letters or more remain.
  func modifierStem(_ key: String) -> String? {
    // `key.count - ending.count >= 3` without counting every character of `key`.
    guard let ending = lexicon.modifierEndings.first(where: { key.hasByteSuffix($0) }),
      !key.dropFirst(ending.count + 2).isEmpty
    else { return nil }
    return String(key.dropLast(ending.count))
  }
}
