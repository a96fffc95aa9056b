import ParallaxGlossary
import ParallaxText

/// One search for the longest known name at a token, in one source: the written forms of the
/// language (as is, with a case ending, without a glued article, with agreeing adjectives)
/// walked through the source's shared trie. Of the variants that give the longest match,
/// the first in glossary order wins (entry; the language's own cell, or English, before the
/// other cells' acronyms; then the variant's rank). The source is a parameter of each step,
/// not a stored property: read from a mutated search, its index (many arrays) was copied at
/// every step.
struct NameSearch {
  /// The best match so far.
  struct Found {
    var end: Int
    var name: KnownName
    /// The variant's place in glossary order (smaller first).
    var order: (entry: Int32, phase: Int, language: UInt16, rank: UInt16)
  }

  let keys: [String]
  let start: Int
  let first: String
  let end: Int
  private(set) var best: Found?
  /// Whether concepts (`EntityKind.isConceptDomain`) are read too, as a look-up does.
  private var readsConcepts = false

  init(keys: [String], start: Int, first: String, end: Int) {
    self.keys = keys
    self.start = start
    self.first = first
    self.end = end
  }

  private func key(_ offset: Int) -> String { offset == 0 ? first : keys[start + offset] }

  /// Walks every form the language allows in `source`.
  mutating func run(_ names: NameIndex, _ source: NameIndex.Source) {
    readsConcepts = names.readsConcepts
    let index = source.index
    let root = GlossaryNameIndex.root
    let lexicon = names.lexicon
    // The variants as written, and a case ending on the last word.
    var node = root
    var offset = 0
    while start + offset < end {
      let word = key(offset)
      if !lexicon.nameEndings.isEmpty {
        for base in names.lastWordBases(word) {
          if let last = index.child(node, base) {
            consider(offset + 1, last, person: true, index, source)
          }
        }
      }
      guard let next = index.child(node, word) else { break }
      node = next
      offset += 1
      consider(offset, node, person: true, index, source)
    }
    // A name the glossary writes with the article, without it in the text.
    if names.lexicon.clitics.isEmpty == false, let next = index.child(root, "ال" + first),
      ("ال" + first).count > 3
    {
      walk(from: next, offset: 1, source)
    }
    // Adjectives before the last word agreeing in case, all with the same ending.
    for ending in lexicon.modifierEndings {
      var frontier = [root]
      var offset = 0
      while start + offset < end, !frontier.isEmpty {
        let word = key(offset)
        var next: [Int] = []
        let bases = names.modifierBases(word, ending)
        for node in frontier {
          if let exact = index.child(node, word) {
            if offset >= 1 { consider(offset + 1, exact, person: false, index, source) }
            if names.modifierStem(word) == nil, !next.contains(exact) { next.append(exact) }
          }
          for base in bases {
            if let inner = index.child(node, base), !next.contains(inner) { next.append(inner) }
          }
        }
        frontier = next
        offset += 1
      }
    }
  }

  /// A name whose head noun is inflected after agreeing adjectives, its complement written
  /// as in the glossary (Russian `Всемирной организации здравоохранения` for `Всемирная
  /// организация здравоохранения`, `Управления ООН по координации …`): adjectives sharing
  /// the first word's ending, the head noun with a case ending, then the words as written.
  mutating func runInflectedHead(_ names: NameIndex, _ source: NameIndex.Source) {
    let lexicon = names.lexicon
    guard !lexicon.nameEndings.isEmpty else { return }
    let index = source.index
    let root = GlossaryNameIndex.root
    for ending in [""] + lexicon.modifierEndings.filter({ first.hasByteSuffix($0) }) {
      var frontier = [root]
      var offset = 0
      while !ending.isEmpty, start + offset < end {
        let bases = names.modifierBases(key(offset), ending)
        let next = frontier.flatMap { node in bases.compactMap { index.child(node, $0) } }
        if next.isEmpty { break }
        frontier = next
        offset += 1
      }
      guard start + offset < end, ending.isEmpty || offset > 0 else { continue }
      let bases = names.lastWordBases(key(offset))
      offset += 1
      for node in frontier {
        for base in bases {
          guard var head = index.child(node, base) else { continue }
          var words = offset
          consider(words, head, person: false, index, source)
          while start + words < end, let next = index.child(head, key(words)) {
            head = next
            words += 1
            consider(words, head, person: false, index, source)
          }
        }
      }
    }
  }

  /// Follows the text's words exactly from `node`, `offset` words in.
  private mutating func walk(from node: Int, offset: Int, _ source: NameIndex.Source) {
    let index = source.index
    var node = node
    var offset = offset
    consider(offset, node, person: true, index, source)
    while start + offset < end, let next = index.child(node, key(offset)) {
      node = next
      offset += 1
      consider(offset, node, person: true, index, source)
    }
  }

  /// Keeps the variants ending at `node` (`words` words long) that this language reads,
  /// when longer than the best so far or earlier in glossary order; `person` false leaves
  /// out people (whose first names do not agree). `index` is `source.index`, passed by the
  /// walk that holds it: read through the class at each posting, the index (a struct of
  /// many arrays) was copied out three times.
  private mutating func consider(
    _ words: Int, _ node: Int, person: Bool, _ index: GlossaryNameIndex,
    _ source: NameIndex.Source
  ) {
    let matchEnd = start + words
    if let best, best.end > matchEnd { return }
    for posting in index.postings(node) {
      let entry = Int(posting.entry)
      let phase: Int
      if let slot = source.slot, Int(posting.language) == slot {
        phase = 0
      } else if let english = source.english, Int(posting.language) == english,
        !(source.slot.map { index.entry(entry, has: $0) } ?? false)
      {
        phase = 0
      } else if posting.isAcronym {
        phase = 1
      } else {
        continue
      }
      let order = (posting.entry, phase, posting.language, posting.rank)
      if let best, best.end == matchEnd, !(order < best.order) { continue }
      // A counted concept (`concepts.tsv`: `death toll`, `blessés`) is a term, no name.
      if !readsConcepts, source.concepts[entry] {
        continue
      }
      let kind = source.kinds[entry]
      if !person, kind == .person { continue }
      best = Found(
        end: matchEnd,
        name: KnownName(
          concept: source.glossary.id(at: entry), kind: kind, evidence: source.evidence,
          capitalized: posting.isCapitalized, allCaps: posting.isAcronym),
        order: order)
    }
  }
}
