import ParallaxText

/// Multiword names of two languages that neither look alike nor share a concept, paired
/// because they occur in the same aligned units across the report pairs of a language pair
/// (`Autorité turque de la concurrence` ↔ `Turkish Competition Authority`): what the
/// acronym pairing does for acronyms, for names each report writes once.
///
/// A name is a candidate only when no name of the other language has one of its words
/// written the same (a name that crosses unchanged, whole or in part — `Ökostromerzeuger
/// Karayel`, `Французская Hélior`, where the facts stage kept a capitalized common word — is
/// paired by its spelling elsewhere). Two names are paired when
/// they share at least `support` aligned units, when the one seen less often is seen with the
/// other in at least `consistency` of its units, and when each is the other's best partner
/// (most consistent, then the higher Dice coefficient, then spelled most alike once
/// transliterated, then in order).
struct CooccurringNames {
  /// The fewest aligned units two names must share.
  var support = 2
  /// The smallest share of the rarer name's units that hold the other name.
  var consistency = 0.8

  private struct Side: Hashable {
    var languages: String
    var second: Bool
    var name: String
  }

  /// A possible pair: how consistently the rarer name goes with the other, their Dice
  /// coefficient, and how alike they are spelled (the tie-breaks, in that order).
  private struct Candidate {
    var side: Side
    var partner: String
    var value: Double
    var dice: Double
    var spelling: Double
  }

  private var units: [Side: Int] = [:]
  private var together: [Side: [String: Int]] = [:]
  private var written: [String: Set<String>] = [:]
  private var evidence: [String: [SuggestionEvidence]] = [:]

  /// Counts the multiword names of one aligned unit pair (`first` in `la`, `second` in `lb`).
  mutating func count(
    _ first: [String], _ la: String, _ second: [String], _ lb: String,
    evidence unit: SuggestionEvidence
  ) {
    let languages = la + "|" + lb
    written[la, default: []].formUnion(first.flatMap(Self.words))
    written[lb, default: []].formUnion(second.flatMap(Self.words))
    let x = Set(first.filter(Self.isMultiword))
    let y = Set(second.filter(Self.isMultiword))
    for name in x { units[Side(languages: languages, second: false, name: name), default: 0] += 1 }
    for name in y { units[Side(languages: languages, second: true, name: name), default: 0] += 1 }
    for a in x {
      for b in y {
        together[Side(languages: languages, second: false, name: a), default: [:]][b, default: 0] +=
          1
        evidence[languages + "\u{1}" + a + "\u{1}" + b, default: []].append(unit)
      }
    }
  }

  /// The pairs found: languages, names, consistency and the aligned units that show them.
  func pairs() -> [(
    la: String, a: String, lb: String, b: String, value: Double,
    evidence: [SuggestionEvidence]
  )] {
    var result: [(String, String, String, String, Double, [SuggestionEvidence])] = []
    var candidates: [Candidate] = []
    for (side, partners) in together {
      let parts = side.languages.split(separator: "|").map(String.init)
      guard parts.count == 2, !crosses(side.name, into: parts[1]) else { continue }
      for (partner, shared) in partners where shared >= support {
        guard !crosses(partner, into: parts[0]) else { continue }
        let (x, y) = (
          units[side] ?? 0, units[Side(languages: side.languages, second: true, name: partner)] ?? 0
        )
        let value = Double(shared) / Double(max(1, min(x, y)))
        guard value >= consistency else { continue }
        candidates.append(
          Candidate(
            side: side, partner: partner, value: value,
            dice: 2 * Double(shared) / Double(max(1, x + y)),
            spelling: TermSuggester.spelling(side.name, partner)))
      }
    }
    let better = { (x: Candidate, y: Candidate) in
      (x.value, x.dice, x.spelling, y.side.name, y.partner)
        > (y.value, y.dice, y.spelling, x.side.name, x.partner)
    }
    for candidate in candidates {
      let rivals = candidates.filter {
        $0.side.languages == candidate.side.languages
          && ($0.side.name == candidate.side.name || $0.partner == candidate.partner)
      }
      guard !rivals.contains(where: { better($0, candidate) }) else { continue }
      let parts = candidate.side.languages.split(separator: "|").map(String.init)
      let key =
        candidate.side.languages + "\u{1}" + candidate.side.name + "\u{1}" + candidate.partner
      result.append(
        (
          parts[0], candidate.side.name, parts[1], candidate.partner, candidate.value,
          evidence[key] ?? []
        ))
    }
    return result.sorted { ($0.0, $0.1, $0.2, $0.3) < ($1.0, $1.1, $1.2, $1.3) }
  }

  /// Whether some name of `language` has a word of `name` written the same.
  private func crosses(_ name: String, into language: String) -> Bool {
    guard let words = written[language] else { return false }
    return Self.words(name).contains { words.contains($0) }
  }

  /// The folded words of a name, of three letters or more (`de`, `la`, `al` say little).
  private static func words(_ name: String) -> [String] {
    TermVocabulary.runs(name).joined().map { TextFolding.fold($0) }.filter { $0.count >= 3 }
  }

  /// A name of two words or more, not an acronym.
  static func isMultiword(_ name: String) -> Bool {
    !NameMiner.isAcronym(name) && TermVocabulary.runs(name).joined().count >= 2
  }
}
