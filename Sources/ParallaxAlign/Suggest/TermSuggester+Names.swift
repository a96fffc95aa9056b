import ParallaxFacts
import ParallaxText

/// Name pairs the entity linker misses: the names the facts stage found in one report, found
/// again by consonant skeleton in the aligned units of a report in another script
/// (`NameMiner`), or written the same in two aligned units (whatever kind the facts stage
/// gave each); acronyms of two languages paired by the aligned units they share; and
/// multiword names paired by the aligned units they share across report pairs
/// (`CooccurringNames`).
struct NameEvidence {
  private struct Key: Hashable, Comparable {
    var la: String
    var a: String
    var lb: String
    var b: String

    static func < (x: Key, y: Key) -> Bool { (x.la, x.a, x.lb, x.b) < (y.la, y.a, y.lb, y.b) }
  }

  private var found: [Key: (similarity: Double, evidence: [SuggestionEvidence])] = [:]
  private var acronymPairs: [(Key, Double, SuggestionEvidence)] = []
  /// The fewest aligned units two acronyms must share to be paired by co-occurrence.
  var acronymSupport = 2
  /// The smallest Dice coefficient of two acronyms paired by co-occurrence.
  var acronymDice = 0.8
  private let miner = NameMiner()
  /// The multiword names of the aligned units, counted across report pairs.
  var cooccurring = CooccurringNames()

  /// Looks for the names of `a`'s linked paragraphs in `b`'s linked text, and the other way
  /// round, for each link of one alignment (`a` in language `la` first).
  mutating func collect(
    _ links: [(first: [Int], second: [Int])], _ a: AnalyzedReport, _ la: String,
    _ b: AnalyzedReport, _ lb: String
  ) {
    let namesA = Self.names(a)
    let namesB = Self.names(b)
    let textA = Dictionary(a.paragraphs.map { ($0.index, $0.text) }) { first, _ in first }
    let textB = Dictionary(b.paragraphs.map { ($0.index, $0.text) }) { first, _ in first }
    for link in links {
      let evidence = SuggestionEvidence(
        firstReport: a.id, firstUnits: link.first, secondReport: b.id, secondUnits: link.second,
        note: "")
      let first = link.first.flatMap { namesA[$0] ?? [] }
      let second = link.second.flatMap { namesB[$0] ?? [] }
      let wholeB = link.second.compactMap { textB[$0] }.joined(separator: " ")
      let wholeA = link.first.compactMap { textA[$0] }.joined(separator: " ")
      cooccurring.count(first, la, second, lb, evidence: evidence)
      for name in Set(first).intersection(second).sorted() {
        let match = NameMiner.Match(name: name, form: name, similarity: 1, letters: 1)
        add(Key(la: la, a: name, lb: lb, b: name), match, evidence)
      }
      for match in miner.matches(first, in: wholeB, language: lb) {
        add(Key(la: la, a: match.name, lb: lb, b: match.form), match, evidence)
      }
      for match in miner.matches(second, in: wholeA, language: la) {
        add(Key(la: la, a: match.form, lb: lb, b: match.name), match, evidence)
      }
    }
    acronyms(links, a, la, b, lb)
  }

  /// Acronyms of two languages that name one thing seldom look alike (`MSA`, `ASM`): two
  /// acronyms are paired when they occur in the same aligned units, at least
  /// `acronymSupport` of them, with a Dice coefficient of `acronymDice` or more, each the
  /// other's best; their expansions, when each report writes one, are paired too.
  private mutating func acronyms(
    _ links: [(first: [Int], second: [Int])], _ a: AnalyzedReport, _ la: String,
    _ b: AnalyzedReport, _ lb: String
  ) {
    let (inA, expandA) = Self.acronyms(a)
    let (inB, expandB) = Self.acronyms(b)
    var together: [String: Int] = [:]
    var countA: [String: Int] = [:]
    var countB: [String: Int] = [:]
    for link in links {
      let x = Set(link.first.flatMap { inA[$0] ?? [] })
      let y = Set(link.second.flatMap { inB[$0] ?? [] })
      for p in x { countA[p, default: 0] += 1 }
      for q in y { countB[q, default: 0] += 1 }
      for p in x { for q in y { together[p + "\u{1}" + q, default: 0] += 1 } }
    }
    let dice = { (p: String, q: String) -> Double in
      let c = Double(together[p + "\u{1}" + q] ?? 0)
      return 2 * c / Double((countA[p] ?? 0) + (countB[q] ?? 0))
    }
    for p in countA.keys.sorted() {
      for q in countB.keys.sorted() where p.lowercased() != q.lowercased() {
        let value = dice(p, q)
        guard (together[p + "\u{1}" + q] ?? 0) >= acronymSupport, value >= acronymDice,
          countB.keys.allSatisfy({ dice(p, $0) <= value }),
          countA.keys.allSatisfy({ dice($0, q) <= value })
        else { continue }
        let evidence = SuggestionEvidence(
          firstReport: a.id,
          firstUnits: links.filter { link in
            link.first.contains { inA[$0]?.contains(p) == true }
          }.flatMap(\.first), secondReport: b.id,
          secondUnits: links.filter { link in
            link.second.contains { inB[$0]?.contains(q) == true }
          }.flatMap(\.second),
          note: "acronyms in the same aligned units ("
            + "\(together[p + "\u{1}" + q] ?? 0) units, Dice " + String(format: "%.2f", value) + ")"
        )
        acronymPairs.append((Key(la: la, a: p, lb: lb, b: q), value, evidence))
        if let x = expandA[p], let y = expandB[q] {
          var expanded = evidence
          expanded.note = "expansions of acronyms paired by aligned units (\(p), \(q))"
          acronymPairs.append((Key(la: la, a: x, lb: lb, b: y), value * 0.9, expanded))
        }
      }
    }
  }

