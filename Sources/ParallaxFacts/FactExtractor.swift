import Foundation
import ParallaxCorpus
import ParallaxText

/// Extracts the facts of reports: figures, dates, entities and attributions per paragraph.
///
/// Built once (it reads the language data, the gazetteer and the glossaries), then used
/// for any number of reports; `extract(_:)` is a pure function of the report.
public struct FactExtractor: Sendable {
  /// The languages Parallax ships data for.
  public static let supportedLanguages = ["fr", "en", "de", "es", "tr", "ar", "ru"]

  private let kits: [String: LanguageKit]
  private let fallback: LanguageKit

  /// An extractor that knows the names of `glossaries` (user glossaries come before the
  /// gazetteer shipped with Parallax, which `includeGazetteer` can leave out).
  public init(glossaries: [Glossary] = [], includeGazetteer: Bool = true) {
    var sources = glossaries.map { ($0, EntityEvidence.glossary) }
    if includeGazetteer { sources.append((Self.gazetteer, .gazetteer)) }
    var kits: [String: LanguageKit] = [:]
    for language in Self.supportedLanguages {
      kits[language] = LanguageKit(language: language, names: sources)
    }
    self.kits = kits
    fallback = kits["en"] ?? LanguageKit(language: "en", names: sources)
  }

  /// The gazetteer shipped in `Resources/gazetteer/` (empty when it cannot be found).
  public static let gazetteer: Glossary = {
    guard let url = ResourceLocator.url(bundle: "Parallax_ParallaxFacts", "Resources/gazetteer"),
      let glossary = try? Glossary(folder: url)
    else { return Glossary() }
    return glossary
  }()

  /// The facts of `report`, in the report's language (English rules when it is unknown).
  public func extract(_ report: Report) -> ReportFacts {
    let code = report.language?.code.split(separator: "-").first.map { String($0).lowercased() }
    let kit = code.flatMap { kits[$0] } ?? guessKit(report)
    var cache: [String: (String, UInt32)] = [:]
    let analyzed = report.paragraphs.map { AnalyzedParagraph($0, kit: kit, cache: &cache) }
    let context = ReportContext(analyzed)
    let rawDates = analyzed.map { kit.dates.dates(in: $0.folded, text: $0.text) }
    let anchor = Self.anchor(published: report.published, dates: rawDates.flatMap { $0 })
    let resolver = DateResolver(anchor: anchor)
    var paragraphs: [ParagraphFacts] = []
    var acronyms: [String: Entity] = [:]
    for (position, paragraph) in analyzed.enumerated() {
      let dates = rawDates[position].map { resolver.resolve($0) }
      let taken = Self.taken(paragraph.tokens, by: dates.map(\.range))
      let entities = kit.entities.entities(in: paragraph, context: context, taken: taken)
      for entity in entities where entity.expansion != nil {
        if let acronym = entity.acronym, acronyms[acronym] == nil { acronyms[acronym] = entity }
      }
      let dateRanges = dates.map(\.range)
      let figures = kit.figures.figures(in: paragraph.text).filter { figure in
        !dateRanges.contains { $0.overlaps(figure.range) }
      }
      var attributions = kit.attributions.attributions(in: paragraph, entities: entities)
      Self.link(figures, to: &attributions)
      paragraphs.append(
        ParagraphFacts(
          index: paragraph.paragraph.index, kind: paragraph.paragraph.kind, figures: figures,
          dates: dates, entities: entities, attributions: attributions))
    }
    Self.linkAcronyms(&paragraphs, acronyms)
    return ReportFacts(
      reportID: report.id, language: kit.language, anchorDate: anchor, paragraphs: paragraphs)
  }

  /// The kit of the supported language whose function words are most frequent in the
  /// report's first paragraphs, for reports without a language (English when none hits).
  private func guessKit(_ report: Report) -> LanguageKit {
    var sample = ""
    for paragraph in report.paragraphs where sample.utf8.count < 4000 {
      sample += paragraph.text + "\n"
    }
    let keys = Tokenizer.tokens(sample).filter { $0.kind == .word }.map {
      TextFolding.fold($0.text)
    }
    var best = fallback
    var bestScore = 0
    for language in Self.supportedLanguages {
      guard let kit = kits[language] else { continue }
      let score = keys.reduce(0) { $0 + (kit.entities.lexicon.functionWords.contains($1) ? 1 : 0) }
      if score > bestScore {
        best = kit
        bestScore = score
      }
    }
    return best
  }

  /// The report's day when it has one; else the first date of the text with a day, its
  /// year taken from the publication date.
  static func anchor(published: NewsDate?, dates: [DateMention]) -> NewsDate? {
    if let published, published.day != nil {
      return NewsDate(year: published.year, month: published.month, day: published.day)
    }
    let provisional = DateResolver(anchor: published)
    for mention in dates where mention.parts.day != nil && mention.parts.month != nil {
      let (date, certainty) = provisional.resolve(mention.parts)
      if let date, certainty == .exact || certainty == .inferredYear {
        if let published, date.year != published.year { continue }
        return date
      }
    }
    return nil
  }

  /// Each attribution gets the indices of the figures inside its content and outside its
  /// source.
  static func link(_ figures: [Figure], to attributions: inout [Attribution]) {
    for index in attributions.indices {
      let attribution = attributions[index]
      attributions[index].figures = figures.indices.filter { position in
        let range = figures[position].expressionRange
        guard attribution.content.overlaps(range) else { return false }
        if let source = attribution.sourceRange, source.overlaps(range) { return false }
        return true
      }
    }
  }

  /// Which tokens lie inside `ranges`.
  static func taken(_ tokens: [Token], by ranges: [TextRange]) -> [Bool] {
    var mask = [Bool](repeating: false, count: tokens.count)
    guard !ranges.isEmpty else { return mask }
    for (index, token) in tokens.enumerated()
    where ranges.contains(where: { $0.contains(token.range) }) {
      mask[index] = true
    }
    return mask
  }

  /// Acronyms written without their expansion get the one given elsewhere in the report.
  static func linkAcronyms(_ paragraphs: inout [ParagraphFacts], _ acronyms: [String: Entity]) {
    guard !acronyms.isEmpty else { return }
    for p in paragraphs.indices {
      for e in paragraphs[p].entities.indices {
        let entity = paragraphs[p].entities[e]
        guard entity.expansion == nil, let known = acronyms[entity.text] else { continue }
        paragraphs[p].entities[e].expansion = known.expansion
        paragraphs[p].entities[e].acronym = entity.text
        paragraphs[p].entities[e].key = known.key
        paragraphs[p].entities[e].kind = known.kind
      }
    }
  }
}
