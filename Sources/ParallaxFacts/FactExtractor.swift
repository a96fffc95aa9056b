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

  /// The language kits, each built when a report first needs its language.
  private let kits: LanguageKits

  /// An extractor that knows the names of `glossaries` (user glossaries come before the
  /// gazetteer shipped with Parallax, which `includeGazetteer` can leave out).
  ///
  /// Cheap: a language's data is read and built the first time a report in that language is
  /// extracted, then shared by every later report (and thread).
  public init(glossaries: [Glossary] = [], includeGazetteer: Bool = true) {
    var sources = glossaries.map { ($0, EntityEvidence.glossary) }
    if includeGazetteer { sources.append((Self.gazetteer, .gazetteer)) }
    kits = LanguageKits(languages: Self.supportedLanguages, names: sources)
  }

  /// Builds the data of `languages` now instead of when a report first needs it (for
  /// benchmarks and long-running hosts that want the cost up front); unsupported codes are
  /// ignored.
  public func prepare(_ languages: [String]) {
    for language in languages { _ = kits.kit(language) }
  }

  /// Problems of the set-up that lower what the extractor finds, as warnings: today a missing
  /// Snowball library (measure words are then matched by their exact forms only).
  public static var setupDiagnostics: [Diagnostic] {
    guard let problem = Stemmer.libraryProblem else { return [] }
    return [Diagnostic(.warning, SourceLocation(path: "libstemmer"), problem.description)]
  }

  /// The kit of the English rules, for reports whose language is unknown or unsupported.
  private var fallback: LanguageKit {
    // "en" is in `supportedLanguages`, so the store always has it.
    kits.kit("en") ?? LanguageKit(language: "en", names: [])
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
    let kit = code.flatMap { kits.kit($0) } ?? guessKit(report)
    // The words of the reports read before, numbered: most of this report's are there.
    let bytes = report.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
    let words = kit.borrowWords(bytes: bytes)
    defer { kit.returnWords(words) }
    let analyzed = report.paragraphs.map { AnalyzedParagraph($0, kit: kit, table: &words.table) }
    let context = ReportContext(analyzed, words: words)
    let table = words.table
    let rawDates = analyzed.map { kit.dates.dates(in: $0.folded, text: $0.text) }
    let anchor = Self.anchor(published: report.published, dates: rawDates.flatMap { $0 })
    let resolver = DateResolver(anchor: anchor)
    let datelineParagraph = report.dateline.flatMap { dateline in
      report.paragraphs.firstIndex { $0.text.hasPrefix(dateline) }
    }
    var paragraphs: [ParagraphFacts] = []
    var acronyms: [String: Entity] = [:]
    var surnames: [String: EntityKey] = [:]
    let figureScratch = FigureScratch(for: kit.figures)
    // "mineurs" in a mine story are miners: the senses the report's words call for, read
    // from the report once a figure counts a word that may have one.
    let senseDefaults = kit.figures.box.value.measures.senseDefaults
    var senses: [String: [MeasureLexicon.Concept]]?
    for (position, paragraph) in analyzed.enumerated() {
      var dates = rawDates[position].map { resolver.resolve($0) }
      var figures = kit.figures.figures(
        in: paragraph.text, shared: paragraph.folded, sentences: paragraph.sentences, words: table,
        scratch: figureScratch)
      // "A total of 2010 troops": a year alone that the figures read as one count, not
      // introduced by a year word of the figures' data (`en 1894` stays a year), is a figure.
      if !dates.isEmpty, !figures.isEmpty {
        dates.removeAll { date in
          date.certainty == .yearOnly
            && figures.contains {
              $0.range == date.range && $0.upper == nil && $0.changedFrom == nil
            }
            && !kit.figures.isYearWord(
              Self.wordBefore(date.range.start, in: paragraph.text).lowercased())
        }
      }
      if !senseDefaults.isEmpty,
        figures.contains(where: { senseDefaults.contains($0.measure?.counted?.concept ?? "") })
      {
        let called =
          senses ?? kit.figures.box.value.measures.senses(in: analyzed.map(\.keys))
        senses = called
        if !called.isEmpty { Self.applySenses(called, to: &figures, text: paragraph.text) }
      }
      let dateRanges = dates.map(\.range)
      Self.markBackground(
        &figures, text: paragraph.text, dates: dates,
        sentences: paragraph.sentences.map(\.range), anchor: anchor,
        since: kit.figures.isSinceYear)
      let taken = Self.taken(paragraph.tokens, by: dateRanges)
      if !dateRanges.isEmpty {
        figures.removeAll { Self.overlapsAny($0.range, sortedRanges: dateRanges) }
      }
      // The tokens of the figures' quantities, made once: without dates they are also the
      // entities' mask, and when every figure is measured the attributions' second one.
      let counted =
        figures.isEmpty
        ? [] : Self.taken(paragraph.tokens, by: figures.map(\.quantityRange).sorted { $0 < $1 })
      // A figure's words are no name: "Thirty-three", "1,5 Milliarden Euro".
      let entityTaken =
        figures.isEmpty
        ? taken
        : dateRanges.isEmpty
          ? counted
          : Self.taken(
            paragraph.tokens, by: (dateRanges + figures.map(\.quantityRange)).sorted { $0 < $1 })
      var entities = kit.entities.entities(
        in: paragraph, context: context,
        taken: entityTaken,
        surnames: surnames)
      // A nationality adjective right after its counted noun names no place (`22 جنديا
      // تركيا`: Turkish, not Turkey); it keeps its key, so it still meets Turkey elsewhere.
      let adjectives = Self.postposedAffiliations(figures)
      for index in entities.indices
      where entities[index].kind == .place && adjectives.contains(entities[index].range) {
        entities[index].kind = .other
      }
      if position == datelineParagraph, let dateline = report.dateline {
        Self.classifyDateline(dateline, &entities)
      }
      // By index: a loop variable would copy every entity (and retain its strings).
      for index in entities.indices where entities[index].kind == .person {
        let text = entities[index].text
        let words = Tokenizer.tokens(text).filter { $0.kind == .word }
        guard words.count >= 2, let last = words.last, last.text(in: text).count >= 3 else {
          continue
        }
        let key = TextFolding.fold(last.text(in: text))
        if surnames[key] == nil { surnames[key] = entities[index].key }
      }
      for index in entities.indices where entities[index].expansion != nil {
        if let acronym = entities[index].acronym, acronyms[acronym] == nil {
          acronyms[acronym] = entities[index]
        }
      }
      var attributions = kit.attributions.attributions(
        in: paragraph, entities: entities, taken: taken,
        counted: counted,
        measured: !figures.contains { $0.measure != nil }
          ? []
          : figures.allSatisfy { $0.measure != nil }
            ? counted
            : Self.taken(
              paragraph.tokens,
              by: figures.filter { $0.measure != nil }.map(\.quantityRange).sorted { $0 < $1 }),
        narrated: figures.filter { $0.status == .change || $0.status == .cumulative }
          .map(\.expressionRange))
      Self.link(figures, to: &attributions)
      paragraphs.append(
        ParagraphFacts(
          index: paragraph.paragraph.index, kind: paragraph.paragraph.kind,
          sentences: paragraph.sentences.map(\.range), figures: figures,
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
    for paragraph in report.paragraphs where sample.utf8.count < 1000 {
      sample += paragraph.text + "\n"
    }
    var scores = [Int](repeating: 0, count: Self.supportedLanguages.count)
    let functionWordLanguages = kits.functionWordLanguages()
    let fallback = fallback
    for token in Tokenizer.tokens(sample) where token.kind == .word {
      guard let languages = functionWordLanguages[fallback.resolve(token.text(in: sample)).0] else {
        continue
      }
      for position in scores.indices where languages & (1 << position) != 0 {
        scores[position] += 1
      }
    }
    guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0,
      let kit = kits.kit(Self.supportedLanguages[best])
    else { return fallback }
    return kit
  }

  /// The counted words of `figures` that have another sense in this report (`senses`, by
  /// folded form) count what that sense names.
  static func applySenses(
    _ senses: [String: [MeasureLexicon.Concept]], to figures: inout [Figure], text: String
  ) {
    for index in figures.indices {
      guard let counted = figures[index].measure?.counted,
        let concepts = senses[TextFolding.fold(counted.range.slice(of: text))]
      else { continue }
      let id = concepts.first { $0.part == "counted" }?.id
      figures[index].measure?.counted = id.map { Measure.Part(concept: $0, range: counted.range) }
    }
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
    guard !figures.isEmpty, !attributions.isEmpty else { return }
    let order = figures.indices.sorted {
      figures[$0].expressionRange < figures[$1].expressionRange
    }
    let starts = order.map { figures[$0].expressionRange.start }
    for index in attributions.indices {
      let attribution = attributions[index]
      // Figures start before the content ends; expressions are short, so look back a little.
      var position = lowerBound(starts, attribution.content.start - 64)
      var linked: [Int] = []
      while position < order.count, starts[position] < attribution.content.end {
        let figure = order[position]
        let range = figures[figure].expressionRange
        position += 1
        guard attribution.content.overlaps(range) else { continue }
        if let source = attribution.sourceRange, source.overlaps(range) { continue }
        linked.append(figure)
      }
      attributions[index].figures = linked.sorted()
    }
  }

  /// The first position in sorted `values` whose value is at least `value`.
  static func lowerBound(_ values: [Int], _ value: Int) -> Int {
    var low = 0
    var high = values.count
    while low < high {
      let middle = (low + high) / 2
      if values[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The word that ends before scalar offset `offset` of `text` (spaces and punctuation
  /// between skipped), or "".
  static func wordBefore(_ offset: Int, in text: String) -> String {
    let scalars = Array(text.unicodeScalars.prefix(offset))
    var end = scalars.count
    while end > 0, !scalars[end - 1].properties.isAlphabetic { end -= 1 }
    var start = end
    while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
    var word = String.UnicodeScalarView()
    word.append(contentsOf: scalars[start..<end])
    return String(word)
  }

  /// Whether `range` overlaps one of `sortedRanges` (sorted, not overlapping each other).
  static func overlapsAny(_ range: TextRange, sortedRanges: [TextRange]) -> Bool {
    guard !sortedRanges.isEmpty else { return false }
    var low = 0
    var high = sortedRanges.count
    while low < high {
      let middle = (low + high) / 2
      if sortedRanges[middle].end <= range.start { low = middle + 1 } else { high = middle }
    }
    return low < sortedRanges.count && sortedRanges[low].overlaps(range)
  }

  /// Which tokens lie inside `ranges`.
  static func taken(_ tokens: [Token], by ranges: [TextRange]) -> [Bool] {
    var mask = [Bool](repeating: false, count: tokens.count)
    guard let first = ranges.first else { return mask }
    // A token starting before the first range is in none (and moves no range on): start at
    // the first token that starts at or after it.
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].range.start < first.start { low = middle + 1 } else { high = middle }
    }
    var next = 0
    for index in low..<tokens.count {
      let range = tokens[index].range
      while next < ranges.count, ranges[next].end <= range.start { next += 1 }
      guard next < ranges.count else { break }
      if ranges[next].contains(range) { mask[index] = true }
    }
    return mask
  }

  /// The names of a dateline (`NEW YORK (Wire) -`) are a place, then in parentheses the
  /// agency or paper that filed it.
  static func classifyDateline(_ dateline: String, _ entities: inout [Entity]) {
    let scalars = Array(dateline.unicodeScalars)
    let credit = scalars.firstIndex(of: "(") ?? scalars.count
    for index in entities.indices where entities[index].range.end <= scalars.count {
      guard entities[index].key.concept == nil || entities[index].kind == .other else { continue }
      entities[index].kind = entities[index].range.start < credit ? .place : .organization
    }
  }

  /// Acronyms written without their expansion get the one given elsewhere in the report.
  static func linkAcronyms(_ paragraphs: inout [ParagraphFacts], _ acronyms: [String: Entity]) {
    guard !acronyms.isEmpty else { return }
    for p in paragraphs.indices {
      for e in paragraphs[p].entities.indices {
        guard paragraphs[p].entities[e].expansion == nil,
          let known = acronyms[paragraphs[p].entities[e].text]
        else { continue }
        paragraphs[p].entities[e].expansion = known.expansion
        paragraphs[p].entities[e].acronym = paragraphs[p].entities[e].text
        paragraphs[p].entities[e].key = known.key
        paragraphs[p].entities[e].kind = known.kind
      }
    }
  }
}