  /// A report's acronyms by paragraph, and the expansion it writes for each.
  private static func acronyms(_ report: AnalyzedReport) -> ([Int: [String]], [String: String]) {
    var byParagraph: [Int: [String]] = [:]
    var expansions: [String: String] = [:]
    for paragraph in report.facts.paragraphs {
      for entity in paragraph.entities {
        var acronym: String?
        if let short = entity.acronym, short != entity.text {
          acronym = short
          if expansions[short] == nil { expansions[short] = entity.text }
        } else if NameMiner.isAcronym(entity.text) {
          acronym = entity.text
          if let long = entity.expansion, long != entity.text, expansions[entity.text] == nil {
            expansions[entity.text] = long
          }
        }
        if let acronym { byParagraph[paragraph.index, default: []].append(acronym) }
      }
    }
    return (byParagraph, expansions)
  }

  private mutating func add(_ key: Key, _ match: NameMiner.Match, _ evidence: SuggestionEvidence) {
    var known = found[key] ?? (match.similarity, [])
    known.similarity = max(known.similarity, match.similarity)
    var noted = evidence
    noted.note =
      match.name == match.form
      ? "name written the same in aligned units"
      : "name written alike across scripts (consonant skeletons "
        + ConsonantSkeleton.of(match.name) + " ~ " + ConsonantSkeleton.of(match.form) + ")"
    if !known.evidence.contains(noted) { known.evidence.append(noted) }
    found[key] = known
  }

  /// Adds the pairs shown in enough aligned units to `pool`, each as an entity pair of
  /// strength `weight` × its skeleton similarity. A multiword name the `known` glossaries
  /// already render in the other language is paired by co-occurrence with nothing: its
  /// rendering is known, and the names it shares paragraphs with are others
  /// (`Tayyip Erdogan`, `présidence turque`).
  func add(to pool: inout SuggestionPool, weight: Double, known: inout KnownTerms) {
    for (key, value, evidence) in acronymPairs {
      pool.add(.entity, key.la, key.a, key.lb, key.b, strength: weight * value, evidence: evidence)
    }
    for pair in cooccurring.pairs() {
      if known.renders(pair.a, pair.la, in: pair.lb) || known.renders(pair.b, pair.lb, in: pair.la)
      {
        continue
      }
      for var unit in pair.evidence {
        unit.note =
          "names in the same aligned units (\(pair.evidence.count) units, consistency "
          + String(format: "%.2f", pair.value) + ")"
        pool.add(
          .entity, pair.la, pair.a, pair.lb, pair.b, strength: weight * 0.9 * pair.value,
          evidence: unit)
      }
    }
    for key in found.keys.sorted() {
      guard let entry = found[key] else { continue }
      let name = Self.isLatin(key.a) == Self.isLatin(key.b) ? key.a : nameSide(key)
      guard entry.evidence.count >= miner.unitsNeeded(name) else { continue }
      for evidence in entry.evidence {
        pool.add(
          .entity, key.la, key.a, key.lb, key.b, strength: weight * entry.similarity,
          evidence: evidence)
      }
    }
  }

  /// The side of a pair that holds the facts stage's name (Latin-script first).
  private func nameSide(_ key: Key) -> String { Self.isLatin(key.a) ? key.a : key.b }

  private static func isLatin(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.value < 0x250 || !$0.properties.isAlphabetic }
  }

  /// The names the facts stage found (persons, organizations, places and other capitalized
  /// names), by paragraph.
  private static func names(_ report: AnalyzedReport) -> [Int: [String]] {
    var result: [Int: [String]] = [:]
    for paragraph in report.facts.paragraphs {
      for entity in paragraph.entities {
        result[paragraph.index, default: []].append(entity.text)
      }
    }
    return result
  }
}
