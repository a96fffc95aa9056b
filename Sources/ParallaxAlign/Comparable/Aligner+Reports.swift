import Foundation
import ParallaxCorpus
import ParallaxFacts
import ParallaxText

extension Aligner {
  /// Aligns two analyzed reports (`FactExtractor.analyze(_:)`): their paragraphs (¶0 the
  /// headline) or their sentences, in `mode`, with the links between their entities.
  ///
  /// The entry point of the compare stage: the result says which units match, which moved,
  /// which have no counterpart, which entities are the same, the mode used and why.
  public func align(
    _ first: AnalyzedReport, _ second: AnalyzedReport, unit: AlignmentUnit = .paragraph,
    mode: AlignmentMode = .auto, comparable: ComparableOptions = ComparableOptions()
  ) -> ReportAlignment {
    let parts = { (report: AnalyzedReport) in
      report.paragraphs.map { (index: $0.index, kind: $0.kind, text: $0.text) }
    }
    return align(
      ReportUnits(
        parts(first), language: first.language, name: first.metadata.path, unit: unit),
      ReportUnits(
        parts(second), language: second.language, name: second.metadata.path, unit: unit),
      ids: (first.id, second.id), facts: (first.facts, second.facts), unit: unit, mode: mode,
      comparable: comparable)
  }

  /// Aligns two reports as `align(_:_:unit:mode:comparable:)` with `AnalyzedReport`s does;
  /// `facts` are the reports' facts when the caller has them, else they are extracted here.
  /// `linkEntities: false` leaves `entityLinks` empty for a caller that needs only the units
  /// (the translation check: linking entities is most of the aligning time there).
  public func align(
    _ first: Report, _ second: Report, facts: (first: ReportFacts, second: ReportFacts)? = nil,
    unit: AlignmentUnit = .paragraph, mode: AlignmentMode = .auto,
    comparable: ComparableOptions = ComparableOptions(), linkEntities: Bool = true
  ) -> ReportAlignment {
    let known = facts ?? (FactExtractor().extract(first), FactExtractor().extract(second))
    return align(
      ReportUnits(first, unit: unit), ReportUnits(second, unit: unit), ids: (first.id, second.id),
      facts: known, unit: unit, mode: mode, comparable: comparable, linkEntities: linkEntities)
  }

  private func align(
    _ a: ReportUnits, _ b: ReportUnits, ids: (String, String),
    facts: (first: ReportFacts, second: ReportFacts), unit: AlignmentUnit, mode: AlignmentMode,
    comparable: ComparableOptions, linkEntities: Bool = true
  ) -> ReportAlignment {
    let headlines = unit != .line && a.startsWithSummary && b.startsWithSummary
    // The parallel engine reads no anchors of the facts stage; speakers are only looked for
    // when they are to weigh less (`speakerWeight` below 1).
    let marking = mode != .parallel && comparable.speakerWeight < 1
    var result = align(
      a.side, b.side, mode: mode, unit: unit, comparable: comparable, headlines: headlines,
      anchors: mode == .parallel
        ? nil
        : (a.anchors(facts.first, speakers: marking), b.anchors(facts.second, speakers: marking)),
      speakers: marking ? (a.speakers(facts.first), b.speakers(facts.second)) : nil)
    result.firstID = ids.0
    result.secondID = ids.1
    if unit == .sentence {
      result.firstParagraphs = a.paragraphOfUnit
      result.secondParagraphs = b.paragraphOfUnit
    }
    guard linkEntities else { return result }
    var paragraphPairs = Set<[Int]>()
    for (s, t) in result.pairs {
      paragraphPairs.insert([a.paragraphOfUnit[s], b.paragraphOfUnit[t]])
    }
    result.entityLinks = EntityLinker().link(
      facts.first, facts.second,
      paragraphPairs: paragraphPairs.sorted { $0.lexicographicallyPrecedes($1) }.map {
        ($0[0], $0[1])
      })
    return result
  }
}

/// A report cut into units: its paragraphs, or the sentences of each paragraph.
struct ReportUnits {
  /// The units as an alignment side.
  let side: AlignmentSide
  /// The paragraph index of each unit.
  let paragraphOfUnit: [Int]
  /// Where each unit's text starts in its paragraph's text, in Unicode scalars (0 for a
  /// paragraph or a line; a sentence's start, after its leading white space).
  let unitStart: [Int]
  /// Whether each unit is a whole paragraph.
  let unitIsParagraph: Bool

  /// Whether the first unit sums up the report: its headline, or the lead of a report that
  /// has no headline (a wire text whose first line is its summary). Two reports' summaries
  /// are the one pair whose role both state.
  let startsWithSummary: Bool

  init(_ report: Report, unit: AlignmentUnit) {
    self.init(
      report.paragraphs.map { (index: $0.index, kind: $0.kind, text: $0.text) },
      language: report.language?.code ?? "und", name: report.path, unit: unit)
  }

