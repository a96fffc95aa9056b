import ParallaxFacts
import ParallaxText

/// Ranks candidate glossary pairs from aligned reports: the aligner's entity links (one
/// person, organization or place across spellings and scripts), acronyms and their
/// expansions, and word or multiword term pairs learnt by the aligner's own
/// `LexiconLearner` from co-occurrence over the aligned units. Pairs the known glossaries
/// already hold are left out.
///
/// Each report pair in two languages is aligned once (`mode` auto, paragraphs); a pair's
/// score is its best evidence's strength, raised by the number of report pairs that show
/// it. The result is sorted by score, then by languages and terms: deterministic.
public struct TermSuggester: Sendable {
  /// The aligner (its lexicon and glossary terms help the alignment).
  public var aligner: Aligner
  /// The learner of term pairs (the aligner's one lexicon code).
  public var learner: LexiconLearner
  /// The longest multiword term learnt, in words.
  public var phraseLength = 3
  /// The most evidence kept per suggestion.
  public var maximumEvidence = 5
  /// The weakest learnt term pair kept.
  public var minimumTermScore = 0.3

  private let known: [AlignmentTerm]

  /// A suggester aligning with `aligner`, leaving out the pairs `known` holds.
  public init(aligner: Aligner = Aligner(), known: [AlignmentTerm] = []) {
    self.aligner = aligner
    self.known = known
    var learner = LexiconLearner()
    learner.minimumCount = 2
    learner.minimumScore = 0.2
    self.learner = learner
  }

  /// The suggestions from `reports` (every pair in two languages aligned) and from
  /// `extra` aligned texts (a translation memory's segments), best first.
  public func suggest(_ reports: [AnalyzedReport], extra: [AlignedText] = []) -> [TermSuggestion]
  {
    var pool = SuggestionPool(maximumEvidence: maximumEvidence)
    var texts: [String: [AlignedText]] = [:]
    let primary = { (code: String) in
      String(code.split(separator: "-").first ?? "").lowercased()
    }
    for (i, x) in reports.enumerated() {
      for y in reports[(i + 1)...] {
        let (a, b) = primary(x.language) <= primary(y.language) ? (x, y) : (y, x)
        let (la, lb) = (primary(a.language), primary(b.language))
        guard la != lb, !la.isEmpty, !lb.isEmpty else { continue }
        let alignment = aligner.align(a, b, unit: .paragraph, mode: .auto)
        let textA = Dictionary(a.paragraphs.map { ($0.index, $0.text) }) { first, _ in first }
        let textB = Dictionary(b.paragraphs.map { ($0.index, $0.text) }) { first, _ in first }
        for link in alignment.links {
          texts[la + "|" + lb, default: []].append(
            AlignedText(
              firstReport: a.id, firstLanguage: la, firstUnits: link.first,
              firstText: link.first.compactMap { textA[$0] }.joined(separator: " "),
              secondReport: b.id, secondLanguage: lb, secondUnits: link.second,
              secondText: link.second.compactMap { textB[$0] }.joined(separator: " ")))
        }
        for link in alignment.entityLinks {
          guard let x = link.first.names.first, let y = link.second.names.first else { continue }
          let same = TextFolding.fold(x) == TextFolding.fold(y)
          pool.add(
            .entity, la, x, lb, y, strength: link.score * (same ? 0.9 : 1),
            evidence: SuggestionEvidence(
              firstReport: a.id, firstUnits: link.first.paragraphs, secondReport: b.id,
              secondUnits: link.second.paragraphs,
              note: "entity link " + link.evidence.joined(separator: "; ")))
        }
      }
    }
    for report in reports { acronyms(report, primary(report.language), into: &pool) }
    for text in extra {
      let (la, lb) = (primary(text.firstLanguage), primary(text.secondLanguage))
      guard la != lb else { continue }
      let oriented = la < lb ? text : text.swapped
      texts[min(la, lb) + "|" + max(la, lb), default: []].append(oriented)
    }
    for key in texts.keys.sorted() {
      guard let list = texts[key] else { continue }
      terms(list, into: &pool)
    }
    var knownTerms = KnownTerms(known)
    let ranked = pool.ranked().filter {
      !knownTerms.contains($0.first, $0.firstLanguage, $0.second, $0.secondLanguage)
    }
    return Self.withoutParts(ranked)
  }

  /// Acronyms written with their expansion in one report.
  private func acronyms(_ report: AnalyzedReport, _ language: String, into pool: inout SuggestionPool)
  {
    for paragraph in report.facts.paragraphs {
      for entity in paragraph.entities {
        var pair: (String, String)?
        if let acronym = entity.acronym, acronym != entity.text {
          pair = (entity.text, acronym)
        } else if let expansion = entity.expansion, expansion != entity.text {
          pair = (expansion, entity.text)
        }
        guard let (expansion, acronym) = pair else { continue }
        pool.add(
          .acronym, language, expansion, language, acronym, strength: 0.9,
          evidence: SuggestionEvidence(
            firstReport: report.id, firstUnits: [paragraph.index], secondReport: report.id,
            secondUnits: [paragraph.index], note: "acronym written with its expansion"))
      }
    }
  }

  /// Term pairs learnt from one language pair's aligned texts.
  private func terms(_ list: [AlignedText], into pool: inout SuggestionPool) {
    guard let sample = list.first else { return }
    let entries = learner.learn(
      texts: list.map { ($0.firstText, $0.secondText) }, sourceLanguage: sample.firstLanguage,
      targetLanguage: sample.secondLanguage, phraseLength: phraseLength, foldedForms: false)
    for entry in entries where entry.score >= minimumTermScore {
      guard Self.isTerm(entry.source), Self.isTerm(entry.target) else { continue }
      let (x, y) = (TextFolding.fold(entry.source), TextFolding.fold(entry.target))
      let shown = list.filter {
        TextFolding.fold($0.firstText).contains(x) && TextFolding.fold($0.secondText).contains(y)
      }
      for text in shown {
        pool.add(
          .term, sample.firstLanguage, entry.source, sample.secondLanguage, entry.target,
          strength: entry.score,
          evidence: SuggestionEvidence(
            firstReport: text.firstReport, firstUnits: text.firstUnits,
            secondReport: text.secondReport, secondUnits: text.secondUnits,
            note: "co-occur in \(entry.count) aligned units, lexicon score "
              + String(format: "%.2f", entry.score)))
      }
    }
  }

  /// Whether a learnt term can be a glossary term: several words, or one word of four
  /// letters or more (short single words are mostly function words).
  static func isTerm(_ term: String) -> Bool {
    let words = term.split(separator: " ")
    return words.count > 1 || term.count >= 4
  }

  /// The suggestions without a learnt term pair whose two sides are parts of a better
  /// suggestion's two sides (`syrien des` ↔ `Syrian` under the full organization).
  static func withoutParts(_ ranked: [TermSuggestion]) -> [TermSuggestion] {
    var kept: [TermSuggestion] = []
    for suggestion in ranked {
      let covered =
        suggestion.kinds == [.term]
        && kept.contains { better in
          better.firstLanguage == suggestion.firstLanguage
            && better.secondLanguage == suggestion.secondLanguage
            && contains(better.first, suggestion.first)
            && contains(better.second, suggestion.second)
        }
      if !covered { kept.append(suggestion) }
    }
    return kept
  }

  private static func contains(_ whole: String, _ part: String) -> Bool {
    let w = " " + TextFolding.fold(whole) + " "
    return w.contains(" " + TextFolding.fold(part) + " ")
  }
}
