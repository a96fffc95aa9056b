import ParallaxCompare
import ParallaxCorpus
import ParallaxFacts
import ParallaxGlossary

/// Checks a translation against its source, pair by aligned pair: figures, number formats,
/// glossary terms, entities, links and segments.
///
/// ```swift
/// let checker = TranslationChecker(glossary: glossary)
/// let result = checker.check(source: side(fr), target: side(en), pairs: pairs)
/// if result.has(atLeast: .error) { … }
/// ```
/// The pairs come from the aligner in parallel mode (or one per segment of a bilingual
/// file); the checker never aligns.
public struct TranslationChecker: Sendable {
  /// The glossary's term rules.
  public var rules: TermRules
  /// The names known for the entity check: the glossary, then the gazetteer.
  var names: Glossary
  /// The language identifier for untranslated paragraphs.
  var identifier: LanguageIdentifier
  /// How numbers are written per language.
  var formats: NumberFormats

  /// A checker with `glossary`'s terms; `gazetteer` adds names for the entity check.
  public init(
    glossary: Glossary = Glossary(), gazetteer: Glossary = FactExtractor.gazetteer,
    identifier: LanguageIdentifier = .shared
  ) {
    rules = TermRules(glossary: glossary)
    var names = glossary
    names.merge(gazetteer)
    self.names = names
    self.identifier = identifier
    formats = .shipped
  }

  /// The findings of `target` as a translation of `source`, aligned as `pairs`.
  public func check(source: CheckSide, target: CheckSide, pairs: [ParagraphPair]) -> CheckResult {
    var findings = document(source: source, target: target)
    let empty = findings.contains { $0.kind == .emptyDocument }
    let whole = findings.contains { $0.kind == .identical || $0.kind == .wrongLanguage }
    var usage: TermCheck.Usage = [:]
    if !empty {
      for pair in pairs {
        findings += SegmentCheck.check(
          pair, source: source, target: target, wholeChecked: whole, identifier: identifier)
        guard pair.isMatched, !whole else { continue }
        findings += FigureCheck.check(pair, source: source, target: target)
        findings += NumberFormatCheck.check(
          pair, source: source, target: target, formats: formats)
        findings += TermCheck.check(
          pair, source: source, target: target, rules: rules, usage: &usage)
        findings += EntityCheck.check(
          pair, source: source, target: target, rules: rules, names: names)
        findings += LinkCheck.check(pair, source: source, target: target)
      }
      if !whole {
        findings += OmissionCheck.check(
          pairs, source: source, target: target, findings: findings)
      }
      findings += TermCheck.consistency(usage)
      findings += SegmentCheck.consistency(pairs, source: source, target: target)
    }
    return CheckResult(
      source: .init(
        report: source.report.id, language: source.language,
        paragraphs: source.report.paragraphs.count),
      target: .init(
        report: target.report.id, language: target.language,
        paragraphs: target.report.paragraphs.count),
      pairs: pairs, findings: Self.ordered(findings))
  }

  /// Findings about the whole of one side: empty, identical, in the wrong language.
  private func document(source: CheckSide, target: CheckSide) -> [Finding] {
    let sourceText = source.report.paragraphs.map(\.text).filter(SegmentCheck.hasWords)
    let targetText = target.report.paragraphs.map(\.text).filter(SegmentCheck.hasWords)
    var findings: [Finding] = []
    if sourceText.isEmpty {
      findings.append(
        Finding(.error, .emptyDocument, "the source \(source.report.id) has no text"))
    }
    if targetText.isEmpty {
      findings.append(
        Finding(.error, .emptyDocument, "the translation \(target.report.id) has no text"))
    }
    guard findings.isEmpty else { return findings }
    if sourceText.count == targetText.count,
      zip(sourceText, targetText).allSatisfy({ SegmentCheck.sameText($0, $1) })
    {
      return [
        Finding(
          .error, .identical,
          "the translation is identical to the source: nothing was translated")
      ]
    }
    let joined = targetText.joined(separator: "\n")
    // A sentence or two is misidentified too often for a verdict on the whole document
    // (`Unemployment fell 0.3 percentage points to 7.1%.` reads as French, a short Arabic
    // sentence as Persian): its paragraphs are judged one by one instead.
    guard OmissionCheck.letters(joined) >= Self.wholeIdentifiedLetters else { return [] }
    let found = identifier.identify(joined)
    if let found, found.confidence >= SegmentCheck.untranslatedConfidence,
      found.code == source.language
    {
      return [
        Finding(
          .error, .wrongLanguage,
          "the translation is in \(found.code), the language of the source"
            + (target.expectedLanguage.map { ", not \($0)" } ?? ""))
      ]
    }
    if let expected = target.expectedLanguage, let found,
      found.confidence >= SegmentCheck.untranslatedConfidence, found.code != expected
    {
      return [
        Finding(
          .error, .wrongLanguage,
          "the translation is declared \(expected) but its text is in \(found.code)")
      ]
    }
    return []
  }

  /// The fewest letters a whole translation needs before its language alone makes it wrong.
  static let wholeIdentifiedLetters = 150

  /// Errors first, then warnings, then notes; within a severity by the source's order.
  static func ordered(_ findings: [Finding]) -> [Finding] {
    findings.enumerated().sorted { l, r in
      let (a, b) = (l.element, r.element)
      if a.severity != b.severity { return a.severity > b.severity }
      return l.offset < r.offset
    }.map(\.element)
  }
}