  init(
    _ report: [(index: Int, kind: Paragraph.Kind, text: String)], language code: String,
    name: String, unit: AlignmentUnit
  ) {
    let language = code.split(separator: "-").first.map(String.init) ?? code
    var units: [String] = []
    var paragraphs: [Int] = []
    var starts: [Int] = []
    let firstKind = report.first?.kind
    switch unit {
    case .paragraph, .line:
      units = report.map(\.text)
      paragraphs = report.map(\.index)
      starts = Array(repeating: 0, count: units.count)
    case .sentence:
      let splitter = SentenceSplitter(language: language)
      for paragraph in report {
        // As `AlignmentSide.sentences(of:language:name:)` numbers them: trimmed, empty
        // ones left out.
        for sentence in splitter.sentences(in: paragraph.text) {
          let slice = sentence.range.slice(of: paragraph.text)
          let text = slice.trimmingCharacters(in: .whitespacesAndNewlines)
          guard !text.isEmpty else { continue }
          units.append(text)
          paragraphs.append(paragraph.index)
          let leading = slice.unicodeScalars.prefix { $0.properties.isWhitespace }.count
          starts.append(sentence.range.start + leading)
        }
      }
    }
    side = AlignmentSide(units: units, language: language, name: name)
    paragraphOfUnit = paragraphs
    unitStart = starts
    unitIsParagraph = unit != .sentence
    // A sentence unit sums up the report only when it is a whole headline.
    startsWithSummary =
      unit == .sentence
      ? firstKind == .headline && paragraphs.count > 1 && paragraphs[1] != paragraphs[0]
      : firstKind == .headline || firstKind == .lead
  }

  /// The facts stage's anchors of each unit: figures by exact value, dates by day, entities
  /// by concept or transliteration. A sentence takes those of its paragraph it writes.
  /// `measured` adds a figure's value with the event it counts as an anchor of its own
  /// (for plain lines, whose other words may be few). `speakers` marks a name found only in
  /// an attribution's source or channel as a speaker anchor (`UnitAnchor.isSpeaker`).
  func anchors(_ facts: ReportFacts, measured: Bool = false, speakers marking: Bool = true)
    -> [[UnitAnchor]]
  {
    var byParagraph: [Int: [UnitAnchor]] = [:]
    for paragraph in facts.paragraphs {
      var list: [UnitAnchor] = []
      for figure in paragraph.figures {
        let value = figure.value.description
        let digits = value.filter { $0.isNumber }
        let significant = digits.reversed().drop { $0 == "0" }.count
        // A bare small count (`two`, `1`) says little; a long exact value says much.
        // A small value is content only as a claim: with what it counts (`22 soldats` ↔
        // `22 جنديا`), a bound (`more than 60` ↔ `более 60`), or as a share or a sum.
        let counts =
          !(figure.measure?.isEmpty ?? true) || figure.qualifier != .exact
          || figure.kind != .count
        list.append(
          UnitAnchor(
            key: "f" + value, multiplier: min(1.5, 0.3 + 0.3 * Double(max(significant, 1))),
            surface: figure.text, weak: digits.count <= 2 && !counts))
        // A value with what it counts (`14 morts` = `killed 14 people`) is a claim, not a
        // bare number: strong evidence even when the number is small ("Book 1" has none).
        if measured, let event = figure.measure?.event?.concept {
          list.append(
            UnitAnchor(key: "m\(value)·\(event)", multiplier: 1.5, surface: figure.text))
        }
      }
      for date in paragraph.dates {
        if let day = date.date {
          // A day told only by a weekday (`Thursday`) is weak: two unrelated reports of one
          // day share it. A written or relative date (`27 février`, `Jahresende`) is content.
          let told = date.certainty == .weekdayOnly
          list.append(
            UnitAnchor(key: "d\(day)", multiplier: 0.8, surface: date.text, weak: told))
        } else if measured, let weekday = date.parts.weekday {
          // A weekday alone (`mardi` = `Tuesday`): weaker than a day.
          list.append(UnitAnchor(key: "w\(weekday)", multiplier: 0.5, surface: date.text))
        }
      }
      let speakers =
        marking
        ? paragraph.attributions.flatMap { [$0.sourceRange, $0.channelRange].compactMap { $0 } }
        : []
      var claimKeys = Set<String>()
      var entityAnchors: [UnitAnchor] = []
      for entity in paragraph.entities {
        // A name no glossary knows by its consonant skeleton, which agrees across scripts
        // where transliterations differ (`Брассак` brassak ↔ `Brassac`: BRSK).
        let skeleton = entity.key.skeleton
        let key =
          entity.key.concept
          ?? (skeleton.unicodeScalars.filter(\.properties.isAlphabetic).count >= 4
            ? "~" + skeleton : entity.key.latin)
        // A name inside a source or a channel tells who speaks (`selon l'OSDH`): it is a
        // speaker anchor when the paragraph never names it in what is said.
        let speaker = !speakers.isEmpty && speakers.contains { $0.contains(entity.range) }
        if !speaker, !speakers.isEmpty { claimKeys.insert(key) }
        entityAnchors.append(
          UnitAnchor(key: "e" + key, multiplier: 1, surface: entity.text, speaker: speaker))
      }
      for var anchor in entityAnchors {
        if anchor.isSpeaker, claimKeys.contains(String(anchor.key.dropFirst())) {
          anchor.isSpeaker = false
        }
        list.append(anchor)
      }
      byParagraph[paragraph.index] = list
    }
    return zip(side.units, paragraphOfUnit).map { text, paragraph in
      let list = byParagraph[paragraph] ?? []
      return unitIsParagraph ? list : list.filter { text.contains($0.surface) }
    }
  }
}

extension AlignmentUnit {
  /// The texts of `report`'s units of this kind, in the order the alignment numbers them
  /// (a line is a paragraph here).
  public func texts(of report: Report) -> [String] {
    ReportUnits(report, unit: self).side.units
  }
}
